/**
 * The engine: sessions (connections, as in psql) running statements against
 * one shared database. It owns the transaction manager, storage, SSI state,
 * blocked statements and deadlock detection, and reports every step the way
 * a client would see it.
 *
 * Transaction-block rules follow PostgreSQL: a statement outside BEGIN runs in
 * its own READ COMMITTED transaction (autocommit); any error inside a block
 * aborts the transaction at once (releasing its locks, so waiters resume at
 * that step) and later statements get 25P02 until COMMIT/ROLLBACK, where COMMIT
 * of a failed block just rolls back (https://www.postgresql.org/docs/current/tutorial-transactions.html).
 */
import { IN_FAILED_TRANSACTION_MESSAGE, IsolationSqlError, ScenarioError, SQLSTATE } from './errors';
import { executeStatement, startStatement, type DataStatement, type ExecEnv, type StatementRun } from './executor';
import { describeEngine, type EngineState } from './inspect';
import { closesCycle } from './locks';
import { parseStatement } from './parser';
import { SsiManager, type SerializableXact } from './ssi';
import { Catalog } from './storage';
import { TransactionManager, type Transaction } from './transactions';
import type { IsolationLevel, ResultRow, ResumedResult, StepResult } from './types';

/** Isolation level of statements outside a transaction block, and of `BEGIN` without a level (PostgreSQL's default). */
export const DEFAULT_ISOLATION_LEVEL: IsolationLevel = 'READ COMMITTED';

interface BlockedStatement {
  run: StatementRun;
  holder: Transaction;
  autocommit: boolean;
}

interface SessionState {
  name: string;
  txn: Transaction | null;
  inBlock: boolean;
  failed: boolean;
  blocked: BlockedStatement | null;
}

/** What a statement produced, before it is attached to a step. */
type Outcome =
  | { status: 'ok'; rows?: ResultRow[] }
  | { status: 'blocked' }
  | { status: 'error'; sqlstate: string; message: string };

const deadlockError = () => new IsolationSqlError(SQLSTATE.deadlockDetected, 'deadlock detected');

/** An in-memory database that many named sessions talk to, one statement at a time. */
export class Engine {
  private readonly env: ExecEnv;
  private readonly sessions = new Map<string, SessionState>();
  /** Blocked sessions in the order they started waiting (PostgreSQL wakes lock waiters in queue order). */
  private readonly waiting: SessionState[] = [];
  /** Transactions that ended during the current step and may have waiters to wake. */
  private readonly ended: Transaction[] = [];

  constructor() {
    const txns = new TransactionManager();
    this.env = { catalog: new Catalog(), txns, ssi: new SsiManager(txns) };
  }

  /** True if the session's current statement is waiting for a lock. */
  isBlocked(session: string): boolean {
    return this.sessions.get(session)?.blocked != null;
  }

  /** Transaction state of a session, for explanations: idle, in a block, or in a failed block. */
  transactionStatus(session: string): 'idle' | 'in-transaction' | 'failed' {
    const s = this.sessions.get(session);
    if (!s || !s.inBlock) return 'idle';
    return s.failed ? 'failed' : 'in-transaction';
  }

  /**
   * A read-only picture of the database between steps: every row version with its xmin/xmax, and for
   * each of `sessions` (default: every session so far) its transaction, snapshot and what that snapshot sees.
   * Nothing in the engine changes (see inspect.ts).
   */
  inspect(sessions?: readonly string[]): EngineState {
    const names = sessions ?? [...this.sessions.keys()];
    return describeEngine({
      tables: this.env.catalog.list(),
      txns: this.env.txns,
      sessions: names.map((name) => {
        const s = this.sessions.get(name);
        return { name, txn: s?.txn ?? null, inBlock: s?.inBlock ?? false, failed: s?.failed ?? false, waitingFor: s?.blocked?.holder ?? null };
      }),
    });
  }

  /**
   * Run one statement in a session. Throws ScenarioError if the session is blocked
   * (a real client cannot send anything while its statement waits).
   */
  execute(session: string, sql: string): StepResult {
    const s = this.session(session);
    if (s.blocked) {
      throw new ScenarioError(`session "${session}" is blocked waiting for a lock and cannot run "${sql}"`);
    }
    const outcome = this.run(s, sql);
    const resumed = this.wakeWaiters();
    const step: StepResult = { session, sql, ...outcome };
    if (resumed.length > 0) step.resumed = resumed;
    return step;
  }

  private session(name: string): SessionState {
    let s = this.sessions.get(name);
    if (!s) {
      s = { name, txn: null, inBlock: false, failed: false, blocked: null };
      this.sessions.set(name, s);
    }
    return s;
  }

