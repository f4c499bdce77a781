/**
 * Row locks and lock waits. As in PostgreSQL, a row lock lives in the row
 * version itself (its xmax): UPDATE, DELETE and SELECT FOR UPDATE stamp the
 * version, and anyone else who wants it waits for that transaction to end
 * (https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-ROWS).
 * All the lock modes the engine uses (FOR UPDATE, and the locks UPDATE/DELETE
 * take) conflict with each other, so one holder at a time is enough.
 */
import type { TupleVersion } from './storage';
import type { Transaction } from './transactions';

/** Outcome of checking whether `me` may update/delete/lock a row version (PostgreSQL's HeapTupleSatisfiesUpdate). */
export type RowLockState =
  | { kind: 'free' }
  | { kind: 'self-modified' }
  | { kind: 'wait'; holder: Transaction }
  | { kind: 'updated'; next: TupleVersion }
  | { kind: 'deleted' };

/** Decide what happens if `me` tries to modify or lock `v` now. */
export function rowLockState(v: TupleVersion, me: Transaction): RowLockState {
  const x = v.xmax;
  if (x === null || x.state === 'aborted') return { kind: 'free' };
  if (x === me) {
    if (v.lockOnly) return { kind: 'free' };
    // Already changed by us, by this very command: PostgreSQL skips it (TM_SelfModified).
    // (A version we changed in an earlier command is invisible to our snapshot and never gets here.)
    return { kind: 'self-modified' };
  }
  if (x.state === 'in-progress') return { kind: 'wait', holder: x };
  // Committed: a finished lock-only holder no longer matters; a finished update/delete does.
  if (v.lockOnly) return { kind: 'free' };
  // Follow the chain only to a version this xmax actually wrote (PostgreSQL checks that the next
  // version's xmin matches, since a link can be left behind by an updater that rolled back).
  return v.next && v.next.xmin === x ? { kind: 'updated', next: v.next } : { kind: 'deleted' };
}

/** Stamp `v` as locked by `me` (FOR UPDATE), unless `me` already holds a stronger claim. */
export function lockRow(v: TupleVersion, me: Transaction, cid: number): void {
  if (v.xmax === me) return;
  v.xmax = me;
  v.cmax = cid;
  v.lockOnly = true;
}

/**
 * Deadlock detection. Each blocked transaction waits for exactly one other, so
 * the wait-for graph is a set of chains: following `waitsFor` from `holder`
 * either ends or comes back to `waiter`. PostgreSQL runs this check in the
 * waiting backend after deadlock_timeout, so the transaction whose wait closes
 * the cycle is the one that reports 40P01.
 */
export function closesCycle(
  waiter: Transaction,
  holder: Transaction,
  waitsFor: (t: Transaction) => Transaction | null,
): boolean {
  const seen = new Set<Transaction>();
  let t: Transaction | null = holder;
  while (t && !seen.has(t)) {
    if (t === waiter) return true;
    seen.add(t);
    t = waitsFor(t);
  }
  return false;
}
