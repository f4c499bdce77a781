import { describe, expect, it } from 'vitest';
import { closesCycle, lockRow, rowLockState } from './locks';
import type { TupleVersion } from './storage';
import { TransactionManager, type Transaction } from './transactions';

function committedRow(tm: TransactionManager): TupleVersion {
  const c = tm.begin('READ COMMITTED', 'setup');
  tm.assignXid(c);
  tm.commit(c);
  return { values: [1], xmin: c, cmin: 0, xmax: null, cmax: 0, lockOnly: false, next: null };
}

describe('row locks', () => {
  it('lets anyone take a free row and makes others wait for the holder', () => {
    const tm = new TransactionManager();
    const v = committedRow(tm);
    const a = tm.begin('READ COMMITTED', 'A');
    const b = tm.begin('READ COMMITTED', 'B');
    expect(rowLockState(v, a)).toEqual({ kind: 'free' });
    lockRow(v, a, 0);
    expect(rowLockState(v, a)).toEqual({ kind: 'free' });
    expect(rowLockState(v, b)).toEqual({ kind: 'wait', holder: a });
  });

  it('frees a row whose lock-only holder ended, but reports updates and deletes by committed writers', () => {
    const tm = new TransactionManager();
    const v = committedRow(tm);
    const a = tm.begin('READ COMMITTED', 'A');
    const b = tm.begin('READ COMMITTED', 'B');
    lockRow(v, a, 0);
    tm.commit(a);
    expect(rowLockState(v, b)).toEqual({ kind: 'free' });

    const w = tm.begin('READ COMMITTED', 'W');
    const next: TupleVersion = { ...v, xmin: w, xmax: null, next: null };
    Object.assign(v, { xmax: w, lockOnly: false, next });
    tm.commit(w);
    expect(rowLockState(v, b)).toEqual({ kind: 'updated', next });
    v.next = null;
    expect(rowLockState(v, b)).toEqual({ kind: 'deleted' });
  });

  it('ignores the xmax of an aborted writer', () => {
    const tm = new TransactionManager();
    const v = committedRow(tm);
    const a = tm.begin('READ COMMITTED', 'A');
    v.xmax = a;
    tm.abort(a);
    expect(rowLockState(v, tm.begin('READ COMMITTED', 'B'))).toEqual({ kind: 'free' });
  });
});

describe('deadlock detection', () => {
  it('finds the cycle closed by a new wait, and only then', () => {
    const tm = new TransactionManager();
    const [a, b, c] = ['A', 'B', 'C'].map((s) => tm.begin('READ COMMITTED', s)) as [Transaction, Transaction, Transaction];
    const waits = new Map<Transaction, Transaction>([
      [a, b],
      [b, c],
    ]);
    const waitsFor = (t: Transaction) => waits.get(t) ?? null;
    expect(closesCycle(c, a, waitsFor)).toBe(true); // c → a → b → c
    expect(closesCycle(c, b, waitsFor)).toBe(true);
    waits.delete(b);
    expect(closesCycle(c, a, waitsFor)).toBe(false);
  });
});
