/**
 * Public entry point of the isolation engine: a pure, in-memory model of
 * PostgreSQL's transaction isolation (MVCC snapshots, row locks, SSI,
 * deadlock detection) that runs scripted multi-session scenarios.
 */
import { Engine } from './engine';
import { InnodbEngine } from './innodb';
import { ScenarioError } from './errors';
import type { ScenarioInput, ScenarioRun, StepResult } from './types';

export { Engine, DEFAULT_ISOLATION_LEVEL } from './engine';
export { InnodbEngine, INNODB_DEFAULT_ISOLATION_LEVEL, toInnodbSteps, type InnodbOptions } from './innodb';
export { IsolationSqlError, ScenarioError } from './errors';
export { parseStatement } from './parser';
export { tokenize } from './tokenizer';
export * from './types';

/** Session name used for `setup` statements; steps may not use it. */
export const SETUP_SESSION = '__setup__';

/** A fresh engine of the kind the input asks for (PostgreSQL unless `engine: 'innodb'`). */
export function createEngine(s: Pick<ScenarioInput, 'engine' | 'innodbSnapshotIsolation'> = {}): Engine | InnodbEngine {
  return s.engine === 'innodb' ? new InnodbEngine({ snapshotIsolation: s.innodbSnapshotIsolation ?? false }) : new Engine();
}

/**
 * Run a scenario: `setup` statements in autocommit on a separate session, then each
 * step in order. Returns one StepResult per step. Throws ScenarioError if a setup
 * statement fails or a step is sent to a session whose statement is blocked.
 */
export function runScenario(s: ScenarioInput): ScenarioRun {
  const engine = createEngine(s);
  for (const sql of s.setup) {
    const r = engine.execute(SETUP_SESSION, sql);
    if (r.status !== 'ok') throw new ScenarioError(`setup statement failed: ${sql}: ${r.message ?? r.status}`);
  }
  const steps: StepResult[] = s.steps.map((step) => engine.execute(step.session, step.sql));
  return { steps };
}

