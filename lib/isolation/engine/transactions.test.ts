import { describe, expect, it } from 'vitest';
import { finishedInSnapshot, TransactionManager } from './transactions';

describe('TransactionManager', () => {
  it('assigns xids lazily and only once', () => {
    const tm = new TransactionManager();
    const a = tm.begin('READ COMMITTED', 'A');
    const b = tm.begin('READ COMMITTED', 'B');
    expect(a.xid).toBe(0);
    const bx = tm.assignXid(b);
    const ax = tm.assignXid(a);
    expect(ax).toBeGreaterThan(bx);
    expect(tm.assignXid(a)).toBe(ax);
    expect(tm.lookup(ax)).toBe(a);
  });

  it('snapshots list running xids and bound them with xmin/xmax', () => {
    const tm = new TransactionManager();
    const a = tm.begin('READ COMMITTED', 'A');
    const b = tm.begin('READ COMMITTED', 'B');
    tm.assignXid(a);
    tm.assignXid(b);
    tm.commit(a);
    const snap = tm.takeSnapshot();
    expect(snap.xmin).toBe(b.xid);
    expect(snap.xmax).toBe(b.xid + 1);
    expect([...snap.xip]).toEqual([b.xid]);
    expect(finishedInSnapshot(a.xid, snap)).toBe(true);
    expect(finishedInSnapshot(b.xid, snap)).toBe(false);
    expect(finishedInSnapshot(snap.xmax, snap)).toBe(false);
  });

  it('knows which levels keep a transaction snapshot', () => {
    const tm = new TransactionManager();
    expect(tm.begin('READ UNCOMMITTED', 'A').usesTransactionSnapshot).toBe(false);
    expect(tm.begin('READ COMMITTED', 'A').usesTransactionSnapshot).toBe(false);
    expect(tm.begin('REPEATABLE READ', 'A').usesTransactionSnapshot).toBe(true);
    expect(tm.begin('SERIALIZABLE', 'A').usesTransactionSnapshot).toBe(true);
  });
});
