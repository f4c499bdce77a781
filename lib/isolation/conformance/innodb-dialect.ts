/**
 * Turning the library's scripts (written for PostgreSQL) into InnoDB ones, and the two sides of an
 * InnoDB comparison into the same shape.
 *
 * - `BEGIN ISOLATION LEVEL X` has no MySQL form; it becomes two steps, `SET TRANSACTION ISOLATION LEVEL X`
 *   (which applies to the next transaction only) and `START TRANSACTION`
 *   (https://dev.mysql.com/doc/refman/8.0/en/set-transaction.html).
 * - For the real server, `text` columns become `varchar(100)`: MySQL cannot index a TEXT column
 *   without a prefix length, and several scenario tables have a text primary key.
 * - Rows are compared by their values in column order: MySQL names an expression column by its text
 *   (`count(*)`) where PostgreSQL says `count`, and the model keeps PostgreSQL's names so the lab's
 *   detectors work on both engines. Booleans compare as MySQL's 1/0 (BOOLEAN is TINYINT(1)).
 * - Errors compare by MySQL error number and SQLSTATE; messages are the model's own wording except for
 *   the concurrency errors.
 */
import { toInnodbSteps } from '../engine/innodb';
import type { ResultRow, ScenarioInput, SqlValue, StepResult } from '../engine/types';

export { toInnodbSteps };

/** A scenario for the InnoDB model (steps translated, engine set). */
export function toInnodbScenario(input: ScenarioInput, snapshotIsolation = false): ScenarioInput {
  return { engine: 'innodb', innodbSnapshotIsolation: snapshotIsolation, setup: [...input.setup], steps: toInnodbSteps(input.steps) };
}

/** A setup statement for a real MySQL/MariaDB server: text columns as varchar(100). */
export function mariadbSetupSql(sql: string): string {
  return /^\s*CREATE\s+TABLE/i.test(sql) ? sql.replace(/\btext\b/gi, 'varchar(100)') : sql;
}

const norm = (v: SqlValue): SqlValue => (v === true ? 1 : v === false ? 0 : v);
const values = (rows: ResultRow[] | undefined) => rows?.map((r) => Object.values(r).map(norm));

interface ComparableOutcome {
  status: string;
  rows?: SqlValue[][];
  errorCode?: number;
  sqlstate?: string;
}

/** The comparable part of an outcome: status, row values, and for errors the MySQL number and SQLSTATE. */
function outcome(o: { status: string; rows?: ResultRow[]; errorCode?: number; sqlstate?: string }): ComparableOutcome {
  const out: ComparableOutcome = { status: o.status };
  const rows = values(o.rows);
  if (rows) out.rows = rows;
  if (o.status === 'error') {
    out.errorCode = o.errorCode;
    out.sqlstate = o.sqlstate;
  }
  return out;
}

/** One step as compared between the model and MariaDB (resumed statements sorted by session). */
export function comparableInnodbStep(s: StepResult): ComparableOutcome & { step: string; resumed?: Array<ComparableOutcome & { session: string }> } {
  const out: ComparableOutcome & { step: string; resumed?: Array<ComparableOutcome & { session: string }> } = {
    step: `${s.session}: ${s.sql}`,
    ...outcome(s),
  };
  if (s.resumed) {
    out.resumed = [...s.resumed].sort((a, b) => a.session.localeCompare(b.session)).map((r) => ({ session: r.session, ...outcome(r) }));
  }
  return out;
}
