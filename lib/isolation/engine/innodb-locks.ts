/**
 * InnoDB's lock table, at the granularity the scenarios need
 * (https://dev.mysql.com/doc/refman/8.0/en/innodb-locking.html):
 * - record locks, shared (S) or exclusive (X), on a clustered-index (primary key) record;
 * - gap locks on an open key interval. Gap locks never conflict with each other, whatever their mode
 *   ("gap locks in InnoDB are purely inhibitive"); they only make an INSERT into the gap wait
 *   (its insert intention lock conflicts with them). A next-key lock is a record lock plus a gap lock
 *   on the gap before the record;
 * - requests that have to wait stay in the queue in arrival order, and a later request conflicts with
 *   an earlier waiting one too, as in InnoDB's lock queue.
 * A row written by a transaction is X-locked by it until it ends (InnoDB's implicit lock, made
 * explicit here). Deadlock detection follows the wait-for graph; the transaction whose new wait
 * closes a cycle is the victim (innodb-deadlock-detection.html).
 */
import type { SqlValue } from './types';
import { compareValues } from './values';

/** A transaction as the lock table sees it. */
export interface LockOwner {
  readonly id: number;
}

/** S or X. */
export type LockMode = 'S' | 'X';

/** A primary-key value (one entry per key column). */
export type Key = readonly SqlValue[];

/** A granted or waiting lock. `lo`/`hi` bound a gap (null: minus/plus infinity), exclusive. */
export interface LockEntry {
  owner: LockOwner;
  table: string;
  kind: 'record' | 'gap';
  mode: LockMode;
  key?: Key;
  lo?: Key | null;
  hi?: Key | null;
  granted: boolean;
  /** Arrival order; a request conflicts only with entries that arrived before it. */
  seq: number;
  /**
   * How InnoDB would store it, which only matters for counting lock structures (deadlock victim
   * choice): a next-key lock is one structure for the record and its gap; a row's writer holds an
   * implicit lock, which has no structure at all.
   */
  type: LockType;
}

/** Record-only, gap-only, next-key (record + gap before it) or a writer's implicit lock. */
export type LockType = 'rec' | 'gap' | 'next-key' | 'implicit';

