import { describe, expect, it } from 'vitest';
import {
  announceStep,
  changesBy,
  describeRows,
  explainStart,
  explainStep,
  formatSnapshot,
  formatValue,
  resumedOutcomeLabel,
  snapshotSummary,
  snapshotWords,
  spoken,
  stepOutcomeLabel,
} from './explain';
import type { SessionView } from '../engine/inspect';
import { instantiate, scenarioById } from './scenarios';
import { traceScenario } from '../engine/trace';
import type { IsolationLevel } from '../engine/types';

const trace = (id: string, level: IsolationLevel) => traceScenario(instantiate(scenarioById(id)!, level));

describe('step explanations', () => {
  const rc = trace('lost-update', 'READ COMMITTED');
  const rr = trace('lost-update', 'REPEATABLE READ');

  it('says what each step of the lost update did at READ COMMITTED', () => {
    expect(rc.steps.map((_, i) => explainStep(rc, i).headline)).toEqual([
      'A starts a READ COMMITTED transaction.',
      'A reads value = 100.',
      'B starts a READ COMMITTED transaction.',
      'B reads value = 100.',
      'A updates 1 row.',
      'B’s UPDATE waits for A.',
      'A commits xid 5; B resumes.',
      'B commits xid 6.',
      'observer reads value = 120.',
    ]);
    expect(rc.steps.map((_, i) => explainStep(rc, i).tone)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'blocked', 'ok', 'ok', 'ok']);
  });

  it('names the lock holder and the statement that releases a waiting session', () => {
    expect(explainStep(rc, 5).details).toEqual([
      expect.stringContaining('changed or locked by A’s transaction (xid 5), which has not committed'),
      'It waits until step 7, when A runs COMMIT.',
    ]);
    expect(explainStep(rc, 6).details[1]).toMatch(/re-checks the WHERE clause on it \(EvalPlanQual\)/);
  });

  it('explains the serialization failure at REPEATABLE READ', () => {
    const e = explainStep(rr, 6);
    expect(e.tone).toBe('error');
    expect(e.details[1]).toMatch(/B’s waiting UPDATE \(step 6\) resumes\. It fails with 40001: could not serialize access due to concurrent update\./);
    expect(explainStep(rr, 7).headline).toBe('B’s COMMIT rolls back the failed transaction.');
    expect(explainStep(rr, 1).details[0]).toMatch(/first statement, so it takes the snapshot/);
  });

  it('says why a snapshot does not see a committed change', () => {
    const t = trace('non-repeatable-read', 'REPEATABLE READ');
    const second = explainStep(t, 5);
    expect(second.headline).toBe('A reads balance = 100.');
    expect(second.details).toContain('It reads from its transaction snapshot (it counts every xid below 5 as ended), taken at step 2.');
    expect(second.details.some((d) => d.startsWith('It does not see the version xid 5 (B) committed'))).toBe(true);
    const dirty = explainStep(trace('dirty-read', 'READ UNCOMMITTED'), 3);
    expect(dirty.details.some((d) => d.startsWith('It does not see the version xid 5 (A) wrote: that transaction has not committed'))).toBe(true);
    expect(explainStep(trace('dirty-read', 'READ UNCOMMITTED'), 0).details.join(' ')).toMatch(/runs it as READ COMMITTED/);
  });

  it('explains SSI failures with the recorded rw-conflicts, and deadlocks', () => {
    const ws = trace('write-skew', 'SERIALIZABLE');
    expect(explainStep(ws, 7).details).toContain('Conflicts recorded before this step: B read data A changed (B →rw A); A read data B changed (A →rw B).');
    const dl = trace('deadlock', 'READ COMMITTED');
    expect(explainStep(dl, 5).headline).toBe('B’s UPDATE fails: deadlock detected (40P01); A resumes.');
    expect(explainStep(dl, 7).headline).toBe('B rolls back its failed transaction.');
  });

  it('labels outcomes like psql command tags', () => {
    expect(rc.steps.map((_, i) => stepOutcomeLabel(rc, i))).toEqual([
      'BEGIN',
      'value = 100',
      'BEGIN',
      'value = 100',
      'UPDATE 1',
      'waiting for a lock',
      'COMMIT',
      'COMMIT',
      'value = 120',
    ]);
    expect(stepOutcomeLabel(rr, 7)).toBe('ROLLBACK');
    expect(resumedOutcomeLabel(rc, 6, rc.steps[6]!.result.resumed![0]!)).toBe('UPDATE 1');
    expect(resumedOutcomeLabel(rr, 6, rr.steps[6]!.result.resumed![0]!)).toBe('ERROR 40001');
    const guard = trace('oversell-guard', 'READ COMMITTED');
    expect(resumedOutcomeLabel(guard, 4, guard.steps[4]!.result.resumed![0]!)).toBe('UPDATE 0');
    expect(changesBy(rc.steps[3]!.state, rc.steps[4]!.state, 'A')).toEqual({ created: 1, replaced: 1, locked: 0, xid: 5 });
  });

  it('describes rows and values', () => {
    expect(describeRows([])).toBe('no rows');
    expect(describeRows([{ a: 1, b: 'x', c: null, d: true }])).toBe("a = 1, b = 'x', c = NULL, d = true");
    expect(describeRows([{ a: 1 }, { a: 2 }])).toBe('2 rows');
    expect(formatValue(null)).toBe('NULL');
  });

  it('announces the start and each step for screen readers', () => {
    expect(explainStart(rc).headline).toBe('Setup is done; no session has started yet.');
    expect(announceStep(rc, 0)).toBe('Start, before step 1 of 9. Setup is done; no session has started yet.');
    expect(announceStep(rc, 6)).toBe('Step 6 of 9. B’s UPDATE waits for A.');
    expect(announceStep(rc, 99)).toBe('');
  });
});

