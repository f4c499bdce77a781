import { describe, expect, it } from 'vitest';
import { PASS_MARK, isCorrect, scoreAnswers, summarise, type Answer } from './score';
import type { QuizQuestion } from './schema';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Because option ${id} is what it is.` });
const single: QuizQuestion = { id: 'single', type: 'single', prompt: 'Which one?', options: [option('a', true), option('b', false), option('c', false)] };
const pick: QuizQuestion = { id: 'pick', type: 'pick-database', prompt: 'Chat at 20k writes/s', options: [option('dynamodb', true), option('postgresql', false)] };
const multiple: QuizQuestion = { id: 'multi', type: 'multiple', prompt: 'Which ones?', options: [option('a', true), option('b', true), option('c', false)] };
const numeric: QuizQuestion = { id: 'num', type: 'numeric', prompt: 'How many?', answer: 86.4, relativeTolerance: 0.05, unit: 'million rows', explanation: '100 × 86,400 × 10 = 86.4 million.' };
const ordering: QuizQuestion = {
  id: 'order',
  type: 'ordering',
  prompt: 'Order the steps',
  items: [{ id: 'log', text: 'Append to the log' }, { id: 'mem', text: 'Insert into the memtable' }, { id: 'ack', text: 'Acknowledge' }],
  explanation: 'The log comes first so the write survives a crash.',
};

const choice = (...selected: string[]): Answer => ({ kind: 'choice', selected });

describe('isCorrect', () => {
  it.each<[string, QuizQuestion, Answer, boolean]>([
    ['single: the correct option', single, choice('a'), true],
    ['single: a wrong option', single, choice('b'), false],
    ['single: correct plus wrong', single, choice('a', 'b'), false],
    ['pick-database: the right store', pick, choice('dynamodb'), true],
    ['pick-database: the wrong store', pick, choice('postgresql'), false],
    ['multiple: exactly the correct set, any order', multiple, choice('b', 'a'), true],
    ['multiple: only part of the correct set', multiple, choice('a'), false],
    ['multiple: the correct set plus a wrong one', multiple, choice('a', 'b', 'c'), false],
    ['multiple: a repeated id does not count twice', multiple, choice('a', 'a'), false],
    ['numeric: exact', numeric, { kind: 'numeric', value: 86.4 }, true],
    ['numeric: inside the tolerance', numeric, { kind: 'numeric', value: 90 }, true],
    ['numeric: outside the tolerance', numeric, { kind: 'numeric', value: 91 }, false],
    ['ordering: the authored order', ordering, { kind: 'ordering', order: ['log', 'mem', 'ack'] }, true],
    ['ordering: two swapped', ordering, { kind: 'ordering', order: ['mem', 'log', 'ack'] }, false],
    ['ordering: an item missing', ordering, { kind: 'ordering', order: ['log', 'mem'] }, false],
    ['wrong kind of answer', numeric, choice('a'), false],
    ['wrong kind of answer (ordering)', ordering, choice('log'), false],
  ])('%s → %s', (_name, question, answer, expected) => {
    expect(isCorrect(question, answer)).toBe(expected);
  });
});

describe('scoreAnswers', () => {
  const questions = [single, multiple, numeric, ordering, pick].map((question) => ({ key: question.id, question }));

  it('counts correct and answered questions; unanswered ones count against the total', () => {
    const score = scoreAnswers(questions, { single: choice('a'), multi: choice('a'), num: { kind: 'numeric', value: 86 } });
    expect(score).toEqual({ correct: 2, answered: 3, total: 5, percent: 40, passed: false });
  });

  it('passes at 80% and above, comparing the exact share, not the rounded percent', () => {
    expect(summarise(4, 5, 5)).toMatchObject({ percent: 80, passed: true });
    expect(summarise(5, 7, 7)).toMatchObject({ percent: 71, passed: false });
    expect(summarise(6, 7, 7)).toMatchObject({ percent: 86, passed: true });
    expect(summarise(6, 8, 8)).toMatchObject({ percent: 75, passed: false });
    // 79.6% rounds to 80 but is below the pass mark.
    expect(summarise(39, 49, 49)).toMatchObject({ percent: 80, passed: false });
    expect(PASS_MARK).toBe(0.8);
  });

  it('scores an empty quiz as zero, never as a pass or a division by zero', () => {
    expect(scoreAnswers([], {})).toEqual({ correct: 0, answered: 0, total: 0, percent: 0, passed: false });
  });
});
