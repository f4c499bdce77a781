/**
 * Replays every scenario of the library at every isolation level against a real
 * PostgreSQL server and asserts the engine reports the same thing, step by step:
 * status (ok / blocked / error), SQLSTATE, error message, rows, and which blocked
 * statements resumed at which step.
 *
 * Normalisation (applied to PostgreSQL's side by the runner): the `pg` driver returns
 * int8 and numeric columns — bigint, count(*), sum(int) — as strings; they are converted
 * to numbers, which is what the engine returns. `resumed` lists are compared sorted by session.
 *
 * The server runs with index scans disabled: the engine models sequential scans (and their
 * relation-level SIREAD locks), so PostgreSQL is made to plan every query the same way.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresScenarioRunner } from '../../../scripts/pg/scenario-runner';
import { startTestPostgres, type TestPostgres } from '../../../scripts/pg/test-server';
import { runScenario } from '../engine/index';
import { CONFORMANCE_CASES, conformanceLevels, instantiateCase } from './cases';
import { buildLevelMatrix, matrixRow, type LevelMatrix } from '../lab/level-matrix';
import { randomInterleaving } from './random-interleavings';
import { instantiate, levelsOf, SCENARIOS } from '../lab/scenarios';
import type { IsolationLevel, ScenarioRun, StepResult } from '../engine/types';

const DEADLOCK_TIMEOUT_MS = 20;

let server: TestPostgres | undefined;
let runner: PostgresScenarioRunner | undefined;
const pgRuns = new Map<string, Partial<Record<IsolationLevel, ScenarioRun>>>();

beforeAll(async () => {
  server = await startTestPostgres({
    settings: {
      deadlock_timeout: `${DEADLOCK_TIMEOUT_MS}ms`,
      enable_indexscan: 'off',
      enable_bitmapscan: 'off',
      enable_indexonlyscan: 'off',
      max_connections: '30',
    },
  });
  runner = new PostgresScenarioRunner({ host: server.host, port: server.port, deadlockTimeoutMs: DEADLOCK_TIMEOUT_MS });
  await runner.init();
}, 60_000);

afterAll(async () => {
  await runner?.close();
  await server?.stop();
});

/** Comparable form of a run: resumed entries sorted by session. */
function comparable(run: ScenarioRun): StepResult[] {
  return run.steps.map((s) => {
    const out: StepResult = { ...s };
    if (s.resumed) out.resumed = [...s.resumed].sort((a, b) => a.session.localeCompare(b.session));
    return out;
  });
}

describe('engine matches PostgreSQL', () => {
  for (const scenario of SCENARIOS) {
    for (const level of levelsOf(scenario)) {
      it(`${scenario.id} at ${level}`, async () => {
        const input = instantiate(scenario, level);
        const pg = await (runner as PostgresScenarioRunner).run(input);
        const mine = runScenario(input);
        const runs = pgRuns.get(scenario.id) ?? {};
        runs[level] = pg;
        pgRuns.set(scenario.id, runs);
        expect(comparable(mine)).toEqual(comparable(pg));
      }, 30_000);
    }
  }

  for (const c of CONFORMANCE_CASES) {
    for (const level of conformanceLevels(c)) {
      it(`conformance: ${c.id} at ${level}`, async () => {
        const input = instantiateCase(c, level);
        const pg = await (runner as PostgresScenarioRunner).run(input);
        expect(comparable(runScenario(input))).toEqual(comparable(pg));
      }, 30_000);
    }
  }

  // Seeded random interleavings of reads, updates, deletes, inserts and row locks (see random-interleavings.ts).
  const RANDOM_CASES = Number(process.env.ISOLATION_REPLAY_RANDOM ?? 60);
  it(`${RANDOM_CASES} seeded random interleavings`, async () => {
    for (let seed = 1; seed <= RANDOM_CASES; seed++) {
      const input = randomInterleaving(seed);
      const pg = await (runner as PostgresScenarioRunner).run(input);
      expect(comparable(runScenario(input)), `seed ${seed}`).toEqual(comparable(pg));
    }
  }, 120_000);

  it('level matrix from PostgreSQL runs equals the engine-derived matrix', () => {
    const fromPg: LevelMatrix = SCENARIOS.map((s) => matrixRow(s, pgRuns.get(s.id) ?? {}));
    const summaryPath = process.env.ISOLATION_REPLAY_SUMMARY;
    if (summaryPath) writeFileSync(summaryPath, JSON.stringify({ source: 'postgresql', matrix: fromPg }, null, 2));
    expect(fromPg).toEqual(buildLevelMatrix());
  });
});
