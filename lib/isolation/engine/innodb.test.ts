import { describe, expect, it } from 'vitest';
import { InnodbEngine } from './innodb';
import { parseStatement } from './parser';
import { runScenario } from './index';
import { ISOLATION_LEVELS, type IsolationLevel, type ScenarioStep, type StepResult } from './types';

/** Run MySQL-syntax steps on the model, stopping at a step sent to a blocked session; returns every step's final outcome. */
function run(setup: string[], steps: ScenarioStep[], snapshotIsolation: boolean) {
  const e = new InnodbEngine({ snapshotIsolation });
  for (const sql of setup) expect(e.execute('__setup__', sql).status).toBe('ok');
  const results: StepResult[] = [];
  for (const st of steps) {
    if (e.isBlocked(st.session)) break;
    results.push(e.execute(st.session, st.sql));
  }
  // The final outcome of step i: its own, or the resumed result reported by a later step.
  const final = (i: number) => {
    const r = results[i];
    if (!r || r.status !== 'blocked') return r;
    for (const later of results.slice(i + 1)) {
      const res = later.resumed?.find((x) => x.session === r.session);
      if (res) return res;
    }
    return r;
  };
  return { results, final };
}

const begin = (session: string, level: IsolationLevel): ScenarioStep[] => [
  { session, sql: `SET TRANSACTION ISOLATION LEVEL ${level}` },
  { session, sql: 'START TRANSACTION' },
];
const at = (session: string, sql: string): ScenarioStep => ({ session, sql });
const ACCOUNTS = ['CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL)', 'INSERT INTO accounts VALUES (1, 100), (2, 100)'];

interface AnomalyCase {
  name: string;
  setup: string[];
  steps: (level: IsolationLevel) => ScenarioStep[];
  verdict: (r: ReturnType<typeof run>) => string;
  /** Expected verdict per level (READ UNCOMMITTED … SERIALIZABLE), with innodb_snapshot_isolation OFF and ON. */
  off: [string, string, string, string];
  on: [string, string, string, string];
}

