/**
 * Seeded random interleavings of small transactions on one table, for
 * differential testing (engine vs PostgreSQL) and robustness tests. The
 * generator runs each step on the engine as it goes so it never sends a step
 * to a blocked session, and it keeps at most one session blocked at a time,
 * so the real server has no wake-up races that would make a run nondeterministic.
 */
import { createEngine } from '../engine/index';
import type { EngineKind, IsolationLevel, ScenarioInput, ScenarioStep } from '../engine/types';

/** A small deterministic PRNG (LCG), so a seed always yields the same interleaving. */
function lcg(seed: number): () => number {
  let s = (Math.abs(Math.floor(seed)) % 2147483647) + 1;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const SETUP = ['CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)', 'INSERT INTO t VALUES (1, 10), (2, 20), (3, 30)'];

/**
 * Generate the interleaving for `seed` at `level` (or a level chosen by the seed). With `engine: 'innodb'`
 * the script is in MySQL's syntax (SET TRANSACTION … then START TRANSACTION) and the InnoDB model decides
 * which sessions are blocked while generating.
 */
export function randomInterleaving(
  seed: number,
  level?: IsolationLevel,
  options: { engine?: EngineKind; innodbSnapshotIsolation?: boolean } = {},
): ScenarioInput {
  const innodb = options.engine === 'innodb';
  const rnd = lcg(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
  const lvl = level ?? pick<IsolationLevel>(['READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE']);
  const statements: Array<() => string> = [
    () => 'SELECT * FROM t ORDER BY id',
    () => 'SELECT sum(v), count(*) FROM t',
    () => `SELECT v FROM t WHERE id = ${pick([1, 2, 3, 4])}`,
    () => `UPDATE t SET v = v + 1 WHERE id = ${pick([1, 2, 3])}`,
    () => `UPDATE t SET v = v * 2 WHERE v > ${pick([10, 20, 25])}`,
    () => `UPDATE t SET id = id + 10 WHERE id = ${pick([1, 2, 3])}`,
    () => `UPDATE t SET v = 0 WHERE id IN (${pick([1, 2])}, 3)`,
    () => `DELETE FROM t WHERE id = ${pick([1, 2, 3, 4])}`,
    () => `DELETE FROM t WHERE v >= ${pick([20, 30])}`,
    () => `INSERT INTO t VALUES (${pick([4, 5])}, ${pick([1, 50])})`,
    () => `SELECT * FROM t WHERE id = ${pick([1, 2, 3])} FOR UPDATE`,
    () => 'SELECT id FROM t WHERE v < 25 ORDER BY v DESC FOR UPDATE',
    () => 'COMMIT',
    () => 'ROLLBACK',
  ];
  const engine = createEngine(options);
  for (const sql of SETUP) engine.execute('__setup__', sql);
  const steps: ScenarioStep[] = [];
  const sessions = rnd() < 0.5 ? ['A', 'B', 'C'] : ['A', 'B'];
  const inBlock = new Map<string, boolean>();
  const send = (session: string, sql: string) => {
    steps.push({ session, sql });
    engine.execute(session, sql);
    if (sql.startsWith('BEGIN') || sql === 'START TRANSACTION') inBlock.set(session, true);
    if (sql === 'COMMIT' || sql === 'ROLLBACK') inBlock.set(session, false);
  };
  const begin = `BEGIN ISOLATION LEVEL ${lvl}`;
  const start = (s: string) => {
    if (!innodb) return send(s, begin);
    send(s, `SET TRANSACTION ISOLATION LEVEL ${lvl}`);
    send(s, 'START TRANSACTION');
  };
  for (const s of sessions) start(s);
  const n = 4 + Math.floor(rnd() * 10);
  for (let i = 0; i < n; i++) {
    const free = sessions.filter((s) => !engine.isBlocked(s));
    if (free.length === 0) break;
    const s = pick(free);
    let sql = inBlock.get(s) ? pick(statements)() : begin;
    // With a session already waiting, only let others end their transactions: never two waiters at once.
    if (free.length < sessions.length && sessions.length > 2 && sql !== 'COMMIT' && sql !== 'ROLLBACK') sql = pick(['COMMIT', 'ROLLBACK']);
    if (sql === begin) start(s);
    else send(s, sql);
  }
  for (let guard = 0; guard < 10; guard++) {
    const open = sessions.filter((s) => !engine.isBlocked(s) && inBlock.get(s));
    if (open.length === 0) break;
    send(open[0] as string, 'COMMIT');
  }
  steps.push({ session: 'observer', sql: 'SELECT * FROM t ORDER BY id' });
  return innodb
    ? { engine: 'innodb', innodbSnapshotIsolation: options.innodbSnapshotIsolation ?? false, setup: [...SETUP], steps }
    : { setup: [...SETUP], steps };
}
