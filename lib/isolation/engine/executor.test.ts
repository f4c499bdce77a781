import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { IsolationLevel } from './types';

function engine(rows = '(1, 10), (2, 20), (3, 30)'): Engine {
  const e = new Engine();
  e.execute('setup', 'CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)');
  e.execute('setup', `INSERT INTO t VALUES ${rows}`);
  return e;
}

const rowsOf = (e: Engine, sql: string) => e.execute('observer', sql).rows;

describe('READ COMMITTED re-check (EvalPlanQual)', () => {
  it('applies the update to the newest version after the blocker commits', () => {
    const e = engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE t SET v = v + 1 WHERE id = 1');
    e.execute('B', 'BEGIN');
    expect(e.execute('B', 'UPDATE t SET v = v * 10 WHERE id = 1').status).toBe('blocked');
    e.execute('A', 'COMMIT');
    e.execute('B', 'COMMIT');
    expect(rowsOf(e, 'SELECT v FROM t WHERE id = 1')).toEqual([{ v: 110 }]);
  });

  it('skips a row whose newest version no longer matches the WHERE clause', () => {
    const e = engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE t SET v = 99 WHERE id = 1');
    e.execute('B', 'BEGIN');
    e.execute('B', 'UPDATE t SET v = 0 WHERE v < 15');
    e.execute('A', 'COMMIT');
    e.execute('B', 'COMMIT');
    expect(rowsOf(e, 'SELECT v FROM t WHERE id = 1')).toEqual([{ v: 99 }]);
  });

  it('proceeds on the original version when the blocker rolls back', () => {
    const e = engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'DELETE FROM t WHERE id = 2');
    e.execute('B', 'BEGIN');
    e.execute('B', 'UPDATE t SET v = v + 1 WHERE id = 2');
    e.execute('A', 'ROLLBACK');
    e.execute('B', 'COMMIT');
    expect(rowsOf(e, 'SELECT v FROM t WHERE id = 2')).toEqual([{ v: 21 }]);
  });

  it('does not follow an update chain left behind by a rolled-back updater', () => {
    const e = engine();
    e.execute('B', 'BEGIN');
    e.execute('B', 'UPDATE t SET v = v * 2 WHERE id = 3');
    e.execute('C', 'BEGIN');
    expect(e.execute('C', 'DELETE FROM t WHERE id = 3').status).toBe('blocked');
    e.execute('B', 'ROLLBACK');
    e.execute('A', 'BEGIN');
    expect(e.execute('A', 'UPDATE t SET v = 0 WHERE id = 3').status).toBe('blocked');
    e.execute('C', 'COMMIT');
    e.execute('A', 'COMMIT');
    expect(rowsOf(e, 'SELECT id FROM t ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('returns the newest version from SELECT FOR UPDATE, in the original sort order', () => {
    const e = engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE t SET v = 35 WHERE id = 1');
    e.execute('B', 'BEGIN');
    expect(e.execute('B', 'SELECT id, v FROM t ORDER BY v FOR UPDATE').status).toBe('blocked');
    const c = e.execute('A', 'COMMIT');
    expect(c.resumed?.[0]?.rows).toEqual([
      { id: 1, v: 35 },
      { id: 2, v: 20 },
      { id: 3, v: 30 },
    ]);
  });
});

describe.each<IsolationLevel>(['REPEATABLE READ', 'SERIALIZABLE'])('%s write conflicts', (level) => {
  it('fails with 40001 when the row was updated by a transaction that committed after the snapshot', () => {
    const e = engine();
    e.execute('A', `BEGIN ISOLATION LEVEL ${level}`);
    e.execute('A', 'SELECT * FROM t');
    e.execute('B', 'UPDATE t SET v = 0 WHERE id = 1');
    expect(e.execute('A', 'UPDATE t SET v = 1 WHERE id = 1')).toMatchObject({
      status: 'error',
      sqlstate: '40001',
      message: 'could not serialize access due to concurrent update',
    });
  });

  it('says "concurrent delete" for a row deleted after the snapshot', () => {
    const e = engine();
    e.execute('A', `BEGIN ISOLATION LEVEL ${level}`);
    e.execute('A', 'SELECT * FROM t');
    e.execute('B', 'DELETE FROM t WHERE id = 1');
    expect(e.execute('A', 'DELETE FROM t WHERE id = 1').message).toBe('could not serialize access due to concurrent delete');
  });

  it('does not fail when the row was only locked by a transaction that has since committed', () => {
    const e = engine();
    e.execute('B', 'BEGIN');
    e.execute('B', 'SELECT * FROM t WHERE id = 1 FOR UPDATE');
    e.execute('A', `BEGIN ISOLATION LEVEL ${level}`);
    expect(e.execute('A', 'UPDATE t SET v = 1 WHERE id = 1').status).toBe('blocked');
    expect(e.execute('B', 'COMMIT').resumed).toEqual([{ session: 'A', status: 'ok' }]);
  });
});

describe('unique constraints', () => {
  it('makes a second inserter wait, then fail if the first commits', () => {
    const e = engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'INSERT INTO t VALUES (4, 40)');
    expect(e.execute('B', 'INSERT INTO t VALUES (4, 41)').status).toBe('blocked');
    expect(e.execute('A', 'COMMIT').resumed).toEqual([
      { session: 'B', status: 'error', sqlstate: '23505', message: 'duplicate key value violates unique constraint "t_pkey"' },
    ]);
  });

  it('lets the second inserter through if the first rolls back', () => {
    const e = engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'INSERT INTO t VALUES (4, 40)');
    e.execute('B', 'INSERT INTO t VALUES (4, 41)');
    expect(e.execute('A', 'ROLLBACK').resumed).toEqual([{ session: 'B', status: 'ok' }]);
    expect(rowsOf(e, 'SELECT v FROM t WHERE id = 4')).toEqual([{ v: 41 }]);
  });

  it('checks keys row by row during UPDATE, as a non-deferred constraint does', () => {
    const e = engine();
    expect(e.execute('A', 'UPDATE t SET id = id + 1').sqlstate).toBe('23505');
    expect(e.execute('A', 'UPDATE t SET id = id + 10').status).toBe('ok');
    expect(rowsOf(e, 'SELECT id FROM t ORDER BY id')).toEqual([{ id: 11 }, { id: 12 }, { id: 13 }]);
  });
});

