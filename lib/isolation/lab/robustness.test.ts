import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anomalyVerdict } from './anomaly';
import { CONFORMANCE_CASES, conformanceLevels, instantiateCase } from '../conformance/cases';
import { announceStep, explainStart, explainStep, resumedOutcomeLabel, stepOutcomeLabel } from './explain';
import { buildLabRun } from './model';
import { decodeLabQuery } from './url';
import { randomInterleaving } from '../conformance/random-interleavings';
import { SCENARIOS } from './scenarios';
import { SETUP_PREFIX } from './script';
import { traceScenario, type ScenarioTrace } from '../engine/trace';
import { ISOLATION_LEVELS, type ScenarioInput } from '../engine/types';

/** Everything the lab derives from a trace, for every position: none of it may throw. */
function renderAll(trace: ScenarioTrace): void {
  explainStart(trace);
  for (let i = 0; i <= trace.steps.length; i++) announceStep(trace, i);
  trace.steps.forEach((step, i) => {
    explainStep(trace, i);
    stepOutcomeLabel(trace, i);
    for (const r of step.result.resumed ?? []) resumedOutcomeLabel(trace, i, r);
  });
}

function asScript(input: ScenarioInput): string {
  return [...input.setup.map((sql) => `${SETUP_PREFIX}: ${sql}`), ...input.steps.map((s) => `${s.session}: ${s.sql}`)].join('\n');
}

describe('the lab never throws', () => {
  it('on every library scenario, conformance case and 200 random interleavings, at every level', () => {
    for (const s of SCENARIOS) {
      for (const level of ISOLATION_LEVELS) {
        const built = buildLabRun(s.id, level);
        expect(built.ok).toBe(true);
        if (!built.ok) continue;
        renderAll(built.run.trace);
        anomalyVerdict(s, built.run.trace, level);
      }
    }
    for (const c of CONFORMANCE_CASES) for (const level of conformanceLevels(c)) renderAll(traceScenario(instantiateCase(c, level)));
    for (let seed = 1; seed <= 200; seed++) {
      const input = randomInterleaving(seed);
      const built = buildLabRun('custom', 'READ COMMITTED', asScript(input));
      if (built.ok) renderAll(built.run.trace);
    }
  }, 120_000);

  it('on arbitrary text typed into the editor', () => {
    const sessions = fc.constantFrom('A', 'B', 'C', 'setup', 'observer', '', '1x', '<b>');
    const sql = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        'BEGIN ISOLATION LEVEL {level}',
        'BEGIN',
        'COMMIT',
        'ROLLBACK',
        'CREATE TABLE t (id int PRIMARY KEY, v int)',
        'INSERT INTO t VALUES (1, 1)',
        'UPDATE t SET v = v + 1 WHERE id = 1',
        'DELETE FROM t WHERE id = 1',
        'SELECT * FROM t FOR UPDATE',
        'SELECT count(*) FROM t',
        "SELECT 'x' || 1",
        'SELECT 1/0',
        'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
        'SELECT * FROM nope',
      ),
    );
    const line = fc.oneof(fc.tuple(sessions, sql).map(([s, q]) => `${s}: ${q}`), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(...ISOLATION_LEVELS), (lines, level) => {
        const built = buildLabRun('custom', level, lines.join('\n'));
        if (built.ok) renderAll(built.run.trace);
        else expect(built.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('on arbitrary query strings', () => {
    const defaults = { scenario: 'lost-update', level: 'READ COMMITTED' as const, step: 0 };
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (search) => {
        const { state } = decodeLabQuery(search, defaults);
        const built = buildLabRun(state.scenario, state.level, state.script ?? '');
        expect(built.ok).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
