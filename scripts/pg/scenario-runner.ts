/**
 * Replays an isolation scenario (setup + interleaved session steps) against a
 * real PostgreSQL server and reports it in the engine's ScenarioRun shape, so
 * the two can be compared step by step.
 *
 * Each session is its own connection. A step is sent without awaiting it; the
 * runner then polls `pg_locks` on a separate monitoring connection until every
 * outstanding statement has either finished or is waiting for a lock
 * (an ungranted lock row for that backend). Blocking is never decided by a
 * sleep. The one deliberate pause: when a statement has just started waiting,
 * the runner waits a few deadlock_timeouts before moving on, so PostgreSQL's
 * deadlock check has run in that backend — which makes the session whose wait
 * closes a cycle the one that gets 40P01, deterministically.
 */
import pg from 'pg';
import type { ResultRow, ResumedResult, ScenarioInput, ScenarioRun, StepResult } from '../../lib/isolation/engine/types';

/** Connection settings for {@link PostgresScenarioRunner}. */
export interface RunnerOptions {
  host: string;
  port: number;
  /** Must match the server's deadlock_timeout; the runner waits a few of these after a new lock wait. */
  deadlockTimeoutMs: number;
}

interface Pending {
  settled: boolean;
  order: number;
  outcome?: { status: 'ok'; rows?: ResultRow[] } | { status: 'error'; sqlstate: string; message: string };
}

interface Session {
  name: string;
  client: pg.Client;
  pid: number;
  pending: Pending | null;
  /** Identity of the lock this session was last seen waiting for. */
  lastWait: string | null;
}

