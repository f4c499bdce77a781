import { describe, expect, it } from 'vitest';
import { anomalyStep, anomalyVerdict } from './anomaly';
import { buildLevelMatrix } from './level-matrix';
import { instantiate, levelsOf, SCENARIOS, scenarioById } from './scenarios';
import { traceScenario } from '../engine/trace';
import type { IsolationLevel } from '../engine/types';

const verdict = (id: string, level: IsolationLevel) => {
  const s = scenarioById(id)!;
  return anomalyVerdict(s, traceScenario(instantiate(s, level)), level);
};

describe('anomalies along the timeline', () => {
  it('finds an anomaly exactly where the level matrix says one happens', () => {
    const matrix = buildLevelMatrix();
    for (const s of SCENARIOS) {
      const row = matrix.find((r) => r.scenario === s.id)!;
      for (const level of levelsOf(s)) {
        const at = anomalyStep(s, traceScenario(instantiate(s, level)));
        expect(at !== null, `${s.id} at ${level}`).toBe(row.observed[level]);
      }
    }
  });

  it('calls the anomaly out at the step where it becomes true', () => {
    expect(verdict('lost-update', 'READ COMMITTED')).toEqual({
      kind: 'lost-update',
      name: 'Lost update',
      happenedAt: 8,
      text: 'Lost update at READ COMMITTED, step 9. B wrote 120 over A’s committed 110: A’s +10 is lost, and both sessions were told they succeeded.',
    });
    expect(verdict('deadlock', 'SERIALIZABLE').happenedAt).toBe(5);
    expect(verdict('non-repeatable-read', 'READ COMMITTED').happenedAt).toBe(5);
  });

  it('says what prevented it: an error, or the snapshot alone', () => {
    expect(verdict('lost-update', 'REPEATABLE READ').text).toBe(
      'No lost update at REPEATABLE READ. B’s UPDATE failed with 40001 at step 7: PostgreSQL refused rather than let the anomaly through; the application retries the transaction.',
    );
    expect(verdict('write-skew', 'SERIALIZABLE').text).toMatch(/^No write skew at SERIALIZABLE\. B’s COMMIT failed with 40001 at step 8/);
    expect(verdict('duplicate-key-race', 'READ COMMITTED').text).toMatch(/B’s INSERT failed with 23505 at step 7: the unique index refused the second copy\.$/);
    expect(verdict('dirty-read', 'READ UNCOMMITTED').text).toMatch(/^No dirty read at READ UNCOMMITTED \(run as READ COMMITTED\)\. B read 100/);
    expect(verdict('lost-update-atomic', 'READ COMMITTED').text).toMatch(/the counter ends at 130\.$/);
  });

  it('finds nothing in a halted trace', () => {
    const s = scenarioById('lost-update')!;
    expect(anomalyStep(s, traceScenario({ setup: ['SELECT * FROM nope'], steps: [] }))).toBeNull();
  });
});
