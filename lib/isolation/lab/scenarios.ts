/**
 * The scenario library: classic concurrency anomalies written once as data and
 * run at each isolation level. A step's SQL may contain `{level}`, replaced by
 * the level being demonstrated (`BEGIN ISOLATION LEVEL {level}`). Each scenario
 * says how to tell from a run whether its anomaly actually happened, which is
 * what the level matrix is built from.
 */
import type { IsolationLevel, ResultRow, ScenarioInput, ScenarioRun, SqlValue } from '../engine/types';
import { ISOLATION_LEVELS } from '../engine/types';

/** The anomaly (or failure mode) a scenario demonstrates. */
export type AnomalyKind =
  | 'dirty-read'
  | 'non-repeatable-read'
  | 'phantom-read'
  | 'lost-update'
  | 'write-skew'
  | 'read-skew'
  | 'oversell'
  | 'duplicate-key'
  | 'deadlock'
  | 'read-only-anomaly';

/** A step of a scenario; `label` names it for the anomaly detector. */
export interface ScenarioStepDef {
  session: string;
  sql: string;
  label?: string;
}

/** How a labelled step ended: directly or, if it blocked, when it was resumed ('blocked' if never). */
export interface StepOutcome {
  status: 'ok' | 'error' | 'blocked';
  rows?: ResultRow[];
  sqlstate?: string;
}

/** Read access to a run's labelled outcomes, handed to detectors. */
export interface Outcomes {
  /** Final outcome of the labelled step. */
  get(label: string): StepOutcome;
  /** A column of the first row the labelled SELECT returned (undefined if it failed or returned nothing). */
  value(label: string, column: string): SqlValue | undefined;
  /** True if the labelled step finished without error. */
  ok(label: string): boolean;
  /** True if any step (or resumed statement) failed with this SQLSTATE. */
  anyError(sqlstate: string): boolean;
}

/** A scenario as data. */
export interface ScenarioDefinition {
  id: string;
  title: string;
  anomaly: AnomalyKind;
  /** For readers: what happens and why, in plain words. */
  description: string;
  setup: string[];
  steps: ScenarioStepDef[];
  /** Levels to run at (default: all four). */
  levels?: IsolationLevel[];
  /** Did the anomaly happen in this run? */
  detect(o: Outcomes): boolean;
}

/** Placeholder replaced by the isolation level in step SQL. */
export const LEVEL_PLACEHOLDER = '{level}';

/** Turn a scenario into runnable input for one isolation level. */
export function instantiate(s: ScenarioDefinition, level: IsolationLevel): ScenarioInput {
  return {
    setup: [...s.setup],
    steps: s.steps.map((st) => ({ session: st.session, sql: st.sql.split(LEVEL_PLACEHOLDER).join(level) })),
  };
}

/** Levels a scenario runs at. */
export function levelsOf(s: ScenarioDefinition): IsolationLevel[] {
  return s.levels ? [...s.levels] : [...ISOLATION_LEVELS];
}

/** Build the detector's view of a run of scenario `s`. */
export function outcomesOf(s: ScenarioDefinition, run: ScenarioRun): Outcomes {
  const byLabel = new Map<string, StepOutcome>();
  s.steps.forEach((st, i) => {
    if (!st.label) return;
    const r = run.steps[i];
    if (!r) return;
    let outcome: StepOutcome = { status: r.status, rows: r.rows, sqlstate: r.sqlstate };
    if (r.status === 'blocked') {
      outcome = { status: 'blocked' };
      for (let j = i + 1; j < run.steps.length; j++) {
        const res = run.steps[j]?.resumed?.find((x) => x.session === st.session);
        if (res) {
          outcome = { status: res.status, rows: res.rows, sqlstate: res.sqlstate };
          break;
        }
      }
    }
    byLabel.set(st.label, outcome);
  });
  const get = (label: string): StepOutcome => {
    const o = byLabel.get(label);
    if (!o) throw new Error(`scenario ${s.id} has no step labelled "${label}"`);
    return o;
  };
  return {
    get,
    value: (label, column) => {
      const o = get(label);
      return o.status === 'ok' ? o.rows?.[0]?.[column] : undefined;
    },
    ok: (label) => get(label).status === 'ok',
    anyError: (code) => run.steps.some((r) => r.sqlstate === code || (r.resumed ?? []).some((x) => x.sqlstate === code)),
  };
}

