import { describe, expect, it } from 'vitest';
import { runScenario, ScenarioError, SETUP_SESSION } from './index';

describe('runScenario', () => {
  it('runs setup on its own session and returns one result per step', () => {
    const run = runScenario({
      setup: ['CREATE TABLE t (id int PRIMARY KEY, v int)', 'INSERT INTO t VALUES (1, 1)'],
      steps: [
        { session: 'A', sql: 'BEGIN' },
        { session: 'A', sql: 'SELECT * FROM t' },
        { session: 'B', sql: 'SELECT nope FROM t' },
        { session: 'A', sql: 'COMMIT' },
      ],
    });
    expect(run.steps).toEqual([
      { session: 'A', sql: 'BEGIN', status: 'ok' },
      { session: 'A', sql: 'SELECT * FROM t', status: 'ok', rows: [{ id: 1, v: 1 }] },
      { session: 'B', sql: 'SELECT nope FROM t', status: 'error', sqlstate: '42703', message: 'column "nope" does not exist' },
      { session: 'A', sql: 'COMMIT', status: 'ok' },
    ]);
    expect(SETUP_SESSION).toBe('__setup__');
  });

  it('throws ScenarioError when setup fails or a step is sent to a blocked session', () => {
    expect(() => runScenario({ setup: ['SELECT * FROM missing'], steps: [] })).toThrow(ScenarioError);
    expect(() =>
      runScenario({
        setup: ['CREATE TABLE t (id int PRIMARY KEY)', 'INSERT INTO t VALUES (1)'],
        steps: [
          { session: 'A', sql: 'BEGIN' },
          { session: 'A', sql: 'DELETE FROM t' },
          { session: 'B', sql: 'DELETE FROM t' },
          { session: 'B', sql: 'SELECT 1' },
        ],
      }),
    ).toThrow(/session "B" is blocked/);
  });

  // Its speed (the 5 ms target) is measured by the widgets benchmark, not asserted here.
  it('runs a 20-step scenario with one result per step', () => {
    const steps = [
      { session: 'A', sql: 'BEGIN ISOLATION LEVEL SERIALIZABLE' },
      { session: 'B', sql: 'BEGIN ISOLATION LEVEL SERIALIZABLE' },
      { session: 'A', sql: 'SELECT count(*) FROM t WHERE v > 0' },
      { session: 'B', sql: 'SELECT sum(v) FROM t' },
      { session: 'A', sql: 'UPDATE t SET v = v + 1 WHERE id = 1' },
      { session: 'B', sql: 'UPDATE t SET v = v + 1 WHERE id = 2' },
      { session: 'A', sql: 'INSERT INTO t VALUES (10, 10)' },
      { session: 'B', sql: 'SELECT * FROM t ORDER BY v DESC' },
      { session: 'A', sql: 'COMMIT' },
      { session: 'B', sql: 'COMMIT' },
      { session: 'C', sql: 'BEGIN' },
      { session: 'C', sql: 'UPDATE t SET v = 0 WHERE id = 3' },
      { session: 'D', sql: 'UPDATE t SET v = 1 WHERE id = 3' },
      { session: 'C', sql: 'COMMIT' },
      { session: 'C', sql: 'SELECT * FROM t WHERE id IN (1, 2, 3)' },
      { session: 'C', sql: 'DELETE FROM t WHERE id > 5' },
      { session: 'C', sql: 'SELECT count(*) FROM t' },
      { session: 'D', sql: 'SELECT min(v), max(v) FROM t' },
      { session: 'D', sql: 'SELECT 1/0' },
      { session: 'D', sql: 'SELECT id FROM t ORDER BY id' },
    ];
    const input = {
      setup: ['CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)', 'INSERT INTO t VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)'],
      steps,
    };
    const run = runScenario(input);
    expect(run.steps).toHaveLength(20);
    expect(run.steps.map((step) => step.sql)).toEqual(steps.map((step) => step.sql));
  });
});
