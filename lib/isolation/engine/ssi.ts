/**
 * Serializable Snapshot Isolation, the way PostgreSQL's SERIALIZABLE level
 * implements it (https://www.postgresql.org/docs/current/transaction-iso.html#XACT-SERIALIZABLE,
 * https://wiki.postgresql.org/wiki/SSI). On top of REPEATABLE READ's snapshot:
 *
 * - reads leave SIREAD locks. A sequential scan locks the whole relation, which is
 *   what PostgreSQL does for a seq scan; the engine has no indexes, so that is the only granularity;
 * - a write that hits another transaction's SIREAD lock, or a read that meets a row version
 *   written by a concurrent transaction, records a rw-antidependency (reader →rw writer);
 * - a "dangerous structure" T0 →rw T1 →rw T2 in which T2 commits first means a cycle
 *   may exist, so one transaction gets 40001. Which one, and when (at a read, a write or at
 *   COMMIT), follows PostgreSQL's checks so the engine fails the same statement a real server does.
 *
 * Only the parts of PostgreSQL's bookkeeping that the engine's scenarios can reach are
 * modelled: no summarisation of old transactions, no declared READ ONLY / DEFERRABLE
 * optimisations, no page or tuple granularity.
 */
import { IsolationSqlError, SQLSTATE } from './errors';
import { vacuumStatus, type Table, type TupleVersion } from './storage';
import type { SerializableXactRef, Snapshot, Transaction, TransactionManager } from './transactions';

/** The error every SSI-detected failure reports. */
export const SSI_FAILURE_MESSAGE = 'could not serialize access due to read/write dependencies among transactions';

function ssiFailure(): IsolationSqlError {
  return new IsolationSqlError(SQLSTATE.serializationFailure, SSI_FAILURE_MESSAGE);
}

/** SSI state of one SERIALIZABLE transaction (PostgreSQL's SERIALIZABLEXACT). */
export class SerializableXact implements SerializableXactRef {
  released = false;
  committed = false;
  /** Passed the pre-commit check: it will commit, so it can no longer be the one cancelled. */
  prepared = false;
  /** Chosen as a victim: fails at its next read, write or COMMIT. */
  doomed = false;
  readOnly = false;
  didWrite = false;
  /** Committed with a rw-conflict out to a transaction that committed before it. */
  conflictOut = false;
  prepareSeqNo = 0;
  commitSeqNo = 0;
  earliestOutConflictCommit = 0;
  /** Next xid at the moment it finished; it stays interesting while older snapshots exist. */
  finishedBefore = 0;
  /** Readers R with R →rw this. */
  readonly inConflicts = new Set<SerializableXact>();
  /** Writers W with this →rw W. */
  readonly outConflicts = new Set<SerializableXact>();
  readonly locks = new Set<Table>();

  constructor(
    readonly txn: Transaction,
    /** xmin of its snapshot. */
    readonly xmin: number,
    /** Commit sequence number of the last serializable commit before its snapshot. */
    readonly lastCommitBeforeSnapshot: number,
  ) {}
}

/** Owns SIREAD locks and the rw-conflict graph of all serializable transactions. */
export class SsiManager {
  private lastCommitSeqNo = 1;
  private readonly finished: SerializableXact[] = [];
  private readonly relationLocks = new Map<Table, Set<SerializableXact>>();
  private readonly active = new Set<SerializableXact>();
  private globalXmin = 0;
  private globalXminCount = 0;

  constructor(private readonly txns: TransactionManager) {}

  /** Start tracking a SERIALIZABLE transaction when it takes its snapshot. */
  register(txn: Transaction, snapshot: Snapshot): SerializableXact {
    const sx = new SerializableXact(txn, snapshot.xmin, this.lastCommitSeqNo);
    if (this.globalXmin === 0 || sx.xmin < this.globalXmin) {
      this.globalXmin = sx.xmin;
      this.globalXminCount = 1;
    } else if (sx.xmin === this.globalXmin) this.globalXminCount++;
    this.active.add(sx);
    txn.sxact = sx;
    return sx;
  }

  /** Take a relation-level SIREAD lock (a sequential scan of `table`). */
  lockRelation(sx: SerializableXact, table: Table): void {
    if (sx.locks.has(table)) return;
    sx.locks.add(table);
    let holders = this.relationLocks.get(table);
    if (!holders) this.relationLocks.set(table, (holders = new Set()));
    holders.add(sx);
  }

