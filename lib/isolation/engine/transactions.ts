/**
 * Transactions, transaction ids and snapshots, modelled on PostgreSQL
 * (https://www.postgresql.org/docs/current/mvcc-intro.html):
 * - a transaction gets an xid lazily, at its first write, so read-only transactions never get one;
 * - a snapshot records which xids had finished when it was taken: `xmin` (everything below is
 *   finished), `xmax` (everything at or above had not started) and `xip` (in progress in between).
 */
import type { IsolationLevel } from './types';

/** Lifecycle state of a transaction. */
export type TransactionState = 'in-progress' | 'committed' | 'aborted';

/** What a transaction could see: xids below `xmax` and not in `xip` had finished when it was taken. */
export interface Snapshot {
  xmin: number;
  xmax: number;
  xip: ReadonlySet<number>;
}

/** Serializable-transaction bookkeeping attached by the SSI module (opaque here). */
export interface SerializableXactRef {
  readonly released: boolean;
}

/** One transaction (explicit block or autocommit statement). */
export class Transaction {
  /** 0 until the first write assigns one (PostgreSQL's lazy xid assignment). */
  xid = 0;
  state: TransactionState = 'in-progress';
  /** RC: the current statement's snapshot; RR/SERIALIZABLE: the transaction snapshot once taken. */
  snapshot: Snapshot | null = null;
  /** Command counter: each statement gets the next id; a row written by command c is visible to commands after c. */
  nextCid = 0;
  /** SSI state, only for SERIALIZABLE transactions after their first snapshot. */
  sxact: SerializableXactRef | null = null;

  constructor(
    readonly id: number,
    public level: IsolationLevel,
    readonly session: string,
  ) {}

  /** True when the transaction keeps one snapshot for its whole life (REPEATABLE READ and SERIALIZABLE). */
  get usesTransactionSnapshot(): boolean {
    return this.level === 'REPEATABLE READ' || this.level === 'SERIALIZABLE';
  }
}

/** Allocates xids, tracks running transactions and takes snapshots. */
export class TransactionManager {
  /** Next xid to hand out; PostgreSQL's first normal xid is 3. */
  nextXid = 3;
  private nextId = 1;
  private readonly running = new Set<Transaction>();
  private readonly byXid = new Map<number, Transaction>();

  /** Start a transaction (no xid yet). */
  begin(level: IsolationLevel, session: string): Transaction {
    const t = new Transaction(this.nextId++, level, session);
    this.running.add(t);
    return t;
  }

  /** Give the transaction an xid if it has none (called at its first write or row lock). */
  assignXid(t: Transaction): number {
    if (t.xid === 0) {
      t.xid = this.nextXid++;
      this.byXid.set(t.xid, t);
    }
    return t.xid;
  }

  /** The transaction that owns an xid, if known. */
  lookup(xid: number): Transaction | undefined {
    return this.byXid.get(xid);
  }

  /** Take a snapshot of which xids are finished right now. */
  takeSnapshot(): Snapshot {
    const xip = new Set<number>();
    let xmin = this.nextXid;
    for (const t of this.running) {
      if (t.xid !== 0) {
        xip.add(t.xid);
        if (t.xid < xmin) xmin = t.xid;
      }
    }
    return { xmin, xmax: this.nextXid, xip };
  }

  /** Mark committed: from now on new snapshots see its writes. */
  commit(t: Transaction): void {
    t.state = 'committed';
    this.running.delete(t);
  }

  /** Mark aborted: its writes are never visible. */
  abort(t: Transaction): void {
    t.state = 'aborted';
    this.running.delete(t);
  }
}

/** True if `xid` had finished (committed or aborted) when `snap` was taken. */
export function finishedInSnapshot(xid: number, snap: Snapshot): boolean {
  return xid < snap.xmax && !snap.xip.has(xid);
}
