// Checked by hand, not with zod: this runs in the browser on every page (store.ts loads it on demand when the
// sidebar's badges first read progress), and a schema library would be 17 KB of script and a long task to
// evaluate for a record this small. progress.test.ts holds it to the rules below.

/** The best attempt at a lesson's quiz. */
export interface QuizRecord {
  best: number;
  total: number;
  attempts: number;
  /** When the quiz was first passed (the lesson counts as mastered from then on). */
  passedAt?: string;
}

/** What the site remembers about one lesson. */
export interface LessonRecord {
  /** When the end of the lesson was first reached. */
  readAt?: string;
  quiz?: QuizRecord;
}

/** Everything the site remembers about a reader's progress, version 1. */
export interface ProgressData {
  lessons: Record<string, LessonRecord>;
  exam?: { best: number; last: number; attempts: number };
}

/** Thrown inside the parser when a value breaks a rule; never escapes parseProgressData. */
class Invalid extends Error {}

// Lesson slugs as the content schema allows them.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 100;
const MAX_TIMESTAMP = 40;

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid();
  return value as Record<string, unknown>;
}

function integer(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) throw new Invalid();
  return value as number;
}

function timestamp(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_TIMESTAMP) throw new Invalid();
  return value;
}

function quizRecord(value: unknown): QuizRecord {
  const quiz = record(value);
  const parsed: QuizRecord = { best: integer(quiz.best, 0), total: integer(quiz.total, 1), attempts: integer(quiz.attempts, 0) };
  if (quiz.passedAt !== undefined) parsed.passedAt = timestamp(quiz.passedAt);
  return parsed;
}

function lessonRecord(value: unknown): LessonRecord {
  const lesson = record(value);
  const parsed: LessonRecord = {};
  if (lesson.readAt !== undefined) parsed.readAt = timestamp(lesson.readAt);
  if (lesson.quiz !== undefined) parsed.quiz = quizRecord(lesson.quiz);
  return parsed;
}

/**
 * Validates stored progress data; null when it is not valid. The result is a fresh object with only the known
 * fields (unknown ones are dropped, never kept), and a "__proto__" lesson key is dropped rather than assigned.
 */
export function parseProgressData(data: unknown): ProgressData | null {
  try {
    const root = record(data);
    const lessons: Record<string, LessonRecord> = {};
    for (const [slug, value] of Object.entries(record(root.lessons))) {
      if (slug === '__proto__') continue;
      if (!SLUG.test(slug) || slug.length > MAX_SLUG) throw new Invalid();
      lessons[slug] = lessonRecord(value);
    }
    const parsed: ProgressData = { lessons };
    if (root.exam !== undefined) {
      const exam = record(root.exam);
      parsed.exam = { best: integer(exam.best, 0, 100), last: integer(exam.last, 0, 100), attempts: integer(exam.attempts, 0) };
    }
    return parsed;
  } catch (error) {
    if (error instanceof Invalid) return null;
    throw error;
  }
}
