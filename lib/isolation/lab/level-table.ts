/**
 * The lesson's "which level prevents what" table, generated from engine runs of the scenario library
 * (via level-matrix.ts's `matrixRow`), never typed by hand. Each cell also says how a prevented
 * anomaly was stopped: with an error the application must handle (40001) or silently, because the
 * snapshot never let it happen.
 */
import { runScenario } from '../engine/index';
import { matrixRow } from './level-matrix';
import { instantiate, scenarioById, type ScenarioDefinition } from './scenarios';
import { ISOLATION_LEVELS, type IsolationLevel, type ScenarioRun } from '../engine/types';

/** The anomalies the table shows, in the lesson's order, each with the scenario that demonstrates it. */
export const LEVEL_TABLE_COLUMNS = [
  { scenario: 'dirty-read', label: 'Dirty read' },
  { scenario: 'non-repeatable-read', label: 'Non-repeatable read' },
  { scenario: 'phantom-read', label: 'Phantom read' },
  { scenario: 'read-skew', label: 'Read skew' },
  { scenario: 'lost-update', label: 'Lost update' },
  { scenario: 'write-skew', label: 'Write skew' },
  { scenario: 'read-only-anomaly', label: 'Read-only anomaly' },
] as const;

/** One cell: did the anomaly happen, and if not, which error (if any) stopped it. */
export interface LevelTableCell {
  scenario: string;
  level: IsolationLevel;
  happened: boolean;
  /** SQLSTATE of the first 40001/40P01/23505 in the run when the anomaly did not happen; null if none. */
  preventedBy: string | null;
}

/** One row per level, weakest first. */
export interface LevelTableRow {
  level: IsolationLevel;
  cells: LevelTableCell[];
}

const PREVENTING_CODES = new Set(['40001', '40P01', '23505']);

function firstPreventingError(run: ScenarioRun): string | null {
  for (const step of run.steps) {
    if (step.sqlstate && PREVENTING_CODES.has(step.sqlstate)) return step.sqlstate;
    for (const r of step.resumed ?? []) if (r.sqlstate && PREVENTING_CODES.has(r.sqlstate)) return r.sqlstate;
  }
  return null;
}

/** Run each column's scenario at each level and tabulate what happened. */
export function buildLevelTable(run: typeof runScenario = runScenario): LevelTableRow[] {
  const byScenario = LEVEL_TABLE_COLUMNS.map((column) => {
    const s = scenarioById(column.scenario) as ScenarioDefinition;
    const runs: Partial<Record<IsolationLevel, ScenarioRun>> = {};
    for (const level of ISOLATION_LEVELS) runs[level] = run(instantiate(s, level));
    return { s, runs, row: matrixRow(s, runs) };
  });
  return ISOLATION_LEVELS.map((level) => ({
    level,
    cells: byScenario.map(({ s, runs, row }) => {
      const happened = row.observed[level] === true;
      const r = runs[level] as ScenarioRun;
      return { scenario: s.id, level, happened, preventedBy: happened ? null : firstPreventingError(r) };
    }),
  }));
}
