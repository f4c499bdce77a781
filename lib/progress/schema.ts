import * as z from 'zod/mini';

// zod/mini, not zod: this schema runs in the browser (loaded on demand by store.ts, so import it
// nowhere else on the client), and the mini build is a fraction of the size.

// Lesson slugs as the content schema allows them. Matching them also refuses keys like "__proto__".
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));
const timestamp = z.string().check(z.maxLength(40));
const count = z.int().check(z.minimum(0));
const percent = z.int().check(z.minimum(0), z.maximum(100));

/** The best attempt at a lesson's quiz. */
const quizRecord = z.object({
  best: count,
  total: z.int().check(z.minimum(1)),
  attempts: count,
  /** When the quiz was first passed (the lesson counts as mastered from then on). */
  passedAt: z.optional(timestamp),
});

const lessonRecord = z.object({
  /** When the end of the lesson was first reached. */
  readAt: z.optional(timestamp),
  quiz: z.optional(quizRecord),
});

/** Everything the site remembers about a reader's progress, version 1. */
export const progressDataSchema = z.object({
  lessons: z.record(slug, lessonRecord),
  exam: z.optional(z.object({ best: percent, last: percent, attempts: count })),
});

export type ProgressData = z.infer<typeof progressDataSchema>;
export type LessonRecord = z.infer<typeof lessonRecord>;

/** Validates stored progress data; null when it is not valid. */
export function parseProgressData(data: unknown): ProgressData | null {
  const result = progressDataSchema.safeParse(data);
  return result.success ? result.data : null;
}