// Each anomaly at each level, on both settings of MariaDB's innodb_snapshot_isolation. The expected
// verdicts are what the replay against MariaDB 10.11 (conformance/mariadb-replay.test.ts) observed.
const CASES: AnomalyCase[] = [
  {
    name: 'dirty read',
    setup: ACCOUNTS,
    steps: (l) => [...begin('A', l), at('A', 'UPDATE accounts SET balance = 10 WHERE id = 1'), ...begin('B', l), at('B', 'SELECT balance FROM accounts WHERE id = 1'), at('A', 'ROLLBACK')],
    verdict: (r) => (r.results[5]?.status === 'blocked' ? 'reader waits' : r.final(5)?.rows?.[0]?.balance === 10 ? 'dirty' : 'clean'),
    off: ['dirty', 'clean', 'clean', 'reader waits'],
    on: ['dirty', 'clean', 'clean', 'reader waits'],
  },
  {
    name: 'non-repeatable read',
    setup: ACCOUNTS,
    steps: (l) => [...begin('A', l), at('A', 'SELECT balance FROM accounts WHERE id = 1'), at('B', 'UPDATE accounts SET balance = 50 WHERE id = 1'), at('A', 'SELECT balance FROM accounts WHERE id = 1'), at('A', 'COMMIT')],
    verdict: (r) => (r.results[3]?.status === 'blocked' ? 'writer waits' : r.final(4)?.rows?.[0]?.balance === 50 ? 'changed' : 'repeatable'),
    off: ['changed', 'changed', 'repeatable', 'writer waits'],
    on: ['changed', 'changed', 'repeatable', 'writer waits'],
  },
  {
    name: 'phantom read',
    setup: ['CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL)', "INSERT INTO orders VALUES (1, 'alice'), (2, 'bob')"],
    steps: (l) => [...begin('A', l), at('A', "SELECT count(*) FROM orders WHERE customer = 'alice'"), at('B', "INSERT INTO orders VALUES (3, 'alice')"), at('A', "SELECT count(*) FROM orders WHERE customer = 'alice'"), at('A', 'COMMIT')],
    verdict: (r) => (r.results[3]?.status === 'blocked' ? 'insert waits' : r.final(4)?.rows?.[0]?.count === 2 ? 'phantom' : 'none'),
    off: ['phantom', 'phantom', 'none', 'insert waits'],
    on: ['phantom', 'phantom', 'none', 'insert waits'],
  },
  {
    name: 'lost update (read, then write back)',
    setup: ['CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)', 'INSERT INTO counters VALUES (1, 100)'],
    steps: (l) => [
      ...begin('A', l),
      at('A', 'SELECT value FROM counters WHERE id = 1'),
      ...begin('B', l),
      at('B', 'SELECT value FROM counters WHERE id = 1'),
      at('A', 'UPDATE counters SET value = 110 WHERE id = 1'),
      at('B', 'UPDATE counters SET value = 120 WHERE id = 1'),
      at('A', 'COMMIT'),
      at('B', 'COMMIT'),
      at('observer', 'SELECT value FROM counters WHERE id = 1'),
    ],
    verdict: (r) => {
      const b = r.final(7);
      if (b?.errorCode === 1213) return 'deadlock';
      if (b?.errorCode === 1020) return 'record changed';
      return r.final(10)?.rows?.[0]?.value === 120 ? 'lost' : 'kept';
    },
    off: ['lost', 'lost', 'lost', 'deadlock'],
    on: ['lost', 'lost', 'record changed', 'deadlock'],
  },
  {
    name: 'atomic increment after a snapshot read',
    setup: ['CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)', 'INSERT INTO counters VALUES (1, 100)'],
    steps: (l) => [
      ...begin('B', l),
      at('B', 'SELECT value FROM counters WHERE id = 1'),
      at('A', 'UPDATE counters SET value = value + 10 WHERE id = 1'),
      at('B', 'UPDATE counters SET value = value + 20 WHERE id = 1'),
      at('B', 'COMMIT'),
      at('observer', 'SELECT value FROM counters WHERE id = 1'),
    ],
    verdict: (r) => {
      if (r.results[3]?.status === 'blocked') return 'writer waits';
      if (r.final(4)?.errorCode === 1020) return 'record changed';
      return String(r.final(6)?.rows?.[0]?.value);
    },
    off: ['130', '130', '130', 'writer waits'],
    on: ['130', '130', 'record changed', 'writer waits'],
  },
  {
    name: 'write skew',
    setup: ['CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL)', "INSERT INTO doctors VALUES ('alice', true), ('bob', true)"],
    steps: (l) => [
      ...begin('A', l),
      at('A', 'SELECT count(*) FROM doctors WHERE on_call'),
      ...begin('B', l),
      at('B', 'SELECT count(*) FROM doctors WHERE on_call'),
      at('A', "UPDATE doctors SET on_call = false WHERE name = 'alice'"),
      at('B', "UPDATE doctors SET on_call = false WHERE name = 'bob'"),
      at('A', 'COMMIT'),
      at('B', 'COMMIT'),
      at('observer', 'SELECT count(*) FROM doctors WHERE on_call'),
    ],
    verdict: (r) => (r.final(7)?.errorCode === 1213 ? 'deadlock' : r.final(10)?.rows?.[0]?.count === 0 ? 'skew' : 'kept'),
    off: ['skew', 'skew', 'skew', 'deadlock'],
    on: ['skew', 'skew', 'skew', 'deadlock'],
  },
  {
    name: 'read skew',
    setup: ACCOUNTS,
    steps: (l) => [
      ...begin('A', l),
      at('A', 'SELECT balance FROM accounts WHERE id = 1'),
      at('B', 'START TRANSACTION'),
      at('B', 'UPDATE accounts SET balance = balance - 50 WHERE id = 1'),
      at('B', 'UPDATE accounts SET balance = balance + 50 WHERE id = 2'),
      at('B', 'COMMIT'),
      at('A', 'SELECT balance FROM accounts WHERE id = 2'),
    ],
    verdict: (r) => (r.results[4]?.status === 'blocked' ? 'writer waits' : r.final(7)?.rows?.[0]?.balance === 150 ? 'skew' : 'consistent'),
    off: ['skew', 'skew', 'consistent', 'writer waits'],
    on: ['skew', 'skew', 'consistent', 'writer waits'],
  },
  {
    name: 'deadlock',
    setup: ACCOUNTS,
    steps: (l) => [
      ...begin('A', l),
      at('A', 'UPDATE accounts SET balance = balance - 10 WHERE id = 1'),
      ...begin('B', l),
      at('B', 'UPDATE accounts SET balance = balance - 10 WHERE id = 2'),
      at('A', 'UPDATE accounts SET balance = balance + 10 WHERE id = 2'),
      at('B', 'UPDATE accounts SET balance = balance + 10 WHERE id = 1'),
    ],
    verdict: (r) => `${r.final(7)?.session} ${r.final(7)?.errorCode ?? 'ok'}, ${r.final(6)?.status}`,
    off: ['B 1213, ok', 'B 1213, ok', 'B 1213, ok', 'B 1213, ok'],
    on: ['B 1213, ok', 'B 1213, ok', 'B 1213, ok', 'B 1213, ok'],
  },
];

