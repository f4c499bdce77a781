/**
 * Public data types of the isolation engine: SQL values, isolation levels and
 * the shape of a scenario run (the contract other parts of the site rely on).
 */

/** A SQL value as the engine returns it: int/bigint → number, text → string, boolean, NULL → null. */
export type SqlValue = number | string | boolean | null;

/** One result row, keyed by output column name as PostgreSQL names it (`count`, `?column?`, …). */
export type ResultRow = Record<string, SqlValue>;

/** The four SQL-standard isolation levels, spelled as in `BEGIN ISOLATION LEVEL …`. */
export type IsolationLevel = 'READ UNCOMMITTED' | 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** All isolation levels, weakest first. */
export const ISOLATION_LEVELS: readonly IsolationLevel[] = [
  'READ UNCOMMITTED',
  'READ COMMITTED',
  'REPEATABLE READ',
  'SERIALIZABLE',
];

/** One statement sent by one session (a connection, as in psql). */
export interface ScenarioStep {
  session: string;
  sql: string;
}

/** Which database the engine models: PostgreSQL (the default) or MySQL/MariaDB's InnoDB. */
export type EngineKind = 'postgresql' | 'innodb';

/** Both engines, the default first. */
export const ENGINE_KINDS: readonly EngineKind[] = ['postgresql', 'innodb'];

/** Input of `runScenario`: autocommit setup statements, then the interleaved steps. */
export interface ScenarioInput {
  /** Default 'postgresql'. 'innodb' takes MySQL syntax (START TRANSACTION, SET TRANSACTION …, FOR SHARE). */
  engine?: EngineKind;
  /** InnoDB only: MariaDB's innodb_snapshot_isolation (default false). */
  innodbSnapshotIsolation?: boolean;
  setup: string[];
  steps: ScenarioStep[];
}

/** Outcome of a statement that had been blocked and finished during a later step. */
export interface ResumedResult {
  session: string;
  status: 'ok' | 'error';
  rows?: ResultRow[];
  sqlstate?: string;
  /** MySQL/MariaDB error number (engine 'innodb' only), e.g. 1213 for a deadlock. */
  errorCode?: number;
  message?: string;
}

/** Outcome of one step. `blocked` means the statement waits for another session's lock. */
export interface StepResult {
  session: string;
  sql: string;
  status: 'ok' | 'blocked' | 'error';
  rows?: ResultRow[];
  sqlstate?: string;
  /** MySQL/MariaDB error number (engine 'innodb' only): 1213 deadlock, 1205 lock wait timeout, 1020 record changed, … */
  errorCode?: number;
  message?: string;
  resumed?: ResumedResult[];
}

/** Result of `runScenario`: one entry per input step, in the same order. */
export interface ScenarioRun {
  steps: StepResult[];
}
