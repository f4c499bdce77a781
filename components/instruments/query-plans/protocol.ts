import type { IndexSpec } from '@/lib/instruments/query-plans/index-spec';
import type { ExistingIndex, ExplainResult } from '@/lib/instruments/query-plans/session';

/** What the page asks the database worker to do. Every request carries an id that its reply repeats. */
export type WorkerRequest =
  | { id: number; type: 'start'; assetBase: string }
  | { id: number; type: 'explain'; sql: string }
  | { id: number; type: 'create-index'; spec: IndexSpec }
  | { id: number; type: 'drop-index' };

/** Where the worker is while starting, for the status line. */
export type StartStage = 'download' | 'start' | 'seed';

export type WorkerMessage =
  | { type: 'progress'; stage: StartStage; loadedBytes: number; totalBytes: number | null }
  | { id: number; type: 'done'; indexes: ExistingIndex[]; explained?: ExplainResult }
  | { id: number; type: 'failed'; message: string };