  /** Transactions holding a SIREAD lock on `table` (for tests and explanations). */
  lockHolders(table: Table): SerializableXact[] {
    return [...(this.relationLocks.get(table) ?? [])];
  }

  /**
   * Called for every row version a scan examines (PostgreSQL's HeapCheckForSerializableConflictOut):
   * if a concurrent serializable transaction wrote a version we cannot see, or replaced one we can,
   * we read "before" its write: reader →rw writer.
   */
  checkTupleRead(sx: SerializableXact, visible: boolean, v: TupleVersion): void {
    if (sx.doomed) throw ssiFailure(); // "Canceled on identification as a pivot, during conflict out checking."
    const horizon = sx.xmin;
    let writer: Transaction;
    switch (vacuumStatus(v, horizon)) {
      case 'LIVE':
        if (visible) return;
        writer = v.xmin;
        break;
      case 'RECENTLY_DEAD':
      case 'DELETE_IN_PROGRESS':
        writer = visible ? (v.xmax as Transaction) : v.xmin;
        if (writer.xid < horizon) return;
        break;
      case 'INSERT_IN_PROGRESS':
        writer = v.xmin;
        break;
      default:
        return;
    }
    if (writer === sx.txn || writer.xid < horizon) return;
    this.conflictOut(sx, writer);
  }

  private conflictOut(me: SerializableXact, writerTxn: Transaction): void {
    const w = writerTxn.sxact as SerializableXact | null;
    if (!w || w.released || w === me || w.doomed) return;
    // A read-only reader can be serialized before a committed writer unless that writer
    // itself has a conflict out to something that committed before the reader's snapshot.
    if (me.readOnly && w.committed && (!w.conflictOut || me.lastCommitBeforeSnapshot < w.earliestOutConflictCommit)) return;
    if (!this.isConcurrent(me, writerTxn.xid)) return;
    if (me.outConflicts.has(w)) return;
    this.flag(me, w, me);
  }

  private isConcurrent(me: SerializableXact, xid: number): boolean {
    const snap = me.txn.snapshot as Snapshot;
    if (xid < snap.xmin) return false;
    if (xid >= snap.xmax) return true;
    return snap.xip.has(xid);
  }

  /**
   * Called before a write (PostgreSQL's CheckForSerializableConflictIn): every other transaction
   * holding a SIREAD lock on what we write read it "before" us: holder →rw me.
   * `table` null means only the doomed check (the unique-violation path).
   */
  checkWrite(me: SerializableXact, table: Table | null): void {
    if (me.doomed) throw ssiFailure(); // "Canceled on identification as a pivot, during conflict in checking."
    me.didWrite = true;
    if (!table) return;
    const holders = this.relationLocks.get(table);
    if (!holders) return;
    for (const r of [...holders]) {
      if (r === me) continue;
      // A committed reader still counts if it finished after our snapshot's xmin (PostgreSQL's cheap concurrency test).
      if (!r.doomed && (!r.committed || me.xmin < r.finishedBefore) && !r.outConflicts.has(me)) {
        this.flag(r, me, me);
      }
    }
  }

  private flag(reader: SerializableXact, writer: SerializableXact, me: SerializableXact): void {
    this.checkDangerousStructure(reader, writer, me);
    reader.outConflicts.add(writer);
    writer.inConflicts.add(reader);
  }

  /** PostgreSQL's OnConflict_CheckForSerializationFailure: does the new edge reader →rw writer complete a dangerous structure? */
  private checkDangerousStructure(reader: SerializableXact, writer: SerializableXact, me: SerializableXact): void {
    // R →rw W →rw T2 where W already committed after T2 committed.
    let failure = writer.committed && writer.conflictOut;
    if (!failure) {
      // R →rw W →rw T2 where T2 has committed (prepared) first.
      for (const t2 of writer.outConflicts) {
        if (
          t2.prepared &&
          (!reader.committed || t2.prepareSeqNo <= reader.commitSeqNo) &&
          (!writer.committed || t2.prepareSeqNo <= writer.commitSeqNo) &&
          (!reader.readOnly || t2.prepareSeqNo <= reader.lastCommitBeforeSnapshot)
        ) {
          failure = true;
          break;
        }
      }
    }
    if (!failure && writer.prepared && !reader.readOnly) {
      // T0 →rw R →rw W where W has committed (prepared) first: R is the pivot.
      for (const t0 of reader.inConflicts) {
        if (
          !t0.doomed &&
          (!t0.committed || t0.commitSeqNo >= writer.prepareSeqNo) &&
          (!t0.readOnly || t0.lastCommitBeforeSnapshot >= writer.prepareSeqNo)
        ) {
          failure = true;
          break;
        }
      }
    }
    if (!failure) return;
    // Cancel the writer if that is us ("identification as a pivot, during write"); if the writer can
    // no longer be cancelled, cancel ourselves as the reader; otherwise doom the writer for later.
    if (me === writer || writer.prepared) throw ssiFailure();
    writer.doomed = true;
  }

