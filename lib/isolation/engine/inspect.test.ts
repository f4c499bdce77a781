import { describe, expect, it } from 'vitest';
import { Engine } from './engine';

function engineWithRow(): Engine {
  const e = new Engine();
  e.execute('__setup__', 'CREATE TABLE t (id int PRIMARY KEY, v int)');
  e.execute('__setup__', 'INSERT INTO t VALUES (1, 10)');
  return e;
}

describe('Engine.inspect', () => {
  it('describes tables, versions and idle sessions without changing anything', () => {
    const e = engineWithRow();
    const state = e.inspect(['A']);
    expect(state.tables).toEqual([
      {
        name: 't',
        columns: ['id', 'v'],
        versions: [
          { id: 1, values: [1, 10], xmin: { xid: 4, session: '__setup__', state: 'committed' }, xmax: null, lockOnly: false, nextId: null, visibleTo: { A: true } },
        ],
      },
    ]);
    expect(state.sessions).toEqual([
      { name: 'A', status: 'idle', level: null, xid: 0, snapshot: { xmin: 5, xmax: 5, xip: [] }, snapshotSource: 'next-statement', waitingFor: null, rwConflictsOut: [], rwConflictsIn: [] },
    ]);
    expect(state.nextXid).toBe(5);
    expect(e.inspect(['A'])).toEqual(state);
  });

  it('keeps a REPEATABLE READ snapshot while a READ COMMITTED session would see the new commit', () => {
    const e = engineWithRow();
    e.execute('RR', 'BEGIN ISOLATION LEVEL REPEATABLE READ');
    e.execute('RC', 'BEGIN');
    expect(e.inspect(['RR']).sessions[0]).toMatchObject({ status: 'in-transaction', level: 'REPEATABLE READ', snapshot: { xmin: 5, xmax: 5 }, snapshotSource: 'next-statement' });
    e.execute('RR', 'SELECT * FROM t');
    e.execute('W', 'UPDATE t SET v = 20 WHERE id = 1'); // autocommit, xid 5
    const state = e.inspect(['RR', 'RC', 'W']);
    expect(state.sessions.map((s) => [s.name, s.snapshotSource, s.snapshot?.xmax])).toEqual([
      ['RR', 'transaction', 5],
      ['RC', 'next-statement', 6],
      ['W', 'next-statement', 6],
    ]);
    expect(state.tables[0]!.versions.map((v) => [v.values[1], v.visibleTo])).toEqual([
      [10, { RR: true, RC: false, W: false }],
      [20, { RR: false, RC: true, W: true }],
    ]);
  });

  it('shows row locks, waits and aborted blocks', () => {
    const e = engineWithRow();
    e.execute('A', 'BEGIN');
    e.execute('A', 'SELECT * FROM t FOR UPDATE');
    e.execute('B', 'BEGIN');
    expect(e.execute('B', 'UPDATE t SET v = 0').status).toBe('blocked');
    e.execute('C', 'BEGIN');
    e.execute('C', 'SELECT nope FROM t');
    const state = e.inspect(['A', 'B', 'C']);
    expect(state.tables[0]!.versions[0]).toMatchObject({ xmax: { xid: 5, session: 'A', state: 'in-progress' }, lockOnly: true, visibleTo: { A: true, B: true } });
    expect(state.sessions[1]).toMatchObject({ name: 'B', waitingFor: { xid: 5, session: 'A' }, snapshotSource: 'statement', xid: 6 });
    expect(state.sessions[2]).toMatchObject({ name: 'C', status: 'failed', snapshot: null, snapshotSource: null });
    expect('C' in state.tables[0]!.versions[0]!.visibleTo).toBe(false);
  });

  it('records SERIALIZABLE rw-conflicts by session', () => {
    const e = engineWithRow();
    e.execute('__setup__', 'INSERT INTO t VALUES (2, 10)');
    for (const s of ['A', 'B']) {
      e.execute(s, 'BEGIN ISOLATION LEVEL SERIALIZABLE');
      e.execute(s, 'SELECT sum(v) FROM t');
    }
    e.execute('A', 'UPDATE t SET v = 0 WHERE id = 1');
    e.execute('B', 'UPDATE t SET v = 0 WHERE id = 2');
    const [a, b] = e.inspect(['A', 'B']).sessions;
    expect(a).toMatchObject({ rwConflictsOut: ['B'], rwConflictsIn: ['B'] });
    expect(b).toMatchObject({ rwConflictsOut: ['A'], rwConflictsIn: ['A'] });
  });
});
