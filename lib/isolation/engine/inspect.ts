/**
 * A read-only picture of the engine between two steps, for the isolation lab: every row version
 * with the transaction that created it (xmin) and the one that deleted, replaced or locked it (xmax),
 * each session's transaction and snapshot, and which versions that snapshot sees. It copies plain
 * data out of the engine and changes nothing (https://www.postgresql.org/docs/current/mvcc-intro.html).
 */
import type { SerializableXact } from './ssi';
import { isVisible, type Table, type TupleVersion } from './storage';
import { Transaction, type Snapshot, type TransactionManager, type TransactionState } from './transactions';
import type { IsolationLevel, SqlValue } from './types';

/** A transaction as a row version or a lock wait names it: its xid, the session that ran it, and how it ended. */
export interface XidView {
  xid: number;
  session: string;
  state: TransactionState;
}

/** One row version (a heap tuple). `id` is its 1-based position in the table's heap, like a ctid. */
export interface VersionView {
  id: number;
  values: SqlValue[];
  /** The transaction that wrote this version. */
  xmin: XidView;
  /** The transaction that deleted or replaced it, or (with `lockOnly`) locked it; null if none. */
  xmax: XidView | null;
  /** xmax is only a row lock (SELECT … FOR UPDATE), not a deletion. */
  lockOnly: boolean;
  /** `id` of the newer version an UPDATE made from this one (PostgreSQL's t_ctid link). */
  nextId: number | null;
  /** For each described session with a snapshot: does that snapshot see this version? */
  visibleTo: Record<string, boolean>;
}

/** A table and all its row versions, dead ones included (nothing vacuums them here). */
export interface TableView {
  name: string;
  columns: string[];
  versions: VersionView[];
}

/** A snapshot as PostgreSQL prints it (txid_current_snapshot): xmin:xmax:xip. */
export interface SnapshotView {
  xmin: number;
  xmax: number;
  xip: number[];
}

/**
 * Which snapshot a session's `visibleTo` uses:
 * - `transaction`: REPEATABLE READ / SERIALIZABLE, the one taken at the transaction's first statement;
 * - `statement`: the snapshot of the statement the session is waiting in;
 * - `next-statement`: a snapshot taken now, which is what the session's next statement would get
 *   (READ COMMITTED, autocommit, or a snapshot-isolation transaction that has not run a query yet).
 */
export type SnapshotSource = 'transaction' | 'statement' | 'next-statement';

/** One session (connection) and its transaction. */
export interface SessionView {
  name: string;
  /** idle: no transaction; autocommit: a single statement outside BEGIN (only seen while it waits). */
  status: 'idle' | 'in-transaction' | 'failed' | 'autocommit';
  /** Level of the current transaction, null when idle. */
  level: IsolationLevel | null;
  /** 0 until the transaction writes or locks a row (PostgreSQL assigns xids lazily). */
  xid: number;
  snapshot: SnapshotView | null;
  snapshotSource: SnapshotSource | null;
  /** The transaction whose lock this session is waiting for, if it is blocked. */
  waitingFor: XidView | null;
  /** SERIALIZABLE only: sessions whose writes this transaction read "before" (this →rw them), and the reverse. */
  rwConflictsOut: string[];
  rwConflictsIn: string[];
}

/** Everything the lab shows about the database at one moment. */
export interface EngineState {
  tables: TableView[];
  sessions: SessionView[];
  /** The xid the next writing transaction will get. */
  nextXid: number;
}

/** What the engine hands over: its tables, transaction manager and the sessions to describe. */
export interface EngineParts {
  tables: readonly Table[];
  txns: TransactionManager;
  sessions: ReadonlyArray<{ name: string; txn: Transaction | null; inBlock: boolean; failed: boolean; waitingFor: Transaction | null }>;
}

/** The xid view of a transaction. */
export function xidView(t: Transaction): XidView {
  return { xid: t.xid, session: t.session, state: t.state };
}

function snapshotView(s: Snapshot): SnapshotView {
  return { xmin: s.xmin, xmax: s.xmax, xip: [...s.xip].sort((a, b) => a - b) };
}

interface Viewer {
  name: string;
  reader: { snapshot: Snapshot; txn: Transaction; cid: number } | null;
  view: SessionView;
}

function describeSession(s: EngineParts['sessions'][number], txns: TransactionManager): Viewer {
  const txn = s.txn;
  const view: SessionView = {
    name: s.name,
    status: s.inBlock ? (s.failed ? 'failed' : 'in-transaction') : txn ? 'autocommit' : 'idle',
    level: txn ? txn.level : null,
    xid: txn?.xid ?? 0,
    snapshot: null,
    snapshotSource: null,
    waitingFor: s.waitingFor ? xidView(s.waitingFor) : null,
    rwConflictsOut: [],
    rwConflictsIn: [],
  };
  const sx = (txn?.sxact as SerializableXact | null | undefined) ?? null;
  if (sx) {
    view.rwConflictsOut = [...sx.outConflicts].map((o) => o.txn.session);
    view.rwConflictsIn = [...sx.inConflicts].map((o) => o.txn.session);
  }
  // An aborted block sees nothing: it only accepts ROLLBACK (or COMMIT, which rolls back).
  if (view.status === 'failed') return { name: s.name, reader: null, view };
  let reader: Viewer['reader'];
  if (txn && s.waitingFor && txn.snapshot) {
    view.snapshotSource = txn.usesTransactionSnapshot ? 'transaction' : 'statement';
    reader = { snapshot: txn.snapshot, txn, cid: Math.max(0, txn.nextCid - 1) };
  } else if (txn && txn.usesTransactionSnapshot && txn.snapshot) {
    view.snapshotSource = 'transaction';
    reader = { snapshot: txn.snapshot, txn, cid: txn.nextCid };
  } else {
    // Taking a snapshot only reads the set of running transactions; nothing is registered.
    view.snapshotSource = 'next-statement';
    const me = txn ?? new Transaction(0, 'READ COMMITTED', s.name);
    reader = { snapshot: txns.takeSnapshot(), txn: me, cid: me.nextCid };
  }
  view.snapshot = snapshotView(reader.snapshot);
  return { name: s.name, reader, view };
}

function describeTable(table: Table, viewers: readonly Viewer[]): TableView {
  const ids = new Map<TupleVersion, number>();
  table.versions.forEach((v, i) => ids.set(v, i + 1));
  return {
    name: table.name,
    columns: table.columns.map((c) => c.name),
    versions: table.versions.map((v, i) => {
      const visibleTo: Record<string, boolean> = {};
      for (const viewer of viewers) if (viewer.reader) visibleTo[viewer.name] = isVisible(v, viewer.reader);
      return {
        id: i + 1,
        values: [...v.values],
        xmin: xidView(v.xmin),
        xmax: v.xmax ? xidView(v.xmax) : null,
        lockOnly: v.xmax !== null && v.lockOnly,
        nextId: v.next ? (ids.get(v.next) ?? null) : null,
        visibleTo,
      };
    }),
  };
}

/** Describe the engine's state for the given sessions. Tables whose creation was rolled back are left out. */
export function describeEngine(parts: EngineParts): EngineState {
  const viewers = parts.sessions.map((s) => describeSession(s, parts.txns));
  return {
    tables: parts.tables.filter((t) => t.createdBy.state !== 'aborted').map((t) => describeTable(t, viewers)),
    sessions: viewers.map((v) => v.view),
    nextXid: parts.txns.nextXid,
  };
}
