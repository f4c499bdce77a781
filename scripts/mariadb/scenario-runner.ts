/**
 * Replays an isolation scenario (setup + interleaved session steps) against a real MariaDB server and
 * reports it in the engine's ScenarioRun shape, so the InnoDB model can be compared step by step.
 *
 * Each session is its own connection. A step is sent without awaiting it; the runner then polls
 * the InnoDB monitor on a monitoring connection until every outstanding statement has either
 * finished or is in `LOCK WAIT` (SHOW ENGINE INNODB STATUS, https://mariadb.com/kb/en/show-engine-innodb-status/),
 * and trusts that picture only once two polls a moment apart agree. Blocking is never decided by a sleep
 * alone. InnoDB checks for deadlocks when a wait starts (innodb_deadlock_detect=ON), so no extra pause
 * is needed for the victim to be chosen.
 *
 * Every run gets a fresh database and fresh connections, so no session state (a pending
 * `SET TRANSACTION`, an open transaction) leaks into the next run.
 */
import mariadb, { type Connection } from 'mariadb';
import type { ResultRow, ResumedResult, ScenarioInput, ScenarioRun, SqlValue, StepResult } from '../../lib/isolation/engine/types';

/** Connection settings for {@link MariadbScenarioRunner}. */
export interface MariadbRunnerOptions {
  host: string;
  port: number;
  user: string;
}

type Outcome =
  | { status: 'ok'; rows?: ResultRow[] }
  | { status: 'error'; sqlstate: string; errorCode: number; message: string };

interface Pending {
  settled: boolean;
  order: number;
  outcome?: Outcome;
}

interface Session {
  name: string;
  conn: Connection;
  threadId: number;
  pending: Pending | null;
  /** The session set innodb_lock_wait_timeout: its waits end in 1205, so a wait is not a settled state. */
  timesOut: boolean;
  /** Inside START TRANSACTION … COMMIT/ROLLBACK, as far as the script says (a deadlock may have ended it). */
  inTransaction: boolean;
}

const DATABASE = 'replay';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Engine-shaped rows from a driver result: BigInt and DECIMAL become numbers; non-SELECT results have none. */
function toRows(result: unknown): ResultRow[] | undefined {
  if (!Array.isArray(result)) return undefined;
  return result.map((row: Record<string, unknown>) => {
    const out: ResultRow = {};
    for (const [k, v] of Object.entries(row)) {
      out[k] = typeof v === 'bigint' ? Number(v) : (v as SqlValue);
    }
    return out;
  });
}

/** Drives scenarios against a MariaDB server, one fresh database per run. */
export class MariadbScenarioRunner {
  private monitor: Connection | null = null;
  private settleCounter = 0;
  /** Server option applied to every session of the following runs (`SET SESSION`). */
  snapshotIsolation = false;

  constructor(private readonly options: MariadbRunnerOptions) {}

  private connect(database?: string): Promise<Connection> {
    return mariadb.createConnection({
      host: this.options.host,
      port: this.options.port,
      user: this.options.user,
      password: '',
      database,
      bigIntAsNumber: true,
      decimalAsNumber: true,
      insertIdAsNumber: true,
      queryTimeout: 0,
      connectTimeout: 10_000,
    });
  }

  /** Open the monitoring connection. */
  async init(): Promise<void> {
    this.monitor = await this.connect();
    // The model blocks rather than timing out; give real waits far longer than any step takes.
    await this.monitor.query('SET GLOBAL innodb_lock_wait_timeout = 30');
  }

  /** Close the monitoring connection. */
  async close(): Promise<void> {
    await this.monitor?.end();
    this.monitor = null;
  }