const begin = (session: string): ScenarioStepDef => ({ session, sql: `BEGIN ISOLATION LEVEL ${LEVEL_PLACEHOLDER}` });
const commit = (session: string, label?: string): ScenarioStepDef => ({ session, sql: 'COMMIT', label });

const ACCOUNTS = [
  'CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL)',
  "INSERT INTO accounts VALUES (1, 'alice', 100), (2, 'bob', 100)",
];
const COUNTERS = ['CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)', 'INSERT INTO counters VALUES (1, 100)'];

/** Every scenario in the library. */
export const SCENARIOS: readonly ScenarioDefinition[] = [
  {
    id: 'dirty-read',
    title: 'Dirty read attempt',
    anomaly: 'dirty-read',
    description:
      "Session A takes 90 out of Alice's account but has not committed yet. Session B reads the balance in the " +
      'meantime. B never sees the uncommitted 10: PostgreSQL shows only committed data, even at READ UNCOMMITTED, ' +
      'which it treats as READ COMMITTED. A then rolls back, so 10 would never have been a real balance.',
    setup: ACCOUNTS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'UPDATE accounts SET balance = balance - 90 WHERE id = 1' },
      begin('B'),
      { session: 'B', sql: 'SELECT balance FROM accounts WHERE id = 1', label: 'read' },
      { session: 'A', sql: 'ROLLBACK' },
      commit('B'),
    ],
    detect: (o) => o.value('read', 'balance') === 10,
  },
  {
    id: 'non-repeatable-read',
    title: 'Non-repeatable read',
    anomaly: 'non-repeatable-read',
    description:
      "Session A reads Alice's balance twice in one transaction. Between the reads, B changes it and commits. " +
      'At READ COMMITTED every statement takes a fresh snapshot, so the second read sees the new value. ' +
      'At REPEATABLE READ and SERIALIZABLE the whole transaction works from its first snapshot, so both reads agree.',
    setup: ACCOUNTS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'SELECT balance FROM accounts WHERE id = 1', label: 'first' },
      begin('B'),
      { session: 'B', sql: 'UPDATE accounts SET balance = 50 WHERE id = 1' },
      commit('B'),
      { session: 'A', sql: 'SELECT balance FROM accounts WHERE id = 1', label: 'second' },
      commit('A'),
    ],
    detect: (o) => o.value('first', 'balance') !== o.value('second', 'balance'),
  },
  {
    id: 'phantom-read',
    title: 'Phantom read',
    anomaly: 'phantom-read',
    description:
      "Session A counts Alice's orders twice. In between, B inserts a new order for her and commits. At READ " +
      'COMMITTED the second count includes the new "phantom" row. PostgreSQL\'s REPEATABLE READ is stricter than ' +
      'the SQL standard requires: its snapshot also hides rows inserted later, so the count does not change.',
    setup: [
      'CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, amount int NOT NULL)',
      "INSERT INTO orders VALUES (1, 'alice', 10), (2, 'alice', 20), (3, 'bob', 30)",
    ],
    steps: [
      begin('A'),
      { session: 'A', sql: "SELECT count(*) FROM orders WHERE customer = 'alice'", label: 'first' },
      begin('B'),
      { session: 'B', sql: "INSERT INTO orders VALUES (4, 'alice', 40)" },
      commit('B'),
      { session: 'A', sql: "SELECT count(*) FROM orders WHERE customer = 'alice'", label: 'second' },
      commit('A'),
    ],
    detect: (o) => o.value('first', 'count') !== o.value('second', 'count'),
  },
  {
    id: 'lost-update',
    title: 'Lost update by read-modify-write',
    anomaly: 'lost-update',
    description:
      'Both sessions read the counter (100), add to it in application code and write the result back: A writes ' +
      "110, B writes 120. B's UPDATE waits for A's row lock. At READ COMMITTED it then simply overwrites A's " +
      "committed value, so A's +10 is lost. At REPEATABLE READ and above, B fails with a serialization error " +
      'because the row changed after its snapshot; the application must retry.',
    setup: COUNTERS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'SELECT value FROM counters WHERE id = 1' },
      begin('B'),
      { session: 'B', sql: 'SELECT value FROM counters WHERE id = 1' },
      { session: 'A', sql: 'UPDATE counters SET value = 110 WHERE id = 1' },
      { session: 'B', sql: 'UPDATE counters SET value = 120 WHERE id = 1', label: 'bUpdate' },
      commit('A'),
      commit('B'),
      { session: 'observer', sql: 'SELECT value FROM counters WHERE id = 1', label: 'final' },
    ],
    detect: (o) => o.value('final', 'value') === 120,
  },
  {
    id: 'lost-update-atomic',
    title: 'Lost update prevented by an atomic UPDATE',
    anomaly: 'lost-update',
    description:
      'The same two increments, written as `SET value = value + n`. B waits for A\'s row lock; when A commits, ' +
      'READ COMMITTED re-reads the newest version of the row and applies +20 to 110, giving 130. At REPEATABLE ' +
      'READ and SERIALIZABLE, B gets a serialization error instead; either way no increment is silently lost.',
    setup: COUNTERS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'UPDATE counters SET value = value + 10 WHERE id = 1' },
      begin('B'),
      { session: 'B', sql: 'UPDATE counters SET value = value + 20 WHERE id = 1', label: 'bUpdate' },
      commit('A'),
      commit('B', 'bCommit'),
      { session: 'observer', sql: 'SELECT value FROM counters WHERE id = 1', label: 'final' },
    ],
    detect: (o) => o.ok('bUpdate') && o.ok('bCommit') && o.value('final', 'value') !== 130,
  },
  {
    id: 'lost-update-for-update',
    title: 'Lost update prevented by SELECT … FOR UPDATE',
    anomaly: 'lost-update',
    description:
      'Both sessions lock the row while reading it. B\'s SELECT FOR UPDATE waits until A has written 110 and ' +
      'committed; at READ COMMITTED it then returns the new value 110, so B writes 110 + 20 = 130. At REPEATABLE ' +
      'READ and SERIALIZABLE, B cannot lock a row that changed after its snapshot and gets a serialization error.',
    setup: COUNTERS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'SELECT value FROM counters WHERE id = 1 FOR UPDATE' },
      begin('B'),
      { session: 'B', sql: 'SELECT value FROM counters WHERE id = 1 FOR UPDATE', label: 'bRead' },
      { session: 'A', sql: 'UPDATE counters SET value = 110 WHERE id = 1' },
      commit('A'),
      { session: 'B', sql: 'UPDATE counters SET value = 130 WHERE id = 1', label: 'bUpdate' },
      commit('B', 'bCommit'),
      { session: 'observer', sql: 'SELECT value FROM counters WHERE id = 1', label: 'final' },
    ],
    detect: (o) => o.ok('bUpdate') && o.ok('bCommit') && o.value('bRead', 'value') !== 110,
  },
  {
    id: 'write-skew',
    title: 'Write skew: doctors on call',
    anomaly: 'write-skew',
    description:
      'The rule is that at least one doctor stays on call. Alice and Bob each check that two doctors are on call, ' +
      'then each takes themself off. They update different rows, so no row lock conflicts and snapshot isolation ' +
      '(REPEATABLE READ) lets both commit: nobody is left on call. SERIALIZABLE notices that each transaction read ' +
      'what the other wrote and fails the second commit.',
    setup: [
      'CREATE TABLE doctors (name text PRIMARY KEY, on_call boolean NOT NULL)',
      "INSERT INTO doctors VALUES ('alice', true), ('bob', true)",
    ],
    steps: [
      begin('A'),
      { session: 'A', sql: 'SELECT count(*) FROM doctors WHERE on_call' },
      begin('B'),
      { session: 'B', sql: 'SELECT count(*) FROM doctors WHERE on_call' },
      { session: 'A', sql: "UPDATE doctors SET on_call = false WHERE name = 'alice'" },
      { session: 'B', sql: "UPDATE doctors SET on_call = false WHERE name = 'bob'" },
      commit('A'),
      commit('B'),
      { session: 'observer', sql: 'SELECT count(*) FROM doctors WHERE on_call', label: 'final' },
    ],
    detect: (o) => o.value('final', 'count') === 0,
  },
  {
    id: 'read-skew',
    title: 'Read skew across a transfer',
    anomaly: 'read-skew',
    description:
      'A reports the total of two accounts (100 + 100) by reading them one at a time. Between the two reads, B ' +
      'moves 50 from the first to the second and commits. At READ COMMITTED, A sees the first account before the ' +
      'transfer and the second after it, and reports 250 that never existed. A single snapshot (REPEATABLE READ ' +
      'and up) sees both accounts as of the same moment.',
    setup: ACCOUNTS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'SELECT balance FROM accounts WHERE id = 1', label: 'first' },
      begin('B'),
      { session: 'B', sql: 'UPDATE accounts SET balance = balance - 50 WHERE id = 1' },
      { session: 'B', sql: 'UPDATE accounts SET balance = balance + 50 WHERE id = 2' },
      commit('B'),
      { session: 'A', sql: 'SELECT balance FROM accounts WHERE id = 2', label: 'second' },
      commit('A'),
    ],
    detect: (o) => Number(o.value('first', 'balance')) + Number(o.value('second', 'balance')) !== 200,
  },
  {
    id: 'oversell-guard',
    title: 'Oversell guard: UPDATE … WHERE sold < capacity',
    anomaly: 'oversell',
    description:
      'One seat is left. Two buyers run the same guarded UPDATE. B waits for A\'s row lock; at READ COMMITTED it ' +
      're-checks `sold < capacity` on the row A just committed, finds 10 < 10 false and updates nothing. At ' +
      'REPEATABLE READ and SERIALIZABLE it fails with a serialization error. The event is never oversold.',
    setup: [
      'CREATE TABLE events (id int PRIMARY KEY, capacity int NOT NULL, sold int NOT NULL)',
      'INSERT INTO events VALUES (1, 10, 9)',
    ],
    steps: [
      begin('A'),
      { session: 'A', sql: 'UPDATE events SET sold = sold + 1 WHERE id = 1 AND sold < capacity' },
      begin('B'),
      { session: 'B', sql: 'UPDATE events SET sold = sold + 1 WHERE id = 1 AND sold < capacity' },
      commit('A'),
      commit('B'),
      { session: 'observer', sql: 'SELECT sold, capacity FROM events WHERE id = 1', label: 'final' },
    ],
    detect: (o) => Number(o.value('final', 'sold')) > Number(o.value('final', 'capacity')),
  },
  {
    id: 'duplicate-key-race',
    title: 'Duplicate-key race',
    anomaly: 'duplicate-key',
    description:
      'Two sign-ups check that an email is free, then both insert it. B\'s INSERT waits on the unique index for ' +
      "A's uncommitted row. When A commits, B fails: with a unique violation at READ COMMITTED and REPEATABLE " +
      'READ, and with a serialization failure at SERIALIZABLE, which can tell that B\'s earlier check saw a ' +
      'now-outdated state. The table never holds the email twice.',
    setup: ['CREATE TABLE users (email text PRIMARY KEY, name text NOT NULL)'],
    steps: [
      begin('A'),
      { session: 'A', sql: "SELECT count(*) FROM users WHERE email = 'ada@example.com'" },
      begin('B'),
      { session: 'B', sql: "SELECT count(*) FROM users WHERE email = 'ada@example.com'" },
      { session: 'A', sql: "INSERT INTO users VALUES ('ada@example.com', 'Ada')" },
      { session: 'B', sql: "INSERT INTO users VALUES ('ada@example.com', 'Ada L.')", label: 'bInsert' },
      commit('A'),
      commit('B'),
      { session: 'observer', sql: "SELECT count(*) FROM users WHERE email = 'ada@example.com'", label: 'final' },
    ],
    detect: (o) => Number(o.value('final', 'count')) > 1,
  },
  {
    id: 'deadlock',
    title: 'Deadlock',
    anomaly: 'deadlock',
    description:
      'A locks account 1 and B locks account 2; then each tries to update the other\'s row. Each waits for the ' +
      'other, forever. PostgreSQL\'s deadlock detector (run after deadlock_timeout) aborts the transaction whose ' +
      'wait closed the cycle — here B — and A carries on. This happens at every isolation level.',
    setup: ACCOUNTS,
    steps: [
      begin('A'),
      { session: 'A', sql: 'UPDATE accounts SET balance = balance - 10 WHERE id = 1' },
      begin('B'),
      { session: 'B', sql: 'UPDATE accounts SET balance = balance - 10 WHERE id = 2' },
      { session: 'A', sql: 'UPDATE accounts SET balance = balance + 10 WHERE id = 2' },
      { session: 'B', sql: 'UPDATE accounts SET balance = balance + 10 WHERE id = 1' },
      commit('A'),
      { session: 'B', sql: 'ROLLBACK' },
    ],
    detect: (o) => o.anyError('40P01'),
  },
  {
    id: 'read-only-anomaly',
    title: 'Read-only serialization anomaly (batch receipts)',
    anomaly: 'read-only-anomaly',
    description:
      'Receipts are filed under the current batch number. R reads the batch (1) and will file a receipt under it. ' +
      'Meanwhile C closes batch 1 by moving the counter to 2, and a report reads the counter, sees batch 2 is ' +
      "current, and totals batch 1 as final. Then R files its receipt under batch 1. The report, a read-only " +
      'transaction, has published a total for a closed batch that later changed. Each pair of transactions is ' +
      'fine on its own; only with the read-only report is there no serial order. SERIALIZABLE cancels R; the ' +
      'weaker levels let the report be wrong.',
    setup: [
      'CREATE TABLE control (id int PRIMARY KEY, batch int NOT NULL)',
      'INSERT INTO control VALUES (1, 1)',
      'CREATE TABLE receipts (id int PRIMARY KEY, batch int NOT NULL, amount int NOT NULL)',
      'INSERT INTO receipts VALUES (1, 1, 100), (2, 1, 200)',
    ],
    steps: [
      begin('R'),
      { session: 'R', sql: 'SELECT batch FROM control WHERE id = 1' },
      begin('C'),
      { session: 'C', sql: 'UPDATE control SET batch = batch + 1 WHERE id = 1' },
      commit('C'),
      begin('report'),
      { session: 'report', sql: 'SELECT batch FROM control WHERE id = 1' },
      { session: 'report', sql: 'SELECT sum(amount) FROM receipts WHERE batch = 1', label: 'reported' },
      commit('report'),
      { session: 'R', sql: 'INSERT INTO receipts VALUES (3, 1, 50)' },
      commit('R'),
      { session: 'observer', sql: 'SELECT sum(amount) FROM receipts WHERE batch = 1', label: 'final' },
    ],
    detect: (o) => o.value('reported', 'sum') !== o.value('final', 'sum'),
  },
];

/** Find a scenario by id. */
export function scenarioById(id: string): ScenarioDefinition | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