describe('InnoDB model: each anomaly at each level', () => {
  for (const c of CASES) {
    for (const [setting, expected] of [
      ['OFF', c.off],
      ['ON', c.on],
    ] as const) {
      ISOLATION_LEVELS.forEach((level, i) => {
        it(`${c.name} at ${level}, innodb_snapshot_isolation=${setting}: ${expected[i]}`, () => {
          expect(c.verdict(run(c.setup, c.steps(level), setting === 'ON'))).toBe(expected[i]);
        });
      });
    }
  }
});

describe('InnoDB model: transaction control and errors', () => {
  const T = ['CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)', 'INSERT INTO t VALUES (1, 10), (2, 20)'];

  it('defaults to the PostgreSQL engine; engine: innodb takes MySQL syntax', () => {
    const steps = [at('A', 'START TRANSACTION'), at('A', 'SELECT v FROM t WHERE id = 1 LOCK IN SHARE MODE'), at('A', 'COMMIT')];
    expect(runScenario({ setup: T, steps }).steps[1]?.sqlstate).toBe('42601');
    expect(runScenario({ engine: 'innodb', setup: T, steps }).steps.map((s) => s.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('SET TRANSACTION applies to the next transaction only, and fails inside one with 1568', () => {
    const { results } = run(T, [at('A', 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED'), at('A', 'START TRANSACTION'), at('A', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE')], false);
    expect(results[2]).toMatchObject({ status: 'error', errorCode: 1568, sqlstate: '25001' });
  });

  it('START TRANSACTION inside a transaction commits it', () => {
    const { results } = run(T, [at('A', 'START TRANSACTION'), at('A', 'UPDATE t SET v = 11 WHERE id = 1'), at('A', 'BEGIN'), at('B', 'SELECT v FROM t WHERE id = 1'), at('A', 'ROLLBACK'), at('B', 'SELECT v FROM t WHERE id = 1')], false);
    expect(results[3]?.rows).toEqual([{ v: 11 }]);
    expect(results[5]?.rows).toEqual([{ v: 11 }]);
  });

  it('a duplicate key fails the statement (1062) but not the transaction', () => {
    const { results } = run(T, [at('A', 'START TRANSACTION'), at('A', 'UPDATE t SET v = 12 WHERE id = 1'), at('A', 'INSERT INTO t VALUES (2, 0)'), at('A', 'COMMIT'), at('B', 'SELECT v FROM t WHERE id = 1')], false);
    expect(results[2]).toMatchObject({ status: 'error', errorCode: 1062, sqlstate: '23000', message: "Duplicate entry '2' for key 'PRIMARY'" });
    expect(results[4]?.rows).toEqual([{ v: 12 }]);
  });

  it('the lighter transaction of a deadlock is the victim and loses its whole transaction', () => {
    const { results } = run(T, [
      at('A', 'START TRANSACTION'),
      at('A', 'UPDATE t SET v = 0 WHERE id = 1'),
      at('B', 'START TRANSACTION'),
      at('B', 'UPDATE t SET v = 0 WHERE id = 2'),
      at('B', 'INSERT INTO t VALUES (3, 30)'),
      at('A', 'UPDATE t SET v = 1 WHERE id = 2'),
      at('B', 'UPDATE t SET v = 1 WHERE id = 1'),
      at('B', 'COMMIT'),
      at('C', 'SELECT * FROM t'),
    ], false);
    // B closes the cycle but has written more (two rows), so A, waiting since the step before, is rolled back.
    expect(results[6]).toMatchObject({ status: 'ok', resumed: [{ session: 'A', status: 'error', errorCode: 1213, sqlstate: '40001' }] });
    expect(results[8]?.rows).toEqual([{ id: 1, v: 1 }, { id: 2, v: 0 }, { id: 3, v: 30 }]);
  });

  it('gap locks: a REPEATABLE READ locking read of a missing key blocks an insert there, READ COMMITTED does not', () => {
    for (const [level, status] of [['REPEATABLE READ', 'blocked'], ['READ COMMITTED', 'ok']] as const) {
      const { results } = run(T, [...begin('A', level), at('A', 'SELECT * FROM t WHERE id = 5 FOR UPDATE'), at('B', 'INSERT INTO t VALUES (7, 70)')], false);
      expect(results[3]?.status).toBe(status);
    }
  });

  it('READ COMMITTED UPDATE reads semi-consistently: a locked row that does not match is skipped', () => {
    const { results } = run(T, [at('A', 'START TRANSACTION'), at('A', 'UPDATE t SET v = 99 WHERE id = 1'), ...begin('B', 'READ COMMITTED'), at('B', 'UPDATE t SET v = 0 WHERE v = 20')], false);
    expect(results[4]?.status).toBe('ok');
  });

  it('bad SQL reports the shared parser\'s message and position, as MySQL error 1064', () => {
    const r = runScenario({ engine: 'innodb', setup: [], steps: [at('A', 'SELECT value FORM t')] }).steps[0];
    expect(r).toMatchObject({ status: 'error', errorCode: 1064, sqlstate: '42000', message: 'syntax error at or near "t"' });
    expect(() => parseStatement('BEGIN ISOLATION LEVEL SERIALIZABLE', { dialect: 'mysql' })).toThrow(/syntax error at or near "ISOLATION"/i);
  });

  it('a session that sets innodb_lock_wait_timeout gets 1205 instead of waiting, and keeps its transaction', () => {
    const { results } = run(T, [
      at('A', 'START TRANSACTION'),
      at('A', 'UPDATE t SET v = 0 WHERE id = 1'),
      at('B', 'SET innodb_lock_wait_timeout = 1'),
      at('B', 'START TRANSACTION'),
      at('B', 'UPDATE t SET v = 5 WHERE id = 2'),
      at('B', 'UPDATE t SET v = 5 WHERE id = 1'),
      at('B', 'COMMIT'),
      at('A', 'COMMIT'),
      at('C', 'SELECT v FROM t ORDER BY id'),
    ], false);
    expect(results[5]).toMatchObject({ status: 'error', errorCode: 1205, sqlstate: 'HY000' });
    expect(results[8]?.rows).toEqual([{ v: 0 }, { v: 5 }]);
  });

  it('a step sent to a blocked session is a scenario error, as in the PostgreSQL engine', () => {
    expect(() =>
      runScenario({ engine: 'innodb', setup: T, steps: [at('A', 'START TRANSACTION'), at('A', 'DELETE FROM t'), at('B', 'DELETE FROM t WHERE id = 1'), at('B', 'COMMIT')] }),
    ).toThrow(/blocked/);
  });
});
