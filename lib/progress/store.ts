import { sharedLazyStore } from './persistent-store';
import { emptyProgress } from './progress';
import type { ProgressData } from './schema';

/** localStorage key of the reader's progress; the record inside carries its own version. */
export const PROGRESS_KEY = 'dfg-progress';
/** Version of the progress record. Bump it when the shape changes, and add a migration below. */
export const PROGRESS_VERSION = 1;

/**
 * The reader's progress for this browser: one store per page, shared by every component (sidebar
 * badges, the read sentinel, quizzes, the home page). Its validator (schema.ts) loads on demand.
 */
export const progressStore = sharedLazyStore<ProgressData>(PROGRESS_KEY, async () => ({
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  parse: (await import('./schema')).parseProgressData,
  empty: emptyProgress,
  // Version 1 is the first; when version 2 comes, add `1: (v1) => v2` here and a test beside it.
  migrations: {},
}));
