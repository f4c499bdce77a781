/**
 * Conformance cases for the InnoDB model only (MySQL syntax; PostgreSQL would reject them), replayed
 * against MariaDB by mariadb-replay.test.ts with both settings of innodb_snapshot_isolation. Each pins
 * down one InnoDB rule the library's scenarios do not reach.
 */
import type { ConformanceCase } from './cases';

const T = 'CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)';
const T_ROWS = 'INSERT INTO t VALUES (10, 1), (20, 2), (30, 3)';
const step = (session: string, sql: string) => ({ session, sql });
const begin = (session: string) => [step(session, 'SET TRANSACTION ISOLATION LEVEL {level}'), step(session, 'START TRANSACTION')];

/** InnoDB-only cases; `{level}` is replaced by each level in `levels` (default: all four). */
export const INNODB_CASES: readonly ConformanceCase[] = [
  {
    // https://dev.mysql.com/doc/refman/8.0/en/innodb-next-key-locking.html: a locking read of a range
    // blocks inserts into the gaps it scanned at REPEATABLE READ and SERIALIZABLE only.
    id: 'innodb-gap-lock-blocks-insert',
    setup: [T, T_ROWS],
    steps: [
      ...begin('A'),
      step('A', 'SELECT id FROM t WHERE v >= 2 FOR UPDATE'),
      step('B', 'INSERT INTO t VALUES (25, 9)'),
      step('A', 'COMMIT'),
      step('C', 'SELECT id FROM t ORDER BY id'),
    ],
  },
  {
    // A missing primary key: the gap where it would be is locked, so another session cannot insert it.
    id: 'innodb-missing-key-gap-lock',
    setup: [T, T_ROWS],
    steps: [...begin('A'), step('A', 'SELECT * FROM t WHERE id = 15 FOR UPDATE'), step('B', 'INSERT INTO t VALUES (12, 0)'), step('A', 'ROLLBACK')],
  },
  {
    // Shared locks: two sessions share a row, a writer waits for both. LOCK IN SHARE MODE, since MariaDB 10.11
    // lacks MySQL 8.0's FOR SHARE spelling (the model accepts both).
    id: 'innodb-shared-locks',
    setup: [T, T_ROWS],
    steps: [
      ...begin('A'),
      step('A', 'SELECT v FROM t WHERE id = 10 LOCK IN SHARE MODE'),
      ...begin('B'),
      step('B', 'SELECT v FROM t WHERE id = 10 LOCK IN SHARE MODE'),
      step('C', 'UPDATE t SET v = 100 WHERE id = 10'),
      step('A', 'COMMIT'),
      step('B', 'COMMIT'),
      step('C', 'SELECT v FROM t WHERE id = 10'),
    ],
  },
  {
    // innodb_lock_wait_timeout: the waiting statement fails with 1205 and only it is rolled back.
    id: 'innodb-lock-wait-timeout',
    levels: ['REPEATABLE READ'],
    setup: [T, T_ROWS],
    steps: [
      ...begin('A'),
      step('A', 'UPDATE t SET v = 0 WHERE id = 10'),
      step('B', 'SET SESSION innodb_lock_wait_timeout = 1'),
      ...begin('B'),
      step('B', 'UPDATE t SET v = 5 WHERE id = 30'),
      step('B', 'UPDATE t SET v = 5 WHERE id = 10'),
      step('B', 'COMMIT'),
      step('A', 'COMMIT'),
      step('C', 'SELECT * FROM t ORDER BY id'),
    ],
  },
  {
    // Transaction control: SET TRANSACTION is for the next transaction only and fails inside one (1568),
    // SET SESSION TRANSACTION changes the default, START TRANSACTION commits an open transaction.
    id: 'innodb-transaction-control',
    levels: ['READ COMMITTED'],
    setup: [T, T_ROWS],
    steps: [
      step('A', 'SET SESSION TRANSACTION ISOLATION LEVEL {level}'),
      step('A', 'START TRANSACTION'),
      step('A', 'SELECT v FROM t WHERE id = 10'),
      step('B', 'UPDATE t SET v = 7 WHERE id = 10'),
      step('A', 'SELECT v FROM t WHERE id = 10'),
      step('A', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE'),
      step('A', 'UPDATE t SET v = 8 WHERE id = 20'),
      step('A', 'START TRANSACTION'),
      step('A', 'ROLLBACK'),
      step('C', 'SELECT * FROM t ORDER BY id'),
    ],
  },
];
