import { describe, expect, it } from 'vitest';
import type { Quiz } from '../quiz/schema';
import { buildDeck, dueQueue, filterDeck, nextDueDay, type Flashcard } from './deck';
import { review, type CardState } from './schedule';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Because option ${id} is what it is.` });
const quiz = (withFacts: boolean): Quiz => ({
  questions: [
    { id: 's1', type: 'single', prompt: 'Single?', options: [option('a', true), option('b', false)] },
    { id: 'm1', type: 'multiple', prompt: 'Multiple?', options: [option('a', true), option('b', true), option('c', false)] },
    { id: 'p1', type: 'pick-database', prompt: 'Pick?', options: [option('pg', false), option('ddb', true)] },
  ],
  ...(withFacts ? { keyFacts: [{ id: 'k1', front: 'Cue one', back: 'Fact one, stated fully.' }] } : {}),
});

const terms = [
  { id: 'wal', term: 'WAL', definition: 'The log written before the data pages.', lesson: 'acid' },
  { id: 'cap', term: 'CAP', definition: 'Consistency, availability, partition tolerance.' },
];

describe('buildDeck', () => {
  const deck = buildDeck(terms, [
    { slug: 'acid', title: 'ACID', quiz: quiz(true) },
    { slug: 'patterns', title: 'Patterns', quiz: quiz(false) },
    { slug: 'draft', title: 'Draft', quiz: null },
  ]);

  it('makes a card per glossary term, linked to its lesson when it has one', () => {
    expect(deck.slice(0, 2)).toEqual([
      { id: 'term:wal', kind: 'term', front: 'WAL', back: 'The log written before the data pages.', lesson: { slug: 'acid', title: 'ACID' } },
      { id: 'term:cap', kind: 'term', front: 'CAP', back: 'Consistency, availability, partition tolerance.' },
    ]);
  });

  it('uses a lesson’s key facts when it has them, and its single-answer questions otherwise', () => {
    expect(deck.slice(2).map((card) => card.id)).toEqual(['fact:acid:k1', 'fact:patterns:q-s1', 'fact:patterns:q-p1']);
    expect(deck.find((card) => card.id === 'fact:patterns:q-p1')?.back).toBe('Option ddb. Because option ddb is what it is.');
  });

  it('filters: all, the glossary, or one lesson (its facts and the terms it explains)', () => {
    expect(filterDeck(deck, 'all')).toHaveLength(5);
    expect(filterDeck(deck, 'glossary').map((c) => c.id)).toEqual(['term:wal', 'term:cap']);
    expect(filterDeck(deck, { lesson: 'acid' }).map((c) => c.id)).toEqual(['term:wal', 'fact:acid:k1']);
    expect(filterDeck(deck, { lesson: 'nope' })).toEqual([]);
  });
});

describe('dueQueue', () => {
  const cards: Flashcard[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'term', front: id, back: id }));
  const TODAY = 100;
  const clock = { day: TODAY, time: TODAY * 86_400_000 + 5000 };
  const seen = (overrides: Partial<CardState>): CardState => ({ ...review(undefined, 'good', { day: 90, time: 1 }), ...overrides });

  it('puts overdue reviews first, then new cards, then cards forgotten today', () => {
    const states = {
      a: seen({ due: TODAY, last: 300 }),
      b: seen({ due: TODAY - 3, last: 900 }),
      c: seen({ interval: 0, due: TODAY, last: TODAY * 86_400_000 + 100, first: TODAY }),
      e: seen({ due: TODAY + 4 }),
    };
    expect(dueQueue(cards, states, clock).map((c) => c.id)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('limits new cards per day, counting the ones already introduced today', () => {
    expect(dueQueue(cards, {}, clock, 3).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    const states = { a: seen({ first: TODAY, due: TODAY + 2 }), b: seen({ first: TODAY, due: TODAY + 1 }) };
    expect(dueQueue(cards, states, clock, 3).map((c) => c.id)).toEqual(['c']);
  });

  it('is empty when nothing is due, and says when the next card is', () => {
    const states = Object.fromEntries(cards.map((card, i) => [card.id, seen({ due: TODAY + 2 + i })]));
    expect(dueQueue(cards, states, clock)).toEqual([]);
    expect(nextDueDay(cards, states, TODAY)).toBe(TODAY + 2);
    expect(nextDueDay(cards, {}, TODAY)).toBeNull();
  });

  it('ignores inherited property names as card ids', () => {
    const odd: Flashcard[] = [{ id: 'constructor', kind: 'term', front: 'x', back: 'y' }];
    expect(dueQueue(odd, {}, clock)).toEqual(odd);
  });
});
