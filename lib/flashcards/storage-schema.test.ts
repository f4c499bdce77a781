import { describe, expect, it } from 'vitest';
import { readVersioned } from '../progress/versioned';
import { review } from './schedule';
import { FLASHCARDS_VERSION, emptyFlashcardData, gradeCard } from './store';
import { parseFlashcardData } from './storage-schema';

const spec = { version: FLASHCARDS_VERSION, parse: parseFlashcardData, empty: emptyFlashcardData, migrations: {} };
const stored = (data: unknown) => JSON.stringify({ version: FLASHCARDS_VERSION, data });
const clock = { day: 20_000, time: 1_728_000_000_000 };

describe('stored flashcard schedule (version 1)', () => {
  it('round-trips what grading produces', () => {
    const data = gradeCard(gradeCard(emptyFlashcardData(), 'term:wal', 'good', clock), 'fact:acid:k1', 'again', clock);
    expect(data.cards['term:wal']).toEqual(review(undefined, 'good', clock));
    expect(readVersioned(stored(data), spec)).toEqual({ data, problem: null, rewrite: false });
  });

  it.each([
    ['a card id of the wrong form', { cards: { 'x<script>': review(undefined, 'good', clock) } }],
    ['a negative interval', { cards: { 'term:wal': { ...review(undefined, 'good', clock), interval: -1 } } }],
    ['an ease of zero', { cards: { 'term:wal': { ...review(undefined, 'good', clock), ease: 0 } } }],
    ['a missing field', { cards: { 'term:wal': { ease: 2.5 } } }],
    ['cards as a list', { cards: [] }],
  ])('rejects %s (the store then resets)', (_name, data) => {
    expect(readVersioned(stored(data), spec).problem).toBe('corrupt');
  });
});
