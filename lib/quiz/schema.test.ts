import { describe, expect, it } from 'vitest';
import { quizSchema } from './schema';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Because option ${id} is what it is.` });
const single = (id: string) => ({ id, type: 'single', prompt: 'Which one?', options: [option('a', true), option('b', false)] });
const valid = { questions: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map(single) };

describe('quizSchema', () => {
  it('accepts a quiz of every question type', () => {
    const questions = [
      single('one'),
      { id: 'two', type: 'multiple', prompt: 'Which ones?', options: [option('a', true), option('b', true), option('c', false)] },
      { id: 'three', type: 'numeric', prompt: 'How many bytes?', answer: 4.36e13, relativeTolerance: 0.05, unit: 'bytes', explanation: 'Multiply the row size by rows and days.' },
      { id: 'four', type: 'ordering', prompt: 'Order the steps', items: [{ id: 'a', text: 'First' }, { id: 'b', text: 'Second' }, { id: 'c', text: 'Third' }], explanation: 'The log comes before the data pages.' },
      { id: 'five', type: 'pick-database', prompt: 'A chat store at 20k writes/s', options: [option('dynamodb', true), option('postgresql', false)] },
      single('six'),
    ];
    expect(quizSchema.safeParse({ questions }).success).toBe(true);
  });

  it.each([
    ['no correct option', { questions: valid.questions.map((q, i) => (i ? q : { ...q, options: [option('a', false), option('b', false)] })) }, 'exactly one correct'],
    ['duplicate ids', { questions: valid.questions.map((q) => ({ ...q, id: 'same' })) }, 'duplicate question id'],
    ['missing explanation', { questions: valid.questions.map((q, i) => (i ? q : { ...q, options: [{ id: 'a', text: 'x y z', correct: true }, option('b', false)] })) }, 'explanation'],
    ['too few questions', { questions: valid.questions.slice(0, 3) }, 'questions'],
  ])('rejects %s', (_name, quiz, message) => {
    const result = quizSchema.safeParse(quiz);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
