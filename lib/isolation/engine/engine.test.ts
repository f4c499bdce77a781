import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { IN_FAILED_TRANSACTION_MESSAGE, ScenarioError } from './errors';

function withAccounts(): Engine {
  const e = new Engine();
  e.execute('setup', 'CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL)');
  e.execute('setup', 'INSERT INTO accounts VALUES (1, 100), (2, 100)');
  return e;
}

describe('sessions and transaction blocks', () => {
  it('runs statements outside BEGIN in autocommit', () => {
    const e = withAccounts();
    expect(e.execute('A', 'UPDATE accounts SET balance = 0 WHERE id = 1')).toEqual({
      session: 'A',
      sql: 'UPDATE accounts SET balance = 0 WHERE id = 1',
      status: 'ok',
    });
    expect(e.execute('B', 'SELECT balance FROM accounts WHERE id = 1').rows).toEqual([{ balance: 0 }]);
  });

  it('answers 25P02 inside a failed block and rolls back on COMMIT', () => {
    const e = withAccounts();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE accounts SET balance = 0 WHERE id = 1');
    expect(e.execute('A', 'SELECT 1/0')).toMatchObject({ status: 'error', sqlstate: '22012', message: 'division by zero' });
    expect(e.transactionStatus('A')).toBe('failed');
    expect(e.execute('A', 'SELECT 1')).toMatchObject({ status: 'error', sqlstate: '25P02', message: IN_FAILED_TRANSACTION_MESSAGE });
    // A syntax error is still reported as such: parsing happens before the aborted-state check.
    expect(e.execute('A', 'SELEC 1')).toMatchObject({ status: 'error', sqlstate: '42601' });
    expect(e.execute('A', 'COMMIT').status).toBe('ok');
    expect(e.transactionStatus('A')).toBe('idle');
    expect(e.execute('A', 'SELECT balance FROM accounts WHERE id = 1').rows).toEqual([{ balance: 100 }]);
  });

  it('only warns (status ok) for COMMIT/ROLLBACK outside a block and BEGIN inside one', () => {
    const e = withAccounts();
    expect(e.execute('A', 'COMMIT').status).toBe('ok');
    expect(e.execute('A', 'ROLLBACK').status).toBe('ok');
    expect(e.execute('A', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE').status).toBe('ok');
    e.execute('A', 'BEGIN');
    expect(e.execute('A', 'BEGIN').status).toBe('ok');
    expect(e.transactionStatus('A')).toBe('in-transaction');
  });

  it('rejects SET TRANSACTION after the first query with 25001', () => {
    const e = withAccounts();
    e.execute('A', 'BEGIN');
    e.execute('A', 'SELECT 1');
    expect(e.execute('A', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE')).toMatchObject({ status: 'error', sqlstate: '25001' });
  });

  it('throws ScenarioError when a step goes to a blocked session', () => {
    const e = withAccounts();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE accounts SET balance = 1 WHERE id = 1');
    expect(e.execute('B', 'UPDATE accounts SET balance = 2 WHERE id = 1').status).toBe('blocked');
    expect(e.isBlocked('B')).toBe(true);
    expect(() => e.execute('B', 'SELECT 1')).toThrow(ScenarioError);
  });

  it('reports blocked statements as resumed at the step that released them, and autocommits them', () => {
    const e = withAccounts();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE accounts SET balance = balance + 1 WHERE id = 1');
    expect(e.execute('B', 'UPDATE accounts SET balance = balance * 2 WHERE id = 1').status).toBe('blocked');
    const commit = e.execute('A', 'COMMIT');
    expect(commit).toEqual({ session: 'A', sql: 'COMMIT', status: 'ok', resumed: [{ session: 'B', status: 'ok' }] });
    expect(e.execute('C', 'SELECT balance FROM accounts WHERE id = 1').rows).toEqual([{ balance: 202 }]);
  });

  it('wakes a waiter as soon as an error aborts the holder, before its ROLLBACK', () => {
    const e = withAccounts();
    e.execute('A', 'BEGIN');
    e.execute('A', 'UPDATE accounts SET balance = 5 WHERE id = 1');
    e.execute('B', 'BEGIN');
    e.execute('B', 'SELECT * FROM accounts WHERE id = 1 FOR UPDATE');
    const err = e.execute('A', 'SELECT nope FROM accounts');
    expect(err).toMatchObject({ status: 'error', sqlstate: '42703' });
    expect(err.resumed).toEqual([{ session: 'B', status: 'ok', rows: [{ id: 1, balance: 100 }] }]);
  });
});

describe('deadlocks', () => {
  it('fails the statement whose wait closes the cycle with 40P01 and resumes the other', () => {
    const e = withAccounts();
    e.execute('A', 'BEGIN');
    e.execute('B', 'BEGIN');
    e.execute('A', 'UPDATE accounts SET balance = 0 WHERE id = 1');
    e.execute('B', 'UPDATE accounts SET balance = 0 WHERE id = 2');
    expect(e.execute('A', 'UPDATE accounts SET balance = 1 WHERE id = 2').status).toBe('blocked');
    const b = e.execute('B', 'UPDATE accounts SET balance = 1 WHERE id = 1');
    expect(b).toMatchObject({ status: 'error', sqlstate: '40P01', message: 'deadlock detected' });
    expect(b.resumed).toEqual([{ session: 'A', status: 'ok' }]);
    expect(e.execute('B', 'SELECT 1').sqlstate).toBe('25P02');
    e.execute('A', 'COMMIT');
    expect(e.execute('C', 'SELECT * FROM accounts ORDER BY id').rows).toEqual([
      { id: 1, balance: 0 },
      { id: 2, balance: 1 },
    ]);
  });

  it('detects a three-way cycle', () => {
    const e = withAccounts();
    e.execute('setup', 'INSERT INTO accounts VALUES (3, 100)');
    for (const [s, id] of [['A', 1], ['B', 2], ['C', 3]] as const) {
      e.execute(s, 'BEGIN');
      e.execute(s, `UPDATE accounts SET balance = 0 WHERE id = ${id}`);
    }
    expect(e.execute('A', 'UPDATE accounts SET balance = 1 WHERE id = 2').status).toBe('blocked');
    expect(e.execute('B', 'UPDATE accounts SET balance = 1 WHERE id = 3').status).toBe('blocked');
    const c = e.execute('C', 'UPDATE accounts SET balance = 1 WHERE id = 1');
    expect(c).toMatchObject({ status: 'error', sqlstate: '40P01', resumed: [{ session: 'B', status: 'ok' }] });
    expect(e.isBlocked('A')).toBe(true);
  });
});
