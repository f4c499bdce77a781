/**
 * The page's side of the database worker: sends requests, matches replies, and ends the worker when a
 * query runs too long. Creating a PlaygroundDatabase is what downloads PGlite, so only the load button does.
 */
import { PGLITE_ASSET_PATH } from '@/lib/instruments/query-plans/assets';
import type { IndexSpec } from '@/lib/instruments/query-plans/index-spec';
import type { ExistingIndex, ExplainResult } from '@/lib/instruments/query-plans/session';
import type { StartStage, WorkerMessage, WorkerRequest } from './protocol';

/** How long one EXPLAIN ANALYZE may run before the worker, and PostgreSQL with it, is stopped. */
export const QUERY_TIME_LIMIT_MS = 30_000;

export interface StartProgress {
  stage: StartStage;
  loadedBytes: number;
  totalBytes: number | null;
}

export interface DatabaseReply {
  indexes: ExistingIndex[];
  explained?: ExplainResult;
}

/** A request before it is given its id. */
type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

type Pending = { resolve: (reply: DatabaseReply) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> | null };

/** Thrown when the worker was stopped (time limit, or the page closed the playground). */
export class DatabaseStoppedError extends Error {}

export class PlaygroundDatabase {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;

  constructor(private readonly onProgress: (progress: StartProgress) => void) {
    this.worker = new Worker(new URL('./query-plans.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.stop(new Error(event.message || 'The database worker failed to start.'));
    };
  }

  private receive(message: WorkerMessage) {
    if (message.type === 'progress') {
      this.onProgress(message);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (pending.timer) clearTimeout(pending.timer);
    if (message.type === 'done') pending.resolve({ indexes: message.indexes, explained: message.explained });
    else pending.reject(new Error(message.message));
  }

  private send(request: Unsent, limitMs: number | null): Promise<DatabaseReply> {
    if (this.stopped) return Promise.reject(new DatabaseStoppedError('PostgreSQL was stopped.'));
    const id = this.nextId++;
    return new Promise<DatabaseReply>((resolve, reject) => {
      const timer =
        limitMs === null
          ? null
          : setTimeout(
              () => this.stop(new DatabaseStoppedError(`The query ran for more than ${limitMs / 1000} seconds, so the playground stopped PostgreSQL.`)),
              limitMs,
            );
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  /** Downloads PGlite, starts PostgreSQL and seeds the table. */
  start(): Promise<DatabaseReply> {
    return this.send({ type: 'start', assetBase: new URL(PGLITE_ASSET_PATH, window.location.href).href }, null);
  }

  explain(sql: string): Promise<DatabaseReply> {
    return this.send({ type: 'explain', sql }, QUERY_TIME_LIMIT_MS);
  }

  createIndex(spec: IndexSpec): Promise<DatabaseReply> {
    return this.send({ type: 'create-index', spec }, QUERY_TIME_LIMIT_MS);
  }

  dropIndex(): Promise<DatabaseReply> {
    return this.send({ type: 'drop-index' }, QUERY_TIME_LIMIT_MS);
  }

  /** Ends the worker; every request still waiting fails with `reason`. */
  stop(reason: Error = new DatabaseStoppedError('PostgreSQL was stopped.')) {
    if (this.stopped) return;
    this.stopped = true;
    this.worker.terminate();
    for (const pending of this.pending.values()) {
      if (pending.timer) clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.pending.clear();
  }
}
