import { describe, expect, it } from 'vitest';
import { TWENTY_STEP_SCENARIO } from '../conformance/bench-scenario';
import { runScenario } from './index';
import { instantiate, levelsOf, SCENARIOS, scenarioById } from '../lab/scenarios';
import { stateBefore, summarizeStatement, traceScenario } from './trace';
import type { IsolationLevel } from './types';

const lostUpdate = (level: IsolationLevel) => traceScenario(instantiate(scenarioById('lost-update')!, level));

describe('traceScenario', () => {
  it('reports exactly what runScenario reports, for every scenario at every level', () => {
    for (const s of SCENARIOS) {
      for (const level of levelsOf(s)) {
        const input = instantiate(s, level);
        const trace = traceScenario(input);
        expect(trace.halt, `${s.id} at ${level}`).toBeNull();
        expect(trace.steps.map((st) => st.result), `${s.id} at ${level}`).toEqual(runScenario(input).steps);
      }
    }
  });

  it('lists sessions in order of first appearance, without the setup session', () => {
    expect(lostUpdate('READ COMMITTED').sessions).toEqual(['A', 'B', 'observer']);
    expect(traceScenario(instantiate(scenarioById('read-only-anomaly')!, 'SERIALIZABLE')).sessions).toEqual(['R', 'C', 'report', 'observer']);
  });

  it('links a blocked step to the step that releases it, and back', () => {
    const trace = lostUpdate('READ COMMITTED');
    const blocked = trace.steps[5]!;
    expect(blocked.result.status).toBe('blocked');
    expect(blocked.waitsFor).toMatchObject({ session: 'A', xid: 5, state: 'in-progress' });
    expect(blocked.releasedAt).toBe(6);
    expect(trace.steps[6]!.result.resumed?.[0]).toMatchObject({ session: 'B', status: 'ok' });
    expect(trace.steps[6]!.resumedFrom).toEqual([5]);
    expect(trace.steps.filter((s) => s.result.status !== 'blocked').every((s) => s.releasedAt === null)).toBe(true);
  });

  it('records row versions with xmin and xmax after each step', () => {
    const trace = lostUpdate('READ COMMITTED');
    const versions = (i: number) => trace.steps[i]!.state.tables[0]!.versions;
    expect(trace.initial.tables[0]!.versions).toHaveLength(1);
    // A's UPDATE: the setup version is replaced by xid 5, and a new version (xmin 5) is linked from it.
    expect(versions(4)).toMatchObject([
      { id: 1, values: [1, 100], xmin: { session: '__setup__', state: 'committed' }, xmax: { xid: 5, session: 'A', state: 'in-progress' }, nextId: 2 },
      { id: 2, values: [1, 110], xmin: { xid: 5, session: 'A', state: 'in-progress' }, xmax: null, nextId: null },
    ]);
    // After everything: A's version replaced by B's, all committed.
    const last = versions(8);
    expect(last.map((v) => v.values[1])).toEqual([100, 110, 120]);
    expect(last[1]!.xmax).toMatchObject({ xid: 6, session: 'B', state: 'committed' });
  });

  it('says which version each session’s snapshot sees', () => {
    const trace = lostUpdate('READ COMMITTED');
    const afterUpdate = trace.steps[4]!.state.tables[0]!.versions;
    expect(afterUpdate.map((v) => v.visibleTo)).toEqual([
      { A: false, B: true, observer: true },
      { A: true, B: false, observer: false },
    ]);
  });

  it('remembers when a REPEATABLE READ snapshot was taken and forgets it when the transaction ends', () => {
    const trace = traceScenario(instantiate(scenarioById('non-repeatable-read')!, 'REPEATABLE READ'));
    expect(trace.steps[0]!.snapshotTakenAt).toEqual({}); // BEGIN takes no snapshot
    expect(trace.steps[1]!.snapshotTakenAt).toEqual({ A: 1 });
    expect(trace.steps[5]!.snapshotTakenAt.A).toBe(1);
    expect(trace.steps[6]!.snapshotTakenAt).toEqual({});
    expect(stateBefore(trace, 0)).toBe(trace.initial);
    expect(stateBefore(trace, 3)).toBe(trace.steps[2]!.state);
  });

  it('halts, without throwing, when setup fails', () => {
    const trace = traceScenario({ setup: ['CREATE TABLE t (id int)', 'INSERT INTO nope VALUES (1)'], steps: [{ session: 'A', sql: 'SELECT 1' }] });
    expect(trace.steps).toEqual([]);
    expect(trace.halt).toEqual({ phase: 'setup', index: 1, message: 'setup statement failed: 42P01 relation "nope" does not exist' });
  });

  it('halts at a statement sent to a session that is still waiting', () => {
    const trace = traceScenario({
      setup: ['CREATE TABLE t (id int PRIMARY KEY)', 'INSERT INTO t VALUES (1)'],
      steps: [
        { session: 'A', sql: 'BEGIN' },
        { session: 'A', sql: 'DELETE FROM t' },
        { session: 'B', sql: 'DELETE FROM t' },
        { session: 'B', sql: 'SELECT 1' },
        { session: 'A', sql: 'COMMIT' },
      ],
    });
    expect(trace.steps).toHaveLength(3);
    expect(trace.halt).toMatchObject({ phase: 'step', index: 3 });
    expect(trace.halt?.message).toMatch(/^B is still waiting for a lock \(since step 3\)/);
    expect(trace.steps[2]!.releasedAt).toBeNull();
  });

  it('summarises statements for explanations and never throws', () => {
    expect(summarizeStatement('BEGIN ISOLATION LEVEL SERIALIZABLE')).toEqual({ kind: 'begin', level: 'SERIALIZABLE' });
    expect(summarizeStatement('begin')).toEqual({ kind: 'begin' });
    expect(summarizeStatement('SELECT * FROM t FOR UPDATE')).toEqual({ kind: 'select', table: 't', forUpdate: true });
    expect(summarizeStatement('SELECT 1')).toEqual({ kind: 'select', forUpdate: false });
    expect(summarizeStatement('UPDATE t SET v = 1')).toEqual({ kind: 'update', table: 't' });
    expect(summarizeStatement('END')).toEqual({ kind: 'commit' });
    expect(summarizeStatement('SELEC 1')).toEqual({ kind: 'invalid' });
  });

  // Its speed (the 5 ms budget) is printed by the widgets benchmark, not asserted in a test.
  it('traces the 20-step benchmark scenario step for step like runScenario', () => {
    expect(TWENTY_STEP_SCENARIO.steps).toHaveLength(20);
    const trace = traceScenario(TWENTY_STEP_SCENARIO);
    expect(trace.halt).toBeNull();
    expect(trace.steps.map((s) => s.result)).toEqual(runScenario(TWENTY_STEP_SCENARIO).steps);
  });
});
