/**
 * Derives "which isolation level prevents what" from actual runs of the
 * scenario library, rather than from a hand-written table: each scenario is
 * run at each level and its own detector says whether the anomaly happened.
 * The same function works with the engine (`runScenario`) and, in the replay
 * test, with runs recorded from a real PostgreSQL server.
 */
import { runScenario } from '../engine/index';
import { instantiate, levelsOf, outcomesOf, SCENARIOS, type AnomalyKind, type ScenarioDefinition } from './scenarios';
import type { IsolationLevel, ScenarioInput, ScenarioRun } from '../engine/types';

/** For one scenario: did its anomaly occur at each level it was run at? */
export interface LevelMatrixRow {
  scenario: string;
  anomaly: AnomalyKind;
  observed: Partial<Record<IsolationLevel, boolean>>;
}

/** Machine-readable summary: one row per scenario. */
export type LevelMatrix = LevelMatrixRow[];

/** Matrix row for one scenario from already-recorded runs, keyed by level. */
export function matrixRow(s: ScenarioDefinition, runs: Partial<Record<IsolationLevel, ScenarioRun>>): LevelMatrixRow {
  const observed: Partial<Record<IsolationLevel, boolean>> = {};
  for (const level of levelsOf(s)) {
    const run = runs[level];
    if (run) observed[level] = s.detect(outcomesOf(s, run));
  }
  return { scenario: s.id, anomaly: s.anomaly, observed };
}

/** Build the matrix by running every scenario at every level with `run` (the engine by default). */
export function buildLevelMatrix(
  run: (input: ScenarioInput) => ScenarioRun = runScenario,
  scenarios: readonly ScenarioDefinition[] = SCENARIOS,
): LevelMatrix {
  return scenarios.map((s) => {
    const runs: Partial<Record<IsolationLevel, ScenarioRun>> = {};
    for (const level of levelsOf(s)) runs[level] = run(instantiate(s, level));
    return matrixRow(s, runs);
  });
}

/** Levels at which a scenario's anomaly did not occur: the levels that prevent it. */
export function preventingLevels(row: LevelMatrixRow): IsolationLevel[] {
  return (Object.entries(row.observed) as Array<[IsolationLevel, boolean]>).filter(([, seen]) => !seen).map(([level]) => level);
}
