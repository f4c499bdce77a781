import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { SSI_FAILURE_MESSAGE, SsiManager, type SerializableXact } from './ssi';
import type { Table } from './storage';
import { TransactionManager } from './transactions';

function setup() {
  const tm = new TransactionManager();
  const ssi = new SsiManager(tm);
  const creator = tm.begin('READ COMMITTED', 'setup');
  tm.assignXid(creator);
  tm.commit(creator);
  const table: Table = { name: 't', columns: [], uniques: [], versions: [], createdBy: creator };
  const start = (name: string) => {
    const t = tm.begin('SERIALIZABLE', name);
    t.snapshot = tm.takeSnapshot();
    return ssi.register(t, t.snapshot);
  };
  const commit = (sx: SerializableXact) => {
    ssi.preCommit(sx);
    tm.commit(sx.txn);
    ssi.releaseCommitted(sx);
  };
  return { tm, ssi, table, start, commit };
}

describe('SsiManager', () => {
  it('records reader →rw writer when a write hits a SIREAD lock', () => {
    const { ssi, table, start } = setup();
    const a = start('A');
    const b = start('B');
    ssi.lockRelation(a, table);
    expect(ssi.lockHolders(table)).toEqual([a]);
    ssi.checkWrite(b, table);
    expect(a.outConflicts.has(b)).toBe(true);
    expect(b.inConflicts.has(a)).toBe(true);
  });

  it('dooms the pivot when the transaction at the end of T0 →rw T1 →rw T2 commits first', () => {
    const { ssi, table, start, commit } = setup();
    const a = start('A');
    const b = start('B');
    ssi.lockRelation(a, table);
    ssi.lockRelation(b, table);
    ssi.checkWrite(a, table); // B →rw A
    ssi.checkWrite(b, table); // A →rw B
    commit(a); // A commits first: B is a pivot (A →rw B →rw A) and must not commit
    expect(b.doomed).toBe(true);
    expect(() => ssi.preCommit(b)).toThrow(SSI_FAILURE_MESSAGE);
  });

  it('forgets a rolled-back transaction entirely', () => {
    const { tm, ssi, table, start, commit } = setup();
    const a = start('A');
    const b = start('B');
    ssi.lockRelation(a, table);
    ssi.lockRelation(b, table);
    ssi.checkWrite(a, table);
    tm.abort(a.txn);
    ssi.releaseAborted(a);
    expect(a.released).toBe(true);
    expect(ssi.lockHolders(table)).toEqual([b]);
    ssi.checkWrite(b, table);
    expect(() => commit(b)).not.toThrow();
  });

  it('keeps a committed reader’s SIREAD locks only while overlapping transactions run', () => {
    const { ssi, table, start, commit } = setup();
    const a = start('A');
    const b = start('B');
    ssi.lockRelation(a, table);
    commit(a);
    expect(ssi.lockHolders(table)).toEqual([a]); // B overlapped A, so A's read still matters
    commit(b);
    expect(ssi.lockHolders(table)).toEqual([]);
  });
});

describe('SERIALIZABLE through the engine', () => {
  const doctors = (e: Engine) => {
    e.execute('setup', 'CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL)');
    e.execute('setup', "INSERT INTO doctors VALUES ('alice', true), ('bob', true)");
  };

  it('fails the second commit of a write skew', () => {
    const e = new Engine();
    doctors(e);
    for (const s of ['A', 'B']) {
      e.execute(s, 'BEGIN ISOLATION LEVEL SERIALIZABLE');
      e.execute(s, 'SELECT count(*) FROM doctors WHERE on_call');
    }
    expect(e.execute('A', "UPDATE doctors SET on_call = false WHERE name = 'alice'").status).toBe('ok');
    expect(e.execute('B', "UPDATE doctors SET on_call = false WHERE name = 'bob'").status).toBe('ok');
    expect(e.execute('A', 'COMMIT').status).toBe('ok');
    expect(e.execute('B', 'COMMIT')).toMatchObject({ status: 'error', sqlstate: '40001', message: SSI_FAILURE_MESSAGE });
    expect(e.execute('C', 'SELECT count(*) FROM doctors WHERE on_call').rows).toEqual([{ count: 1 }]);
  });

  it('fails the write itself when the other side has already committed', () => {
    const e = new Engine();
    doctors(e);
    for (const s of ['A', 'B']) {
      e.execute(s, 'BEGIN ISOLATION LEVEL SERIALIZABLE');
      e.execute(s, 'SELECT count(*) FROM doctors WHERE on_call');
    }
    e.execute('A', "UPDATE doctors SET on_call = false WHERE name = 'alice'");
    e.execute('A', 'COMMIT');
    expect(e.execute('B', "UPDATE doctors SET on_call = false WHERE name = 'bob'")).toMatchObject({ status: 'error', sqlstate: '40001' });
  });

  it('allows the same interleaving at REPEATABLE READ (write skew happens)', () => {
    const e = new Engine();
    doctors(e);
    for (const s of ['A', 'B']) {
      e.execute(s, 'BEGIN ISOLATION LEVEL REPEATABLE READ');
      e.execute(s, 'SELECT count(*) FROM doctors WHERE on_call');
    }
    e.execute('A', "UPDATE doctors SET on_call = false WHERE name = 'alice'");
    e.execute('B', "UPDATE doctors SET on_call = false WHERE name = 'bob'");
    expect(e.execute('A', 'COMMIT').status).toBe('ok');
    expect(e.execute('B', 'COMMIT').status).toBe('ok');
    expect(e.execute('C', 'SELECT count(*) FROM doctors WHERE on_call').rows).toEqual([{ count: 0 }]);
  });
});