/** Total order of keys (NULL never appears in a primary key). */
export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as SqlValue;
    const y = b[i] as SqlValue;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    const c = compareValues(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

const sameKey = (a: Key, b: Key) => compareKeys(a, b) === 0;

/** True if `key` lies strictly inside the gap (lo, hi). */
function inGap(key: Key, lo: Key | null | undefined, hi: Key | null | undefined): boolean {
  return (lo == null || compareKeys(lo, key) < 0) && (hi == null || compareKeys(key, hi) < 0);
}

/** The lock table: every lock of every transaction. */
export class LockTable {
  private entries: LockEntry[] = [];
  private nextSeq = 1;

  /** True if `owner` already holds a granted record lock on `key` at least as strong as `mode`. */
  holds(owner: LockOwner, table: string, key: Key, mode: LockMode): boolean {
    return this.entries.some(
      (e) => e.owner === owner && e.granted && e.kind === 'record' && e.table === table && sameKey(e.key as Key, key) && (e.mode === 'X' || mode === 'S'),
    );
  }

  /** Owners of record locks on `key` that conflict with `mode` and arrived before `beforeSeq` (granted or waiting). */
  recordConflicts(owner: LockOwner, table: string, key: Key, mode: LockMode, beforeSeq = Infinity): LockOwner[] {
    const out = new Set<LockOwner>();
    for (const e of this.entries) {
      if (e.owner === owner || e.kind !== 'record' || e.table !== table || e.seq >= beforeSeq) continue;
      if (mode === 'S' && e.mode === 'S') continue;
      if (sameKey(e.key as Key, key)) out.add(e.owner);
    }
    return [...out];
  }

  /** Owners of gap locks (granted) that an INSERT of `key` by `owner` must wait for (insert intention). */
  insertConflicts(owner: LockOwner, table: string, key: Key): LockOwner[] {
    const out = new Set<LockOwner>();
    for (const e of this.entries) {
      if (e.owner === owner || e.kind !== 'gap' || e.table !== table || !e.granted) continue;
      if (inGap(key, e.lo, e.hi)) out.add(e.owner);
    }
    return [...out];
  }

  /** Add a record lock request (granted or waiting) and return it. */
  addRecord(owner: LockOwner, table: string, key: Key, mode: LockMode, granted: boolean, type: LockType = 'rec'): LockEntry {
    const e: LockEntry = { owner, table, kind: 'record', mode, key: [...key], granted, seq: this.nextSeq++, type };
    this.entries.push(e);
    return e;
  }

  /** Add a (never waiting) gap lock on (lo, hi), unless the owner already has one covering it. */
  addGap(owner: LockOwner, table: string, lo: Key | null, hi: Key | null, mode: LockMode, type: LockType = 'gap'): void {
    const covered = this.entries.some(
      (e) =>
        e.owner === owner &&
        e.kind === 'gap' &&
        e.table === table &&
        (e.lo == null || (lo !== null && compareKeys(e.lo, lo) <= 0)) &&
        (e.hi == null || (hi !== null && compareKeys(hi, e.hi) <= 0)),
    );
    if (covered) return;
    this.entries.push({ owner, table, kind: 'gap', mode, lo: lo && [...lo], hi: hi && [...hi], granted: true, seq: this.nextSeq++, type });
  }

  /** Remove one entry (a waiting request that gave up, or a READ COMMITTED lock on a row that did not match). */
  remove(entry: LockEntry): void {
    this.entries = this.entries.filter((e) => e !== entry);
  }

  /**
   * A purged record's locks become gap locks on the gap it leaves, for the same owners (InnoDB's
   * lock_rec_inherit_to_gap: "the gap lock is inherited by the next record").
   */
  inheritToGap(table: string, key: Key, lo: Key | null, hi: Key | null): void {
    const onRecord = this.entries.filter((e) => e.kind === 'record' && e.table === table && sameKey(e.key as Key, key));
    this.entries = this.entries.filter((e) => !onRecord.includes(e));
    for (const e of onRecord) if (e.granted && e.type !== 'implicit') this.addGap(e.owner, table, lo, hi, e.mode, e.type === 'next-key' ? 'next-key' : 'gap');
  }

  /** Drop `owner`'s waiting requests (its wait timed out). */
  removeWaiting(owner: LockOwner): void {
    this.entries = this.entries.filter((e) => e.owner !== owner || e.granted);
  }

  /** Release everything `owner` holds or waits for (its transaction ended). */
  releaseAll(owner: LockOwner): void {
    this.entries = this.entries.filter((e) => e.owner !== owner);
  }

  /** Every entry, for inspection and tests. */
  list(): readonly LockEntry[] {
    return this.entries;
  }
}

/**
 * The transactions of the cycle that `waiter` waiting for `holders` would close, starting with `waiter`
 * and in wait-for order, or null if there is none.
 */
export function waitCycle(
  waiter: LockOwner,
  holders: readonly LockOwner[],
  waitsFor: (t: LockOwner) => readonly LockOwner[],
): LockOwner[] | null {
  const seen = new Set<LockOwner>();
  const path: LockOwner[] = [waiter];
  const visit = (t: LockOwner): boolean => {
    if (t === waiter) return true;
    if (seen.has(t)) return false;
    seen.add(t);
    path.push(t);
    for (const next of waitsFor(t)) if (visit(next)) return true;
    path.pop();
    return false;
  };
  for (const h of holders) if (visit(h)) return path;
  return null;
}

/**
 * Number of lock structures InnoDB would keep for `owner` on these one-page tables: one table lock per
 * table, and one record-lock structure per type and mode (granted and waiting ones apart); implicit
 * locks have none.
 */
export function lockStructCount(table: LockTable, owner: LockOwner): number {
  const kinds = new Set<string>();
  const tables = new Set<string>();
  for (const e of table.list()) {
    if (e.owner !== owner) continue;
    tables.add(e.table);
    if (e.type !== 'implicit') kinds.add(`${e.table}/${e.type}/${e.mode}/${e.granted}`);
  }
  return tables.size + kinds.size;
}

/**
 * Would `waiter` waiting for `holders` close a cycle in the wait-for graph? `waitsFor` gives, for a
 * blocked transaction, the transactions it waits for (empty if it is running).
 */
export function closesWaitCycle(
  waiter: LockOwner,
  holders: readonly LockOwner[],
  waitsFor: (t: LockOwner) => readonly LockOwner[],
): boolean {
  const seen = new Set<LockOwner>();
  const stack = [...holders];
  while (stack.length > 0) {
    const t = stack.pop() as LockOwner;
    if (t === waiter) return true;
    if (seen.has(t)) continue;
    seen.add(t);
    stack.push(...waitsFor(t));
  }
  return false;
}