  private run(s: SessionState, sql: string): Outcome {
    let stmt;
    try {
      stmt = parseStatement(sql);
    } catch (e) {
      // Syntax errors are reported even inside a failed block (parsing comes first), and fail an open block.
      return this.fail(s, e, !s.inBlock);
    }
    if (s.inBlock && s.failed) {
      if (stmt.kind === 'commit' || stmt.kind === 'rollback') {
        s.inBlock = false;
        s.failed = false;
        s.txn = null;
        return { status: 'ok' };
      }
      return { status: 'error', sqlstate: SQLSTATE.inFailedTransaction, message: IN_FAILED_TRANSACTION_MESSAGE };
    }
    switch (stmt.kind) {
      case 'begin':
        // BEGIN inside a block only warns ("there is already a transaction in progress").
        if (!s.inBlock) {
          s.txn = this.env.txns.begin(stmt.level ?? DEFAULT_ISOLATION_LEVEL, s.name);
          s.inBlock = true;
        }
        return { status: 'ok' };
      case 'set_transaction':
        // Outside a block PostgreSQL only warns and ignores it.
        if (!s.inBlock) return { status: 'ok' };
        if ((s.txn as Transaction).snapshot) {
          return this.fail(
            s,
            new IsolationSqlError(SQLSTATE.activeSqlTransaction, 'SET TRANSACTION ISOLATION LEVEL must be called before any query'),
            false,
          );
        }
        (s.txn as Transaction).level = stmt.level;
        return { status: 'ok' };
      case 'commit':
        if (!s.inBlock) return { status: 'ok' }; // warning: there is no transaction in progress
        return this.commitBlock(s);
      case 'rollback':
        if (s.inBlock) {
          this.abort(s.txn as Transaction);
          s.txn = null;
          s.inBlock = false;
        }
        return { status: 'ok' };
      default: {
        const autocommit = !s.inBlock;
        if (autocommit) s.txn = this.env.txns.begin(DEFAULT_ISOLATION_LEVEL, s.name);
        const txn = s.txn as Transaction;
        const reader = startStatement(txn, this.env);
        return this.drive(s, executeStatement(stmt as DataStatement, reader, this.env), autocommit);
      }
    }
  }

  /** Advance a statement until it finishes, fails or has to wait. */
  private drive(s: SessionState, run: StatementRun, autocommit: boolean): Outcome {
    let r: IteratorResult<{ holder: Transaction }, { rows?: ResultRow[] }>;
    try {
      r = run.next();
    } catch (e) {
      return this.fail(s, e, autocommit);
    }
    if (r.done) {
      if (autocommit) {
        this.commit(s.txn as Transaction);
        s.txn = null;
      }
      return r.value.rows ? { status: 'ok', rows: r.value.rows } : { status: 'ok' };
    }
    const holder = r.value.holder;
    const me = s.txn as Transaction;
    if (closesCycle(me, holder, (t) => this.waitsFor(t))) {
      run.return({});
      return this.fail(s, deadlockError(), autocommit);
    }
    s.blocked = { run, holder, autocommit };
    this.waiting.push(s);
    return { status: 'blocked' };
  }

  private waitsFor(t: Transaction): Transaction | null {
    const s = this.sessions.get(t.session);
    return s && s.txn === t && s.blocked ? s.blocked.holder : null;
  }

  /** A statement failed: abort its transaction (a block stays open but failed). */
  private fail(s: SessionState, e: unknown, autocommit: boolean): Outcome {
    if (!(e instanceof IsolationSqlError)) throw e;
    if (s.txn && s.txn.state === 'in-progress') this.abort(s.txn);
    if (autocommit) s.txn = null;
    else s.failed = true;
    return { status: 'error', sqlstate: e.sqlstate, message: e.message };
  }

  private commitBlock(s: SessionState): Outcome {
    const txn = s.txn as Transaction;
    s.txn = null;
    s.inBlock = false;
    try {
      this.commit(txn);
    } catch (e) {
      if (!(e instanceof IsolationSqlError)) throw e;
      this.abort(txn);
      return { status: 'error', sqlstate: e.sqlstate, message: e.message };
    }
    return { status: 'ok' };
  }

  private commit(txn: Transaction): void {
    const sx = txn.sxact as SerializableXact | null;
    if (sx) this.env.ssi.preCommit(sx); // may throw 40001
    this.env.txns.commit(txn);
    if (sx) this.env.ssi.releaseCommitted(sx);
    this.ended.push(txn);
  }

  private abort(txn: Transaction): void {
    this.env.txns.abort(txn);
    const sx = txn.sxact as SerializableXact | null;
    if (sx && !sx.released) this.env.ssi.releaseAborted(sx);
    this.ended.push(txn);
  }

  /** Resume statements whose lock holder has ended, repeatedly, collecting what finished. */
  private wakeWaiters(): ResumedResult[] {
    const resumed: ResumedResult[] = [];
    while (this.ended.length > 0) {
      const t = this.ended.shift() as Transaction;
      const woken = this.waiting.filter((w) => w.blocked?.holder === t);
      for (const w of woken) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        const b = w.blocked as BlockedStatement;
        w.blocked = null;
        const outcome = this.drive(w, b.run, b.autocommit);
        if (outcome.status !== 'blocked') resumed.push({ session: w.name, ...outcome });
      }
    }
    return resumed;
  }
}
