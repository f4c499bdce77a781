import { sharedLazyStore } from '../progress/persistent-store';
import { review, type Grade, type ReviewClock } from './schedule';
import type { FlashcardData } from './storage-schema';

/** localStorage key of the flashcard schedule; the record inside carries its own version. */
export const FLASHCARDS_KEY = 'dfg-flashcards';
/** Version of the flashcard record. Bump it when the shape changes, and add a migration below. */
export const FLASHCARDS_VERSION = 1;

/** A schedule with no card seen. */
export function emptyFlashcardData(): FlashcardData {
  return { cards: {} };
}

/** The reader's flashcard schedule in this browser (one store per page; its zod validator loads on demand). */
export const flashcardStore = sharedLazyStore<FlashcardData>(FLASHCARDS_KEY, async () => ({
  key: FLASHCARDS_KEY,
  version: FLASHCARDS_VERSION,
  parse: (await import('./storage-schema')).parseFlashcardData,
  empty: emptyFlashcardData,
  // Version 1 is the first; when version 2 comes, add `1: (v1) => v2` here and a test beside it.
  migrations: {},
}));

/** The schedule after grading one card. */
export function gradeCard(data: FlashcardData, cardId: string, grade: Grade, clock: ReviewClock): FlashcardData {
  const state = Object.hasOwn(data.cards, cardId) ? data.cards[cardId] : undefined;
  return { cards: { ...data.cards, [cardId]: review(state, grade, clock) } };
}
