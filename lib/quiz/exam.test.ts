import { describe, expect, it } from 'vitest';
import { drawExam, questionsPerLesson, resultsByModule, type ExamPool } from './exam';
import type { QuizQuestion } from './schema';

const question = (id: string): QuizQuestion => ({
  id,
  type: 'single',
  prompt: `Question ${id}?`,
  options: [
    { id: 'yes', text: 'Yes', correct: true, explanation: 'Yes is right here.' },
    { id: 'no', text: 'No', correct: false, explanation: 'No is wrong here.' },
  ],
});
const questions = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => question(`${prefix}${i + 1}`));

const pool: ExamPool = {
  modules: [
    { id: 'm1', title: 'Module one', lessons: [{ slug: 'l1', title: 'Lesson 1', questions: questions('a', 8) }, { slug: 'l2', title: 'Lesson 2', questions: questions('b', 7) }] },
    { id: 'm2', title: 'Module two', lessons: [{ slug: 'l3', title: 'Lesson 3', questions: questions('c', 6) }, { slug: 'draft', title: 'No quiz yet', questions: [] }] },
  ],
};

describe('questionsPerLesson', () => {
  it.each([
    [0, 0],
    [1, 4],
    [2, 4],
    [3, 4],
    [5, 3],
    [8, 2],
    [30, 2],
  ])('%d lessons with a quiz → %d questions each', (lessons, perLesson) => {
    expect(questionsPerLesson(lessons)).toBe(perLesson);
  });
});

describe('drawExam', () => {
  it('draws the same number from every lesson with a quiz, in course order, with unique keys', () => {
    const exam = drawExam(pool, 1);
    expect(exam).toHaveLength(12);
    expect(exam.map((q) => q.lessonSlug)).toEqual(['l1', 'l1', 'l1', 'l1', 'l2', 'l2', 'l2', 'l2', 'l3', 'l3', 'l3', 'l3']);
    expect(new Set(exam.map((q) => q.key)).size).toBe(12);
    for (const q of exam) expect(q.key).toBe(`${q.lessonSlug}/${q.question.id}`);
  });

  it('is stable for a seed and draws differently for another', () => {
    expect(drawExam(pool, 5)).toEqual(drawExam(pool, 5));
    const draws = new Set(Array.from({ length: 10 }, (_, seed) => drawExam(pool, seed).map((q) => q.key).join()));
    expect(draws.size).toBeGreaterThan(5);
  });

  it('draws nothing from an empty pool', () => {
    expect(drawExam({ modules: [] }, 1)).toEqual([]);
  });
});

describe('resultsByModule', () => {
  it('scores each module on its own questions; unanswered questions count as wrong', () => {
    const exam = drawExam(pool, 2);
    const answers = Object.fromEntries(
      exam.map((q, i) => [q.key, i < 6 ? { kind: 'choice' as const, selected: ['yes'] } : i < 8 ? { kind: 'choice' as const, selected: ['no'] } : undefined]),
    );
    expect(resultsByModule(pool, exam, answers)).toEqual([
      { id: 'm1', title: 'Module one', score: { correct: 6, answered: 8, total: 8, percent: 75, passed: false } },
      { id: 'm2', title: 'Module two', score: { correct: 0, answered: 0, total: 4, percent: 0, passed: false } },
    ]);
  });
});
