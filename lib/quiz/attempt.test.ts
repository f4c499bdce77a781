import { describe, expect, it } from 'vitest';
import { draftProblem, draftToAnswer, moveItem, presentQuestion } from './attempt';
import type { QuizQuestion } from './schema';
import { FIRST_ATTEMPT_SEED } from './shuffle';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Because option ${id} is what it is.` });
const single: QuizQuestion = { id: 's', type: 'single', prompt: 'Which one?', options: ['a', 'b', 'c', 'd'].map((id) => option(id, id === 'a')) };
const multiple: QuizQuestion = { id: 'm', type: 'multiple', prompt: 'Which ones?', options: ['a', 'b', 'c'].map((id) => option(id, id !== 'c')) };
const numeric: QuizQuestion = { id: 'n', type: 'numeric', prompt: 'How many?', answer: 6, relativeTolerance: 0, unit: 'shards', explanation: '20,000 ÷ 3,500 ≈ 5.7, so 6.' };
const ordering: QuizQuestion = {
  id: 'o',
  type: 'ordering',
  prompt: 'Order',
  items: ['w', 'x', 'y', 'z'].map((id) => ({ id, text: `Step ${id}` })),
  explanation: 'Alphabetical, as it happens.',
};

describe('presentQuestion', () => {
  it('lays out the same question the same way for the same seed and key', () => {
    expect(presentQuestion('s', single, FIRST_ATTEMPT_SEED)).toEqual(presentQuestion('s', single, FIRST_ATTEMPT_SEED));
    expect(presentQuestion('s', single, 9).order.slice().sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('scrambles ordering items and leaves numeric questions without an order', () => {
    expect(presentQuestion('o', ordering, 3).order).not.toEqual(['w', 'x', 'y', 'z']);
    expect(presentQuestion('n', numeric, 3).order).toEqual([]);
  });
});

describe('drafts', () => {
  it('explains what is missing before an answer can be checked', () => {
    expect(draftProblem(presentQuestion('s', single, 1), undefined)).toBe('Pick an option first.');
    expect(draftProblem(presentQuestion('m', multiple, 1), { selected: [] })).toBe('Pick at least one option first.');
    expect(draftProblem(presentQuestion('n', numeric, 1), { text: ' ' })).toBe('Type a number first.');
    expect(draftProblem(presentQuestion('n', numeric, 1), { text: 'six' })).toMatch(/not a number/);
    expect(draftProblem(presentQuestion('n', numeric, 1), { text: '1e309' })).toMatch(/too large/);
    expect(draftProblem(presentQuestion('n', numeric, 1), { text: '12' })).toBeNull();
    expect(draftProblem(presentQuestion('o', ordering, 1), undefined)).toBeNull();
  });

  it('turns drafts into answers', () => {
    const presented = presentQuestion('o', ordering, 1);
    expect(draftToAnswer(presented, undefined)).toEqual({ kind: 'ordering', order: presented.order });
    expect(draftToAnswer(presentQuestion('n', numeric, 1), { text: '6' })).toEqual({ kind: 'numeric', value: 6 });
    expect(draftToAnswer(presentQuestion('n', numeric, 1), { text: 'x' })).toBeNull();
    expect(draftToAnswer(presentQuestion('m', multiple, 1), { selected: ['a', 'b'] })).toEqual({ kind: 'choice', selected: ['a', 'b'] });
  });
});

describe('moveItem', () => {
  it.each<[string, -1 | 1, string[]]>([
    ['x', -1, ['x', 'w', 'y', 'z']],
    ['x', 1, ['w', 'y', 'x', 'z']],
    ['w', -1, ['w', 'x', 'y', 'z']],
    ['z', 1, ['w', 'x', 'y', 'z']],
    ['missing', 1, ['w', 'x', 'y', 'z']],
  ])('moves %s by %d', (id, direction, expected) => {
    const order = ['w', 'x', 'y', 'z'];
    expect(moveItem(order, id, direction)).toEqual(expected);
    expect(order).toEqual(['w', 'x', 'y', 'z']);
  });
});
