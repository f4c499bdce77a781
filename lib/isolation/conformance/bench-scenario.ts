/**
 * The isolation engine's timing target (a 20-step scenario runs in under 5 ms, so the lab answers each step at
 * once), as data and a timer, shared by the widget benchmark (scripts/bench-widgets.ts) and the timing test
 * beside the tracer.
 */
import type { ScenarioInput, ScenarioStep } from '../engine/types';

/** The time budget for one run of a 20-step scenario, in milliseconds. */
export const TWENTY_STEP_BUDGET_MS = 5;

function twentySteps(innodb = false): ScenarioStep[] {
  const steps: ScenarioStep[] = innodb
    ? [
        { session: 'A', sql: 'START TRANSACTION' },
        { session: 'B', sql: 'START TRANSACTION' },
        { session: 'C', sql: 'START TRANSACTION' },
      ]
    : [
        { session: 'A', sql: 'BEGIN ISOLATION LEVEL SERIALIZABLE' },
        { session: 'B', sql: 'BEGIN ISOLATION LEVEL SERIALIZABLE' },
        { session: 'C', sql: 'BEGIN ISOLATION LEVEL REPEATABLE READ' },
      ];
  for (let i = 0; i < 15; i++) {
    const session = ['A', 'B', 'C'][i % 3] as string;
    steps.push({ session, sql: i % 2 ? `SELECT sum(v) FROM t WHERE id <= ${i}` : `UPDATE t SET v = v + 1 WHERE id = ${10 + i}` });
  }
  steps.push({ session: 'A', sql: 'COMMIT' }, { session: 'B', sql: 'COMMIT' });
  return steps;
}

/**
 * Three sessions, 20 steps, on a 40-row table: SERIALIZABLE and REPEATABLE READ transactions that read
 * ranges and update rows, so every step exercises snapshots, SIREAD locks and rw-conflict checks.
 */
export const TWENTY_STEP_SCENARIO: ScenarioInput = {
  setup: [
    'CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)',
    `INSERT INTO t VALUES ${Array.from({ length: 40 }, (_, i) => `(${i}, ${i})`).join(', ')}`,
  ],
  steps: twentySteps(),
};

/**
 * The same 20 steps on the InnoDB model: three REPEATABLE READ transactions (InnoDB's default level,
 * so START TRANSACTION needs no SET TRANSACTION step) reading ranges from their read views and updating
 * rows under record locks.
 */
export const TWENTY_STEP_SCENARIO_INNODB: ScenarioInput = {
  engine: 'innodb',
  setup: TWENTY_STEP_SCENARIO.setup,
  steps: twentySteps(true),
};

/** Median, 95th percentile and worst time of `runs` calls of `fn` after `warmUp` untimed ones, in ms. */
export function timeRuns(fn: () => unknown, runs = 200, warmUp = 50): { p50: number; p95: number; max: number } {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))] as number;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1] as number };
}
