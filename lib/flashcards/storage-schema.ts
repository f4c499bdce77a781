import * as z from 'zod/mini';
import type { CardState } from './schedule';

// Loaded on demand by store.ts (import it nowhere else on the client): zod stays off the critical path.

const cardId = z.string().check(z.regex(/^(term|fact):[a-z0-9:-]+$/), z.maxLength(200));
const day = z.int().check(z.minimum(0));

const cardState = z.object({
  ease: z.number().check(z.minimum(1), z.maximum(10)),
  interval: z.int().check(z.minimum(0), z.maximum(36_500)),
  reps: z.int().check(z.minimum(0)),
  lapses: z.int().check(z.minimum(0)),
  due: day,
  last: z.number().check(z.minimum(0)),
  first: day,
});

/** The reader's review schedule, version 1: one state per card seen. */
export const flashcardDataSchema = z.object({ cards: z.record(cardId, cardState) });

export type FlashcardData = { cards: Record<string, CardState> };

/** Validates a stored schedule; null when it is not valid. */
export function parseFlashcardData(data: unknown): FlashcardData | null {
  const result = flashcardDataSchema.safeParse(data);
  return result.success ? result.data : null;
}