describe('statement semantics', () => {
  it('never revisits rows the same UPDATE created (no Halloween problem)', () => {
    const e = engine();
    e.execute('A', 'UPDATE t SET v = v + 1');
    expect(rowsOf(e, 'SELECT sum(v) FROM t')).toEqual([{ sum: 63 }]);
  });

  it('returns rows in physical order without ORDER BY, with updated rows moved to the end', () => {
    const e = engine();
    e.execute('A', 'UPDATE t SET v = 11 WHERE id = 1');
    expect(rowsOf(e, 'SELECT id FROM t')).toEqual([{ id: 2 }, { id: 3 }, { id: 1 }]);
  });

  it('names output columns as PostgreSQL does', () => {
    const e = engine();
    expect(rowsOf(e, 'SELECT count(*), sum(v), min(v), max(v), 1 FROM t WHERE id = 1')).toEqual([
      { count: 1, sum: 10, min: 10, max: 10, '?column?': 1 },
    ]);
    expect(rowsOf(e, 'SELECT id, v + 1, v AS "Value" FROM t WHERE id = 2')).toEqual([{ id: 2, '?column?': 21, Value: 20 }]);
  });

  it('sorts NULLs last ascending and first descending', () => {
    const e = new Engine();
    e.execute('s', 'CREATE TABLE n (a int)');
    e.execute('s', 'INSERT INTO n VALUES (2), (NULL), (1)');
    expect(rowsOf(e, 'SELECT a FROM n ORDER BY a')).toEqual([{ a: 1 }, { a: 2 }, { a: null }]);
    expect(rowsOf(e, 'SELECT a FROM n ORDER BY a DESC')).toEqual([{ a: null }, { a: 2 }, { a: 1 }]);
  });

  it('hides a table created in an open transaction from other sessions', () => {
    const e = new Engine();
    e.execute('A', 'BEGIN');
    e.execute('A', 'CREATE TABLE x (a int)');
    expect(e.execute('B', 'SELECT * FROM x')).toMatchObject({ status: 'error', sqlstate: '42P01' });
    e.execute('A', 'COMMIT');
    expect(e.execute('B', 'SELECT * FROM x').rows).toEqual([]);
  });
});
