/**
 * Error types. SQL errors carry PostgreSQL's SQLSTATE and primary message text
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html) so the engine's
 * output can be compared with a real server's.
 */

/** A SQL-level error as PostgreSQL would report it: SQLSTATE, message and optional 1-based character position. */
export class IsolationSqlError extends Error {
  readonly sqlstate: string;
  readonly position: number | undefined;

  constructor(sqlstate: string, message: string, position?: number) {
    super(message);
    this.name = 'IsolationSqlError';
    this.sqlstate = sqlstate;
    this.position = position;
  }
}

/** A mistake in how a scenario is written (not a SQL error), e.g. sending a statement to a blocked session. */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

/** SQLSTATE codes used by the engine. */
export const SQLSTATE = {
  syntaxError: '42601',
  undefinedTable: '42P01',
  undefinedColumn: '42703',
  undefinedFunction: '42883',
  duplicateTable: '42P07',
  datatypeMismatch: '42804',
  groupingError: '42803',
  invalidTableDefinition: '42P16',
  featureNotSupported: '0A000',
  notNullViolation: '23502',
  uniqueViolation: '23505',
  divisionByZero: '22012',
  numericOutOfRange: '22003',
  invalidTextRepresentation: '22P02',
  inFailedTransaction: '25P02',
  activeSqlTransaction: '25001',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

/** Message PostgreSQL sends for statements inside an aborted transaction block. */
export const IN_FAILED_TRANSACTION_MESSAGE =
  'current transaction is aborted, commands ignored until end of transaction block';
