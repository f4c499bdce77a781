/**
 * Conformance cases the MariaDB replay leaves out, each with the reason. They test PostgreSQL's
 * dialect and error texts, not concurrency, so an InnoDB run of them would compare two SQL dialects
 * rather than two lock managers.
 */
export const INNODB_REPLAY_EXCLUDED: Readonly<Record<string, string>> = {
  'failed-transaction-block':
    "PostgreSQL's failed-block rules (25P02) and its division-by-zero error; MySQL returns NULL for 1/0 and never fails a transaction block",
  'error-messages': "PostgreSQL's binding and type errors; MySQL converts types silently and reports other codes",
  'select-features': 'double-quoted identifiers and PostgreSQL literal syntax, which MySQL parses differently',
};