  /**
   * Run one scenario (setup in autocommit, then the steps) and return what each step did on MariaDB.
   * A step sent to a session whose statement is still blocked ends the run there: `halted` names it.
   */
  async run(input: ScenarioInput): Promise<ScenarioRun & { halted?: { session: string; sql: string } }> {
    const monitor = this.monitor as Connection;
    await monitor.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
    await monitor.query(`CREATE DATABASE ${DATABASE}`);
    await monitor.query(`USE ${DATABASE}`);
    for (const sql of input.setup) await monitor.query(sql);

    const sessions = new Map<string, Session>();
    const steps: StepResult[] = [];
    let halted: { session: string; sql: string } | undefined;
    try {
      for (const step of input.steps) {
        let s = sessions.get(step.session);
        if (!s) {
          const conn = await this.connect(DATABASE);
          // A killed connection reports its closed socket as an 'error' event; that is expected at cleanup.
          conn.on('error', () => {});
          await conn.query(`SET SESSION innodb_snapshot_isolation = ${this.snapshotIsolation ? 'ON' : 'OFF'}`);
          s = { name: step.session, conn, threadId: conn.threadId as number, pending: null, timesOut: false, inTransaction: false };
          sessions.set(step.session, s);
        }
        if (s.pending) {
          halted = { session: step.session, sql: step.sql };
          break;
        }
        const before = [...sessions.values()].filter((x) => x.pending);
        const pending: Pending = { settled: false, order: 0 };
        s.pending = pending;
        if (/innodb_lock_wait_timeout/i.test(step.sql)) s.timesOut = true;
        s.conn.query(step.sql).then(
          (r: unknown) => {
            const rows = toRows(r);
            pending.outcome = rows ? { status: 'ok', rows } : { status: 'ok' };
            pending.settled = true;
            pending.order = ++this.settleCounter;
          },
          (e: { errno?: number; sqlState?: string; sqlMessage?: string; message: string }) => {
            pending.outcome = {
              status: 'error',
              sqlstate: e.sqlState ?? 'HY000',
              errorCode: e.errno ?? 0,
              message: e.sqlMessage ?? e.message,
            };
            pending.settled = true;
            pending.order = ++this.settleCounter;
          },
        );
        await this.settle(sessions);
        // Only a commit adds to InnoDB's history list (what purge works on): a COMMIT or ROLLBACK, the
        // implicit commit of START TRANSACTION / BEGIN, an autocommit statement, or a statement resumed now.
        const ends = /^\s*(COMMIT|ROLLBACK|START|BEGIN)\b/i.test(step.sql);
        if (ends || !s.inTransaction || before.some((x) => x.pending?.settled)) await this.waitForPurge();
        if (/^\s*(START|BEGIN)\b/i.test(step.sql)) s.inTransaction = true;
        else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(step.sql)) s.inTransaction = false;

        const result: StepResult = { session: step.session, sql: step.sql, status: 'blocked' };
        if (pending.settled) {
          Object.assign(result, pending.outcome);
          s.pending = null;
        }
        const resumed: Array<ResumedResult & { order: number }> = [];
        for (const other of before) {
          const p = other.pending;
          if (p && p.settled && p.outcome) {
            resumed.push({ session: other.name, ...p.outcome, order: p.order });
            other.pending = null;
          }
        }
        if (resumed.length > 0) result.resumed = resumed.sort((a, b) => a.order - b.order).map(({ order: _order, ...r }) => r);
        steps.push(result);
      }
    } finally {
      await this.cleanup(sessions);
    }
    return halted ? { steps, halted } : { steps };
  }

  /** Poll until every outstanding statement has finished or waits for a lock. */
  private async settle(sessions: Map<string, Session>): Promise<void> {
    const monitor = this.monitor as Connection;
    const deadline = Date.now() + 15_000;
    let confirmed = false;
    for (;;) {
      if (Date.now() > deadline) throw new Error('MariaDB replay: statements neither finished nor blocked within 15 s');
      const outstanding = [...sessions.values()].filter((s) => s.pending && !s.pending.settled);
      if (outstanding.length === 0) return;
      const settledBefore = this.settleCounter;
      const waiting = await this.lockWaiters(monitor);
      if (this.settleCounter !== settledBefore) continue;
      const running = outstanding.filter((s) => !waiting.has(s.threadId) || s.timesOut);
      if (running.length > 0) {
        confirmed = false;
        await sleep(1);
        continue;
      }
      if (confirmed) return;
      confirmed = true;
      await sleep(15);
    }
  }

  /**
   * Wait until InnoDB's purge has removed what it can: the history list is empty, purge reports
   * "running but idle" twice with the same history length, or the length has not moved for 40 ms (the
   * rest is kept for an open read view). Delete-marked records still hold and take locks until purged,
   * so without this a busy machine's late purge changes who waits for whom (the model purges after
   * every step). Purge runs in the background, so on a very loaded machine this stays a heuristic.
   */
  private async waitForPurge(): Promise<void> {
    const monitor = this.monitor as Connection;
    const deadline = Date.now() + 1000;
    let last: string | null = null;
    let since = Date.now();
    let idle = false;
    while (Date.now() < deadline) {
      const rows: Array<{ Status: string }> = await monitor.query('SHOW ENGINE INNODB STATUS');
      const status = rows[0]?.Status ?? '';
      const history = /History list length (\d+)/.exec(status)?.[1] ?? '0';
      if (history === '0') return;
      const nowIdle = /state: running but idle/.test(status);
      if (history !== last) {
        last = history;
        since = Date.now();
      } else if ((idle && nowIdle) || Date.now() - since >= 40) return;
      idle = nowIdle;
      await sleep(5);
    }
  }

  /**
   * Thread ids of transactions in LOCK WAIT, from SHOW ENGINE INNODB STATUS. information_schema.INNODB_TRX
   * would be simpler, but InnoDB refreshes that table's cache only when it has not been read for 0.1 s
   * (CACHE_MIN_IDLE_TIME_US in trx0i_s.cc), so polling it quickly keeps returning a stale picture.
   */
  private async lockWaiters(monitor: Connection): Promise<Set<number>> {
    const rows: Array<{ Status: string }> = await monitor.query('SHOW ENGINE INNODB STATUS');
    const status = rows[0]?.Status ?? '';
    const waiting = new Set<number>();
    for (const block of status.split('---TRANSACTION ')) {
      if (!/\nLOCK WAIT /.test(block)) continue;
      const m = /thread id (\d+)/.exec(block);
      if (m) waiting.add(Number(m[1]));
    }
    return waiting;
  }

  /** Kill every session of the run (blocked ones included) and close their connections. */
  private async cleanup(sessions: Map<string, Session>): Promise<void> {
    const monitor = this.monitor as Connection;
    for (const s of sessions.values()) {
      if (s.pending && !s.pending.settled) {
        // Not conn.destroy(): the driver then opens its own connection to KILL the thread, racing this one.
        await monitor.query(`KILL ${s.threadId}`).catch(() => {});
        await s.conn.end().catch(() => {});
      } else {
        await s.conn.end().catch(() => s.conn.destroy());
      }
    }
    const ids = [...sessions.values()].map((s) => s.threadId);
    if (ids.length === 0) return;
    for (let i = 0; i < 2000; i++) {
      const rows: Array<{ n: number }> = await monitor.query(
        `SELECT count(*) AS n FROM information_schema.PROCESSLIST WHERE ID IN (${ids.join(',')})`,
      );
      if (Number(rows[0]?.n) === 0) return;
      await sleep(2);
    }
  }
}
