/**
 * Error types. SQL errors carry PostgreSQL's SQLSTATE and primary message text
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html) so the engine's
 * output can be compared with a real server's.
 */

/** A SQL-level error as PostgreSQL would report it: SQLSTATE, message and optional 1-based character position. */
export class IsolationSqlError extends Error {
  readonly sqlstate: string;
  readonly position: number | undefined;
  /** MySQL/MariaDB error number, for errors raised by the InnoDB model. */
  readonly errorCode: number | undefined;

  constructor(sqlstate: string, message: string, position?: number, errorCode?: number) {
    super(message);
    this.name = 'IsolationSqlError';
    this.sqlstate = sqlstate;
    this.position = position;
    this.errorCode = errorCode;
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

/**
 * MySQL error numbers and SQLSTATEs the InnoDB model reports
 * (https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html,
 * https://mariadb.com/kb/en/mariadb-error-codes/).
 */
export const MYSQL_ERROR = {
  deadlock: { errorCode: 1213, sqlstate: '40001', message: 'Deadlock found when trying to get lock; try restarting transaction' },
  lockWaitTimeout: { errorCode: 1205, sqlstate: 'HY000', message: 'Lock wait timeout exceeded; try restarting transaction' },
  recordChanged: { errorCode: 1020, sqlstate: 'HY000' },
  duplicateEntry: { errorCode: 1062, sqlstate: '23000' },
  cantChangeTxCharacteristics: {
    errorCode: 1568,
    sqlstate: '25001',
    message: "Transaction characteristics can't be changed while a transaction is in progress",
  },
} as const;

/**
 * The MySQL error number and SQLSTATE for an error the shared parser or binder raised with PostgreSQL's
 * SQLSTATE, where MySQL has a clear counterpart (the message stays the engine's own).
 */
export const MYSQL_EQUIVALENT: Readonly<Record<string, { errorCode: number; sqlstate: string }>> = {
  [SQLSTATE.syntaxError]: { errorCode: 1064, sqlstate: '42000' }, // ER_PARSE_ERROR
  [SQLSTATE.undefinedTable]: { errorCode: 1146, sqlstate: '42S02' }, // ER_NO_SUCH_TABLE
  [SQLSTATE.undefinedColumn]: { errorCode: 1054, sqlstate: '42S22' }, // ER_BAD_FIELD_ERROR
  [SQLSTATE.duplicateTable]: { errorCode: 1050, sqlstate: '42S01' }, // ER_TABLE_EXISTS_ERROR
  [SQLSTATE.notNullViolation]: { errorCode: 1048, sqlstate: '23000' }, // ER_BAD_NULL_ERROR
  [SQLSTATE.featureNotSupported]: { errorCode: 1235, sqlstate: '42000' }, // ER_NOT_SUPPORTED_YET
};
