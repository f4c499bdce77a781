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

describe('quizSchema, more ways to get a quiz wrong', () => {
  const multiple = (options: ReturnType<typeof option>[]) => ({ id: 'q1', type: 'multiple', prompt: 'Which ones?', options });
  const withFirst = (question: unknown) => ({ questions: [question, ...valid.questions.slice(1)] });

  it.each([
    ['a multiple-choice question with no correct option', withFirst(multiple([option('a', false), option('b', false), option('c', false)])), 'at least one correct option'],
    ['a pick-database question with two correct options', withFirst({ id: 'q1', type: 'pick-database', prompt: 'Which store?', options: [option('a', true), option('b', true)] }), 'exactly one correct'],
    ['a numeric question without an explanation', withFirst({ id: 'q1', type: 'numeric', prompt: 'How many?', answer: 6, relativeTolerance: 0, unit: 'shards' }), 'explanation'],
    ['an explanation too short to explain', withFirst({ ...single('q1'), options: [{ ...option('a', true), explanation: 'Yes.' }, option('b', false)] }), 'says why'],
    ['an ordering question with repeated items', withFirst({ id: 'q1', type: 'ordering', prompt: 'Order them', items: [{ id: 'a', text: 'One' }, { id: 'a', text: 'Two' }, { id: 'c', text: 'Three' }], explanation: 'One, two, then three.' }), 'item ids repeat'],
    ['repeated option ids', withFirst({ ...single('q1'), options: [option('a', true), option('a', false)] }), 'option ids repeat'],
    ['a tolerance above 100%', withFirst({ id: 'q1', type: 'numeric', prompt: 'How many?', answer: 6, relativeTolerance: 2, unit: 'shards', explanation: 'Twenty thousand over 3,500.' }), 'relativeTolerance'],
    ['an unknown question type', withFirst({ ...single('q1'), type: 'essay' }), 'type'],
    ['an unknown field (a typo)', withFirst({ ...single('q1'), explantion: 'typo' }), 'explantion'],
    ['repeated key fact ids', { ...valid, keyFacts: ['k', 'k', 'j'].map((id) => ({ id, front: 'A cue', back: 'A fact worth a sentence.' })) }, 'duplicate key fact id'],
  ])('rejects %s', (_name, quiz, message) => {
    const result = quizSchema.safeParse(quiz);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });

  it('accepts optional key facts', () => {
    const keyFacts = ['a', 'b', 'c'].map((id) => ({ id, front: `Cue ${id}`, back: `The fact behind cue ${id}, in a sentence.` }));
    expect(quizSchema.safeParse({ ...valid, keyFacts }).success).toBe(true);
  });
});
