import { summarise } from '../quiz/score';
import type { ProgressData } from './schema';

/** Progress of a reader who has done nothing yet. */
export function emptyProgress(): ProgressData {
  return { lessons: {} };
}

/** Marks a lesson read (its end was reached). Already read: the same object, so nothing is saved or re-rendered. */
export function markRead(data: ProgressData, slug: string, at: string): ProgressData {
  const lesson = data.lessons[slug];
  if (lesson?.readAt) return data;
  return { ...data, lessons: { ...data.lessons, [slug]: { ...lesson, readAt: at } } };
}

/**
 * Records a finished quiz attempt: keeps the best score, counts attempts, and stamps the first pass
 * (a lesson stays mastered once passed). A changed quiz length starts the best score afresh.
 */
export function recordQuiz(data: ProgressData, slug: string, correct: number, total: number, at: string): ProgressData {
  const lesson = data.lessons[slug];
  const before = lesson?.quiz?.total === total ? lesson.quiz : undefined;
  const passed = summarise(correct, total, total).passed;
  const passedAt = lesson?.quiz?.passedAt ?? (passed ? at : undefined);
  const quiz = { best: Math.max(before?.best ?? 0, correct), total, attempts: (lesson?.quiz?.attempts ?? 0) + 1, ...(passedAt ? { passedAt } : {}) };
  return { ...data, lessons: { ...data.lessons, [slug]: { ...lesson, quiz } } };
}

/** Records a finished exam's percentage. */
export function recordExam(data: ProgressData, percent: number): ProgressData {
  return { ...data, exam: { best: Math.max(data.exam?.best ?? 0, percent), last: percent, attempts: (data.exam?.attempts ?? 0) + 1 } };
}

/** What the navigation shows for one lesson. */
export interface LessonStatus {
  read: boolean;
  mastered: boolean;
  /** Best quiz score in percent, or null before the first finished attempt. */
  bestPercent: number | null;
}

/** A lesson's status; unknown slugs read as untouched. */
export function lessonStatus(data: ProgressData, slug: string): LessonStatus {
  const lesson = Object.hasOwn(data.lessons, slug) ? data.lessons[slug] : undefined;
  const quiz = lesson?.quiz;
  return { read: Boolean(lesson?.readAt), mastered: Boolean(quiz?.passedAt), bestPercent: quiz ? summarise(quiz.best, quiz.total, quiz.total).percent : null };
}

/** Counts of read and mastered lessons among `slugs` (a module, or the whole course). */
export function countStatus(data: ProgressData, slugs: readonly string[]): { read: number; mastered: number; total: number } {
  const statuses = slugs.map((slug) => lessonStatus(data, slug));
  return { read: statuses.filter((s) => s.read).length, mastered: statuses.filter((s) => s.mastered).length, total: slugs.length };
}