describe('snapshots in words', () => {
  const session = (snapshot: SessionView['snapshot'], snapshotSource: SessionView['snapshotSource']): SessionView => ({
    name: 'A',
    status: 'in-transaction',
    level: 'REPEATABLE READ',
    xid: 0,
    snapshot,
    snapshotSource,
    waitingFor: null,
    rwConflictsOut: [],
    rwConflictsIn: [],
  });

  it('writes a snapshot as pg_current_snapshot() does, with an empty in-progress list ending in a colon', () => {
    expect(formatSnapshot(session({ xmin: 5, xmax: 5, xip: [] }, 'next-statement'))).toBe('5:5:');
    expect(formatSnapshot(session({ xmin: 5, xmax: 8, xip: [5, 7] }, 'transaction'))).toBe('5:8:5,7');
  });

  it('says before the first step that no snapshot is held yet, in words before PostgreSQL’s notation', () => {
    const rc = trace('lost-update', 'READ COMMITTED');
    const a = rc.initial.sessions.find((s) => s.name === 'A')!;
    expect(snapshotSummary(a)).toBe('no snapshot yet; its next statement would take one: xmin 5, xmax 5, none in progress (PostgreSQL writes this as 5:5:)');
  });

  it('names the transactions still in progress and where a snapshot came from', () => {
    expect(snapshotWords(session({ xmin: 5, xmax: 7, xip: [5] }, 'transaction'))).toBe('xmin 5, xmax 7, xid 5 in progress (PostgreSQL writes this as 5:7:5)');
    expect(snapshotSummary(session({ xmin: 5, xmax: 9, xip: [5, 6, 8] }, 'transaction'), 2)).toBe(
      'transaction snapshot, taken at step 3: xmin 5, xmax 9, xids 5, 6 and 8 in progress (PostgreSQL writes this as 5:9:5,6,8)',
    );
    expect(snapshotSummary(session({ xmin: 6, xmax: 7, xip: [6] }, 'statement'))).toBe(
      'snapshot of the statement it is waiting in: xmin 6, xmax 7, xid 6 in progress (PostgreSQL writes this as 6:7:6)',
    );
    expect(snapshotSummary(session(null, null))).toBe('no snapshot');
  });
});

describe('spoken text', () => {
  it('drops the backticks that mark code on screen', () => {
    expect(spoken('re-checks `sold < capacity` on the row')).toBe('re-checks sold < capacity on the row');
    expect(spoken('no code here')).toBe('no code here');
  });
});
