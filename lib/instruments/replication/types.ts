/**
 * The shapes of the replication timeline (see simulate.ts): the scenario a reader builds, and the events,
 * per-write and per-read results and summary the model derives from it. Times are whole milliseconds from
 * the start of the scenario; LSNs count WAL records 1, 2, 3… (PostgreSQL's are byte positions like 0/3A1C2F8).
 */

/** Keys a client may write and read. */
export const KEYS = ['x', 'y', 'z'] as const;
export type Key = (typeof KEYS)[number];

/** Who issues an action: the reader's own session, or another user's. */
export const SESSIONS = ['you', 'other'] as const;
export type Session = (typeof SESSIONS)[number];

/** One thing a client does at a moment. */
export type ClientAction =
  | { kind: 'write'; at: number; session: Session; key: Key; value: number }
  | { kind: 'read'; at: number; session: Session; key: Key };

/** Where reads go. */
export const ROUTINGS = ['any', 'primary', 'ryw'] as const;
export type Routing = (typeof ROUTINGS)[number];

/** When the primary acknowledges a commit. */
export const COMMIT_MODES = ['async', 'sync'] as const;
export type CommitMode = (typeof COMMIT_MODES)[number];

/** Everything the model needs. Validated by `checkScenario` before the model runs. */
export interface ReplicationScenario {
  /** Each replica's lag in ms: the time from the primary flushing a WAL record to the replica having replayed it (1 to 3 replicas). */
  lags: number[];
  /** One-way network delay between the primary and each replica, in ms: no record arrives sooner, and a standby's confirmation takes this long to come back. */
  networkMs: number;
  routing: Routing;
  commit: CommitMode;
  /** When the primary crashes, or null for no crash. */
  crashAt: number | null;
  actions: ClientAction[];
}

/** A node: 0 is the original primary, 1–3 the replicas (a promoted replica keeps its number). */
export type NodeIndex = number;

/** What kind of moment an event is. */
export type EventKind =
  | 'write-flush'
  | 'write-ack'
  | 'write-failed'
  | 'write-blocked'
  | 'replay'
  | 'confirm'
  | 'read'
  | 'read-failed'
  | 'crash'
  | 'promote';

/** One moment on the timeline. */
export interface ReplicationEvent {
  time: number;
  node: NodeIndex;
  kind: EventKind;
  /** The WAL record the event is about, if any. */
  lsn: number | null;
  /** The client action it belongs to, if any (index into the scenario's actions). */
  action: number | null;
  /** For a replay or a confirmation: where the record or the reply came from, for drawing the arrow. */
  from: { node: NodeIndex; time: number } | null;
  description: string;
}

/** What became of a write. */
export type WriteOutcome = 'acknowledged' | 'acknowledged-then-lost' | 'failed' | 'blocked' | 'unacknowledged';

/** One write's story. */
export interface WriteResult {
  action: number;
  session: Session;
  key: Key;
  value: number;
  at: number;
  /** Null when the write never reached a primary. */
  lsn: number | null;
  /** The node that took the write. */
  node: NodeIndex | null;
  /** When the client got its acknowledgement; null if it never did. */
  ackAt: number | null;
  /** ackAt − at. */
  latencyMs: number | null;
  outcome: WriteOutcome;
}

/** How a read compares with the primary at that moment. */
export type ReadFreshness = 'fresh' | 'stale' | 'failed';

/** One read's story. */
export interface ReadResult {
  action: number;
  session: Session;
  key: Key;
  at: number;
  /** The node that answered; null if no node could. */
  node: NodeIndex | null;
  /** The value seen (every key starts at 0); null for a failed read. */
  value: number | null;
  /** The LSN of the write that value came from (0 for the starting value). */
  valueLsn: number | null;
  freshness: ReadFreshness;
  /** The primary's value at that moment, for a stale read. */
  currentValue: number | null;
  /** True when this session had an acknowledged write to the key that the answer does not show. */
  missedOwnWrite: boolean;
}

/** The headline numbers. */
export interface ReplicationSummary {
  reads: number;
  staleReads: number;
  failedReads: number;
  /** Reads that missed the reader's own acknowledged write. */
  missedOwnWrites: number;
  writes: number;
  acknowledgedWrites: number;
  /** Writes acknowledged to the client and then gone after failover. */
  lostAcknowledgedWrites: number;
  /** Median write-acknowledgement latency in ms (nearest rank), null before any acknowledgement. */
  p50AckMs: number | null;
  maxAckMs: number | null;
}

/** The model's whole answer. */
export interface ReplicationResult {
  /** Every event, in time order (ties in the order they were caused). */
  events: ReplicationEvent[];
  writes: WriteResult[];
  reads: ReadResult[];
  summary: ReplicationSummary;
  /** When the failover replica took over, and which one; null without a crash. */
  failover: { crashAt: number; promotedAt: number; node: NodeIndex; lostLsns: number[] } | null;
  /** The last moment on the timeline (for the time axis). */
  endTime: number;
}