  /**
   * Pre-commit check (PostgreSQL's PreCommit_CheckForSerializationFailure): fail if doomed;
   * otherwise, committing first turns any T0 →rw near →rw me into a dangerous structure, so doom the pivot `near`.
   */
  preCommit(me: SerializableXact): void {
    if (me.doomed) throw ssiFailure(); // "Canceled on identification as a pivot, during commit attempt."
    for (const near of me.inConflicts) {
      if (near.committed || near.doomed) continue;
      for (const far of near.inConflicts) {
        if (far === me || (!far.committed && !far.readOnly && !far.doomed)) {
          near.doomed = true;
          break;
        }
      }
    }
    me.prepareSeqNo = ++this.lastCommitSeqNo;
    me.prepared = true;
  }

  /** After commit: keep SIREAD locks and relevant conflicts while overlapping transactions run. */
  releaseCommitted(me: SerializableXact): void {
    me.finishedBefore = this.txns.nextXid;
    me.committed = true;
    me.commitSeqNo = ++this.lastCommitSeqNo;
    if (!me.didWrite) me.readOnly = true;
    for (const w of [...me.outConflicts]) {
      if (!me.readOnly && w.committed) {
        if (!me.conflictOut || w.prepareSeqNo < me.earliestOutConflictCommit) me.earliestOutConflictCommit = w.prepareSeqNo;
        me.conflictOut = true;
      }
      if (w.committed || w.lastCommitBeforeSnapshot >= this.lastCommitSeqNo) this.releaseConflict(me, w);
    }
    for (const r of [...me.inConflicts]) {
      if (r.committed || r.readOnly) this.releaseConflict(r, me);
    }
    const needToClear = this.leaveGlobalXmin(me);
    this.finished.push(me);
    if (needToClear) this.clearOld();
  }

  /** After rollback: forget the transaction entirely. */
  releaseAborted(me: SerializableXact): void {
    me.finishedBefore = this.txns.nextXid;
    me.doomed = true;
    me.prepared = false;
    const needToClear = this.leaveGlobalXmin(me);
    this.releaseOne(me);
    if (needToClear) this.clearOld();
  }

  /** Leave the set of snapshots that define the oldest xmin; true if that xmin moved (time to clean up). */
  private leaveGlobalXmin(me: SerializableXact): boolean {
    if (me.xmin !== this.globalXmin) return false;
    if (--this.globalXminCount > 0) return false;
    this.globalXmin = 0;
    this.globalXminCount = 0;
    for (const sx of this.active) {
      if (sx.committed || sx === me) continue; // only running transactions hold the horizon back
      if (this.globalXmin === 0 || sx.xmin < this.globalXmin) {
        this.globalXmin = sx.xmin;
        this.globalXminCount = 1;
      } else if (sx.xmin === this.globalXmin) this.globalXminCount++;
    }
    return true;
  }

  /** Drop committed transactions that no running serializable transaction overlaps. */
  private clearOld(): void {
    while (this.finished.length > 0) {
      const f = this.finished[0] as SerializableXact;
      if (this.globalXmin !== 0 && f.finishedBefore > this.globalXmin) break;
      this.finished.shift();
      this.releaseOne(f);
    }
  }

  private releaseConflict(reader: SerializableXact, writer: SerializableXact): void {
    reader.outConflicts.delete(writer);
    writer.inConflicts.delete(reader);
  }

  private releaseOne(sx: SerializableXact): void {
    for (const t of sx.locks) this.relationLocks.get(t)?.delete(sx);
    sx.locks.clear();
    for (const w of [...sx.outConflicts]) this.releaseConflict(sx, w);
    for (const r of [...sx.inConflicts]) this.releaseConflict(r, sx);
    sx.released = true;
    this.active.delete(sx);
  }
}
