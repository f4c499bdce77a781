import { describe, expect, it } from 'vitest';
import { compareEngines, describeOutcome } from './compare';
import { instantiate, scenarioById, SCENARIOS, levelsOf } from './scenarios';
import type { IsolationLevel } from '../engine/types';

const run = (id: string, level: IsolationLevel, innodbSnapshotIsolation = false) =>
  compareEngines(instantiate(scenarioById(id) as NonNullable<ReturnType<typeof scenarioById>>, level), { innodbSnapshotIsolation });

describe('compareEngines', () => {
  it('lost update at REPEATABLE READ: PostgreSQL fails B, InnoDB lets it overwrite A', () => {
    const c = run('lost-update', 'REPEATABLE READ');
    const bUpdate = c.steps[5];
    expect(bUpdate?.differs).toBe(true);
    expect(bUpdate?.sentence).toBe(
      'Step 6 (B: UPDATE counters SET value = 120 WHERE id = 1): PostgreSQL waits for a lock, then fails with SQLSTATE 40001, ' +
        '“could not serialize access due to concurrent update” at step 7; InnoDB waits for a lock, then succeeds at step 7.',
    );
    expect(c.steps[8]?.sentence).toContain('PostgreSQL returns value = 110; InnoDB returns value = 120');
  });

  it('with innodb_snapshot_isolation the same step fails on both, so only the reads before it can differ', () => {
    const c = run('lost-update', 'REPEATABLE READ', true);
    expect(c.steps[5]?.differs).toBe(false);
    expect(c.steps[8]?.differs).toBe(false);
  });

  it('dirty read at READ UNCOMMITTED: only InnoDB shows the uncommitted balance', () => {
    const c = run('dirty-read', 'READ UNCOMMITTED');
    expect(c.differing).toBe(1);
    expect(c.steps[3]?.sentence).toBe('Step 4 (B: SELECT balance FROM accounts WHERE id = 1): PostgreSQL returns balance = 100; InnoDB returns balance = 10.');
  });

  it('agreeing runs have no sentences', () => {
    const c = run('deadlock', 'READ COMMITTED');
    expect(c.steps.filter((s) => s.differs).map((s) => s.index)).toEqual([]);
  });

  it('a step InnoDB cannot send (its session still waits) is reported, not thrown', () => {
    const c = run('non-repeatable-read', 'SERIALIZABLE');
    const notSent = c.steps.find((s) => s.innodb.status === 'not-sent');
    expect(notSent?.sentence).toContain('InnoDB cannot run it: the session is still waiting for a lock');
    expect(describeOutcome({ status: 'blocked' })).toBe('waits for a lock until the end');
  });

  it('runs every library scenario at every level without throwing', () => {
    for (const s of SCENARIOS) for (const level of levelsOf(s)) expect(() => compareEngines(instantiate(s, level))).not.toThrow();
  });
});