// OIDs of int8 and numeric: the pg driver returns them as strings; the engine uses numbers.
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Convert a pg result to engine-shaped rows: int8/numeric strings become numbers. */
export function normalizeResult(result: pg.QueryResult): ResultRow[] | undefined {
  if (result.command !== 'SELECT') return undefined;
  const numeric = new Set(
    result.fields.filter((f) => f.dataTypeID === INT8_OID || f.dataTypeID === NUMERIC_OID).map((f) => f.name),
  );
  return result.rows.map((row: Record<string, unknown>) => {
    const out: ResultRow = {};
    for (const [k, v] of Object.entries(row)) {
      out[k] = numeric.has(k) && typeof v === 'string' ? Number(v) : (v as ResultRow[string]);
    }
    return out;
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Drives scenarios against a PostgreSQL server, one fresh schema per run. */
export class PostgresScenarioRunner {
  private monitor: pg.Client | null = null;
  private admin: pg.Client | null = null;
  private settleCounter = 0;
  /** Idle session connections kept between runs (reset with ROLLBACK), keyed by session name. */
  private readonly pool = new Map<string, Session>();

  constructor(private readonly options: RunnerOptions) {}

  private async connect(name: string): Promise<pg.Client> {
    const client = new pg.Client({
      host: this.options.host,
      port: this.options.port,
      user: 'postgres',
      database: 'postgres',
      application_name: `replay-${name}`,
      statement_timeout: 20_000,
    });
    await client.connect();
    // Warnings (e.g. COMMIT outside a transaction) are expected; keep them off the console.
    client.on('notice', () => {});
    // A backend terminated during cleanup reports a FATAL error on its connection; it is expected.
    client.on('error', () => {});
    return client;
  }

  /** Open the monitoring and setup connections. */
  async init(): Promise<void> {
    this.monitor = await this.connect('monitor');
    this.admin = await this.connect('setup');
  }

  /** Close all connections. */
  async close(): Promise<void> {
    for (const s of this.pool.values()) await s.client.end();
    this.pool.clear();
    await this.monitor?.end();
    await this.admin?.end();
  }

  /** Run one scenario and return what each step did on PostgreSQL. */
  async run(input: ScenarioInput): Promise<ScenarioRun> {
    const admin = this.admin as pg.Client;
    await admin.query('DROP SCHEMA IF EXISTS public CASCADE');
    await admin.query('CREATE SCHEMA public');
    for (const sql of input.setup) await admin.query(sql);

    const sessions = new Map<string, Session>();
    const steps: StepResult[] = [];
    try {
      for (const step of input.steps) {
        let s = sessions.get(step.session);
        if (!s) {
          s = this.pool.get(step.session);
          this.pool.delete(step.session);
          if (!s) {
            const client = await this.connect(step.session);
            s = { name: step.session, client, pid: (client as unknown as { processID: number }).processID, pending: null, lastWait: null };
          }
          sessions.set(step.session, s);
        }
        if (s.pending) throw new Error(`scenario error: session "${s.name}" is blocked and cannot run "${step.sql}"`);
        const before = new Set([...sessions.values()].filter((x) => x.pending));
        const pending: Pending = { settled: false, order: 0 };
        s.pending = pending;
        s.lastWait = null;
        const client = s.client;
        client.query(step.sql).then(
          (r) => {
            pending.outcome = { status: 'ok', rows: normalizeResult(r) };
            pending.settled = true;
            pending.order = ++this.settleCounter;
          },
          (e: { code?: string; message: string }) => {
            // The driver reports an error as soon as ErrorResponse arrives, but the backend only
            // aborts the transaction (releasing its locks and waking waiters) after sending it.
            // An empty query is answered after that, so wait for it before calling the step done.
            const done = () => {
              pending.outcome = { status: 'error', sqlstate: e.code ?? 'XX000', message: e.message };
              pending.settled = true;
              pending.order = ++this.settleCounter;
            };
            client.query('').then(done, done);
          },
        );
        await this.settle(sessions);

        const result: StepResult = { session: step.session, sql: step.sql, status: 'blocked' };
        if (pending.settled) {
          Object.assign(result, stripUndefined(pending.outcome));
          s.pending = null;
        }
        const resumed: Array<ResumedResult & { order: number }> = [];
        for (const other of before) {
          const p = other.pending;
          if (p && p.settled && p.outcome) {
            resumed.push({ session: other.name, ...stripUndefined(p.outcome), order: p.order });
            other.pending = null;
          }
        }
        if (resumed.length > 0) {
          result.resumed = resumed.sort((a, b) => a.order - b.order).map(({ order: _order, ...r }) => r);
        }
        steps.push(result);
      }
    } finally {
      await this.cleanup(sessions);
    }
    return { steps };
  }

  /** Poll until every outstanding statement has finished or waits for a lock, letting deadlock checks run. */
  private async settle(sessions: Map<string, Session>): Promise<void> {
    const monitor = this.monitor as pg.Client;
    const deadline = Date.now() + 15_000;
    // A lock picture is trusted only once two polls a moment apart agree: on a loaded machine a woken
    // backend can still show its old wait for a short while after the statement that woke it returned.
    let confirmed = false;
    for (;;) {
      if (Date.now() > deadline) throw new Error('PostgreSQL replay: statements neither finished nor blocked within 15 s');
      const outstanding = [...sessions.values()].filter((s) => s.pending && !s.pending.settled);
      if (outstanding.length === 0) return;
      const settledBefore = this.settleCounter;
      const { rows } = await monitor.query<{ pid: number; lock: string }>(
        `SELECT pid, concat_ws('/', locktype, database, relation, page, tuple, transactionid, virtualxid, mode) AS lock
           FROM pg_locks WHERE NOT granted AND pid = ANY($1::int[])`,
        [outstanding.map((s) => s.pid)],
      );
      // If any statement finished while the poll was in flight, the lock picture may predate it
      // (e.g. a COMMIT that woke a waiter): poll again rather than trust it.
      if (this.settleCounter !== settledBefore) continue;
      const waiting = new Map(rows.map((r) => [r.pid, r.lock]));
      const running = outstanding.filter((s) => !s.pending?.settled && !waiting.has(s.pid));
      if (running.length > 0) {
        confirmed = false;
        await sleep(1);
        continue;
      }
      const newWaits = outstanding.filter((s) => !s.pending?.settled && s.lastWait !== waiting.get(s.pid));
      if (newWaits.length === 0) {
        if (confirmed) return;
        confirmed = true;
        await sleep(20);
        continue;
      }
      confirmed = false;
      for (const s of newWaits) s.lastWait = waiting.get(s.pid) ?? null;
      // PostgreSQL checks for deadlock deadlock_timeout after a wait starts; give it time to do so.
      await sleep(this.options.deadlockTimeoutMs * 4);
    }
  }

  /**
   * End the run: roll back every session that is idle and keep its connection for the next run;
   * terminate sessions still blocked. Waits until terminated backends are gone so that no
   * transaction (or SSI state) leaks into the next run.
   */
  private async cleanup(sessions: Map<string, Session>): Promise<void> {
    const monitor = this.monitor as pg.Client;
    const stuck = [...sessions.values()].filter((s) => s.pending && !s.pending.settled);
    const reusable = [...sessions.values()].filter((s) => !stuck.includes(s));
    for (const s of reusable) {
      try {
        await s.client.query('ROLLBACK');
        s.pending = null;
        s.lastWait = null;
        this.pool.set(s.name, s);
      } catch {
        stuck.push(s);
      }
    }
    if (stuck.length === 0) return;
    const pids = stuck.map((s) => s.pid);
    await monitor.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
    await Promise.all(
      stuck.map(async (s) => {
        try {
          await s.client.end();
        } catch {
          // connection already gone (terminated)
        }
      }),
    );
    for (let i = 0; i < 2000; i++) {
      const { rows } = await monitor.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1::int[])', [pids]);
      if ((rows[0] as { n: number }).n === 0) return;
      await sleep(2);
    }
  }
}

function stripUndefined<T extends object>(o: T | undefined): T {
  const out = {} as T;
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
