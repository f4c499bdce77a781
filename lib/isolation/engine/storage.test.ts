import { describe, expect, it } from 'vitest';
import { isVisible, vacuumStatus, type TupleVersion } from './storage';
import { TransactionManager, type Transaction } from './transactions';

function version(xmin: Transaction, cmin = 0, values = [1]): TupleVersion {
  return { values, xmin, cmin, xmax: null, cmax: 0, lockOnly: false, next: null };
}

describe('MVCC visibility', () => {
  it('hides rows of transactions that had not committed when the snapshot was taken', () => {
    const tm = new TransactionManager();
    const writer = tm.begin('READ COMMITTED', 'W');
    tm.assignXid(writer);
    const v = version(writer);
    const reader = tm.begin('REPEATABLE READ', 'R');
    const before = tm.takeSnapshot();
    expect(isVisible(v, { snapshot: before, txn: reader, cid: 0 })).toBe(false);
    tm.commit(writer);
    // Still invisible to the old snapshot: the writer was in progress when it was taken.
    expect(isVisible(v, { snapshot: before, txn: reader, cid: 0 })).toBe(false);
    expect(isVisible(v, { snapshot: tm.takeSnapshot(), txn: reader, cid: 0 })).toBe(true);
  });

  it('never shows rows of aborted transactions (no dirty reads)', () => {
    const tm = new TransactionManager();
    const writer = tm.begin('READ COMMITTED', 'W');
    tm.assignXid(writer);
    const v = version(writer);
    tm.abort(writer);
    const reader = tm.begin('READ COMMITTED', 'R');
    expect(isVisible(v, { snapshot: tm.takeSnapshot(), txn: reader, cid: 0 })).toBe(false);
  });

  it('treats a transaction that gets its xid after the snapshot as not yet started', () => {
    const tm = new TransactionManager();
    const reader = tm.begin('REPEATABLE READ', 'R');
    const snap = tm.takeSnapshot();
    const late = tm.begin('READ COMMITTED', 'L');
    tm.assignXid(late);
    const v = version(late);
    tm.commit(late);
    expect(isVisible(v, { snapshot: snap, txn: reader, cid: 0 })).toBe(false);
  });

  it('shows a transaction its own earlier commands but not the current one', () => {
    const tm = new TransactionManager();
    const me = tm.begin('READ COMMITTED', 'A');
    tm.assignXid(me);
    const v = version(me, 1);
    const snap = tm.takeSnapshot();
    expect(isVisible(v, { snapshot: snap, txn: me, cid: 1 })).toBe(false);
    expect(isVisible(v, { snapshot: snap, txn: me, cid: 2 })).toBe(true);
    v.xmax = me;
    v.cmax = 2;
    expect(isVisible(v, { snapshot: snap, txn: me, cid: 2 })).toBe(true);
    expect(isVisible(v, { snapshot: snap, txn: me, cid: 3 })).toBe(false);
  });

  it('ignores row locks (lock-only xmax) for visibility', () => {
    const tm = new TransactionManager();
    const creator = tm.begin('READ COMMITTED', 'C');
    tm.assignXid(creator);
    const v = version(creator);
    tm.commit(creator);
    const locker = tm.begin('READ COMMITTED', 'L');
    tm.assignXid(locker);
    v.xmax = locker;
    v.lockOnly = true;
    tm.commit(locker);
    const reader = tm.begin('READ COMMITTED', 'R');
    expect(isVisible(v, { snapshot: tm.takeSnapshot(), txn: reader, cid: 0 })).toBe(true);
  });

  it('classifies versions the way HeapTupleSatisfiesVacuum does', () => {
    const tm = new TransactionManager();
    const a = tm.begin('READ COMMITTED', 'A');
    tm.assignXid(a);
    const v = version(a);
    expect(vacuumStatus(v, 0)).toBe('INSERT_IN_PROGRESS');
    tm.commit(a);
    expect(vacuumStatus(v, 0)).toBe('LIVE');
    const b = tm.begin('READ COMMITTED', 'B');
    tm.assignXid(b);
    v.xmax = b;
    expect(vacuumStatus(v, 0)).toBe('DELETE_IN_PROGRESS');
    tm.commit(b);
    expect(vacuumStatus(v, 0)).toBe('RECENTLY_DEAD');
    expect(vacuumStatus(v, b.xid + 1)).toBe('DEAD');
  });
});
