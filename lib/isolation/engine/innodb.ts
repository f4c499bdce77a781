/**
 * A model of how MySQL's and MariaDB's InnoDB run concurrent transactions, beside the PostgreSQL one
 * (engine.ts). Same step interface: named sessions send one statement at a time; a statement that has
 * to wait for a lock reports `blocked` and finishes during a later step (`resumed`).
 *
 * What it models (https://dev.mysql.com/doc/refman/8.0/en/innodb-transaction-isolation-levels.html,
 * innodb-consistent-read.html, innodb-locking.html, innodb-next-key-locking.html):
 * - rows live in the clustered (primary-key) index; each record keeps its versions (undo log), newest last;
 * - plain SELECTs are consistent non-locking reads: REPEATABLE READ reads the snapshot (read view)
 *   taken at the transaction's first consistent read, READ COMMITTED takes a fresh one per statement,
 *   READ UNCOMMITTED reads the newest version even if uncommitted (dirty read);
 * - locking reads (FOR UPDATE = X, FOR SHARE / LOCK IN SHARE MODE = S), UPDATE and DELETE read the
 *   newest committed version after locking it (a "current read"), so a REPEATABLE READ read-modify-write
 *   can lose an update;
 * - at REPEATABLE READ and SERIALIZABLE those statements take next-key locks on every record they scan
 *   (a full scan: every record plus every gap up to the supremum; a primary-key equality: the record
 *   only, or the gap where it would be if it is missing); READ COMMITTED takes record locks only and
 *   releases those on rows that do not match the WHERE clause; its UPDATE reads semi-consistently
 *   (a locked row whose newest committed version does not match is skipped without waiting);
 * - SERIALIZABLE is REPEATABLE READ with every plain SELECT inside a transaction run as
 *   LOCK IN SHARE MODE (an autocommit SELECT stays a consistent read);
 * - INSERT checks the primary key (a shared lock on an existing duplicate, waiting for its writer),
 *   then waits for gap locks of others on the gap it goes into (insert intention);
 * - deadlocks are detected when a wait starts; the transaction whose wait would close the cycle gets
 *   1213 and its whole transaction is rolled back (innodb-deadlock-detection.html);
 * - other errors roll back only the statement (innodb-error-handling.html), so there is no
 *   "failed transaction" state as in PostgreSQL;
 * - lock waits block until the holder ends (a real server gives up after innodb_lock_wait_timeout, 50 s);
 *   a session that sets `SET innodb_lock_wait_timeout = N` gets 1205 for a statement that has to wait,
 *   as if N seconds passed before the next step, and only that statement is rolled back;
 * - MariaDB's innodb_snapshot_isolation=ON (https://mariadb.com/kb/en/innodb-system-variables/#innodb_snapshot_isolation):
 *   at REPEATABLE READ, once the transaction has a read view, a locking read, UPDATE or DELETE that
 *   reaches a record whose newest version the read view cannot see fails with 1020 (ER_CHECKREAD), and
 *   the whole transaction is rolled back (MDEV-35235).
 *
 * Transaction control is MySQL's: `SET TRANSACTION ISOLATION LEVEL …` outside a transaction applies to
 * the next one, `SET SESSION TRANSACTION …` to all later ones, START TRANSACTION / BEGIN inside a
 * transaction commits it first (implicit commit), statements outside a transaction autocommit, and the
 * default level is REPEATABLE READ.
 */
import type { Expr, Statement } from './ast';
import { IsolationSqlError, MYSQL_EQUIVALENT, MYSQL_ERROR, ScenarioError, SQLSTATE } from './errors';
import { aggregate, buildTableSchema, compileSelect, sortRows, toRow } from './executor';
import { compileAssignment, compilePredicate, type BindContext, type Row } from './expressions';
import { compareKeys, lockStructCount, LockTable, waitCycle, type Key, type LockEntry, type LockMode, type LockOwner, type LockType } from './innodb-locks';
import { parseStatement } from './parser';
import type { ColumnDef, UniqueConstraint } from './storage';
import type { IsolationLevel, ResultRow, ResumedResult, ScenarioStep, SqlValue, StepResult } from './types';

/** InnoDB's default isolation level (https://dev.mysql.com/doc/refman/8.0/en/innodb-transaction-isolation-levels.html). */
export const INNODB_DEFAULT_ISOLATION_LEVEL: IsolationLevel = 'REPEATABLE READ';

const BEGIN_WITH_LEVEL = /^\s*BEGIN(?:\s+(?:TRANSACTION|WORK))?\s+ISOLATION\s+LEVEL\s+(READ\s+UNCOMMITTED|READ\s+COMMITTED|REPEATABLE\s+READ|SERIALIZABLE)\s*;?\s*$/i;

/**
 * A PostgreSQL-style script's steps in MySQL's syntax: `BEGIN ISOLATION LEVEL x` has no MySQL form and
 * becomes `SET TRANSACTION ISOLATION LEVEL x` (which applies to the next transaction only,
 * https://dev.mysql.com/doc/refman/8.0/en/set-transaction.html) followed by `START TRANSACTION`.
 * Every other step is kept as it is.
 */
export function toInnodbSteps(steps: readonly ScenarioStep[]): ScenarioStep[] {
  return steps.flatMap((st) => {
    const m = BEGIN_WITH_LEVEL.exec(st.sql);
    if (!m) return [{ ...st }];
    const level = (m[1] as string).toUpperCase().replace(/\s+/g, ' ');
    return [
      { session: st.session, sql: `SET TRANSACTION ISOLATION LEVEL ${level}` },
      { session: st.session, sql: 'START TRANSACTION' },
    ];
  });
}

/** Options of the InnoDB model. */
export interface InnodbOptions {
  /** MariaDB's innodb_snapshot_isolation (default OFF, as in MariaDB 10.11 and MySQL, which lacks it). */
  snapshotIsolation?: boolean;
}

class InnoTxn implements LockOwner {
  state: 'active' | 'committed' | 'aborted' = 'active';
  /** Position in the commit order once committed. */
  commitSeq = 0;
  /** The read view: commits numbered up to this are visible. Taken at the first consistent read. */
  view: number | null = null;
  /** Statement counter, to undo one statement's changes. */
  stmt = 0;
  readonly undo: Array<{ table: InnoTable; record: InnoRecord; version: InnoVersion }> = [];

  constructor(
    readonly id: number,
    readonly level: IsolationLevel,
    readonly session: string,
  ) {}

  /** REPEATABLE READ and SERIALIZABLE take gap (next-key) locks; the weaker levels only record locks. */
  get gapLocking(): boolean {
    return this.level === 'REPEATABLE READ' || this.level === 'SERIALIZABLE';
  }
}

interface InnoVersion {
  /** null: a delete-marked record. */
  values: SqlValue[] | null;
  trx: InnoTxn;
  stmt: number;
}

interface InnoRecord {
  key: SqlValue[];
  versions: InnoVersion[];
}

interface InnoTable {
  name: string;
  columns: ColumnDef[];
  uniques: UniqueConstraint[];
  /** Primary-key columns, or null: InnoDB then clusters on a hidden row id. */
  pk: number[] | null;
  /** Records in primary-key order, as in the clustered index. */
  records: InnoRecord[];
  nextRowId: number;
}

interface InnoWait {
  waitsFor: InnoTxn[];
}

type InnoRun = Generator<InnoWait, { rows?: ResultRow[] }, void>;

type Outcome =
  | { status: 'ok'; rows?: ResultRow[] }
  | { status: 'blocked' }
  | { status: 'error'; sqlstate: string; errorCode?: number; message: string };

interface InnoSession {
  name: string;
  txn: InnoTxn | null;
  /** Level of the next transaction only (SET TRANSACTION), then back to `level`. */
  nextLevel: IsolationLevel | null;
  level: IsolationLevel;
  /** Set by SET innodb_lock_wait_timeout: a statement that has to wait then fails with 1205 instead. */
  lockWaitTimeout: number | null;
  blocked: { run: InnoRun; waitsFor: InnoTxn[]; autocommit: boolean } | null;
}

const head = (r: InnoRecord) => r.versions[r.versions.length - 1] as InnoVersion;
const committedBy = (t: InnoTxn, view: number) => t.state === 'committed' && t.commitSeq <= view;

function mysqlError(e: { errorCode: number; sqlstate: string; message: string }): IsolationSqlError {
  return new IsolationSqlError(e.sqlstate, e.message, undefined, e.errorCode);
}

/** Shared state of one InnoDB database. */
class InnoDb {
  readonly tables = new Map<string, InnoTable>();
  readonly locks = new LockTable();
  commits = 0;

  constructor(readonly snapshotIsolation: boolean) {}

  find(table: InnoTable, key: Key): { index: number; record: InnoRecord | undefined } {
    let lo = 0;
    let hi = table.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys((table.records[mid] as InnoRecord).key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    const r = table.records[lo];
    return { index: lo, record: r && compareKeys(r.key, key) === 0 ? r : undefined };
  }
}

/** One statement of one transaction. */
class InnoStatement {
  constructor(
    private readonly db: InnoDb,
    private readonly txn: InnoTxn,
    private readonly autocommit: boolean,
  ) {}

  private table(name: string, pos: number): InnoTable {
    const t = this.db.tables.get(name);
    if (!t) throw new IsolationSqlError(SQLSTATE.undefinedTable, `relation "${name}" does not exist`, pos + 1);
    return t;
  }

  *run(stmt: Statement): InnoRun {
    // Observed on MariaDB 10.11 with innodb_snapshot_isolation=ON (the replay's SERIALIZABLE runs): a
    // SERIALIZABLE transaction has a read view from its first statement on, even though all its reads
    // lock, so a row committed by someone else after that fails with 1020 once we lock it.
    if (this.db.snapshotIsolation && this.txn.level === 'SERIALIZABLE' && !this.autocommit) this.txn.view ??= this.db.commits;
    switch (stmt.kind) {
      case 'create_table':
        this.createTable(stmt);
        return {};
      case 'insert':
        yield* this.insert(stmt);
        return {};
      case 'select':
        return { rows: yield* this.select(stmt) };
      case 'update':
        yield* this.updateOrDelete(stmt.table, stmt.tablePos, stmt.where, stmt);
        return {};
      case 'delete':
        yield* this.updateOrDelete(stmt.table, stmt.tablePos, stmt.where, null);
        return {};
      default:
        throw new Error(`not a data statement: ${stmt.kind}`);
    }
  }

  private createTable(stmt: Extract<Statement, { kind: 'create_table' }>): void {
    if (this.db.tables.has(stmt.table)) throw new IsolationSqlError(SQLSTATE.duplicateTable, `relation "${stmt.table}" already exists`);
    const { columns, uniques } = buildTableSchema(stmt);
    const pkc = stmt.primaryKey ? uniques[0] : undefined;
    this.db.tables.set(stmt.table, { name: stmt.table, columns, uniques, pk: pkc ? pkc.columns : null, records: [], nextRowId: 1 });
  }

  /** The snapshot a consistent read uses: a commit number, or 'dirty' for READ UNCOMMITTED. */
  private readView(): number | 'dirty' {
    const t = this.txn;
    if (t.level === 'READ UNCOMMITTED') return 'dirty';
    if (t.level === 'READ COMMITTED') return this.db.commits;
    t.view ??= this.db.commits;
    return t.view;
  }

  /** The version of `r` a consistent read with `view` sees (own changes always). */
  private consistentVersion(r: InnoRecord, view: number | 'dirty'): InnoVersion | undefined {
    for (let i = r.versions.length - 1; i >= 0; i--) {
      const v = r.versions[i] as InnoVersion;
      if (view === 'dirty' || v.trx === this.txn || committedBy(v.trx, view)) return v;
    }
    return undefined;
  }

  /** Newest version that is committed or our own (what a semi-consistent read looks at). */
  private latestCommitted(r: InnoRecord): InnoVersion | undefined {
    for (let i = r.versions.length - 1; i >= 0; i--) {
      const v = r.versions[i] as InnoVersion;
      if (v.trx === this.txn || v.trx.state === 'committed') return v;
    }
    return undefined;
  }

  /**
   * Primary-key values the WHERE clause pins down (`pk = literal`, `pk IN (literals)`, ANDed with
   * anything), which the optimizer reads by unique search; null means a full clustered-index scan.
   */
  private pointKeys(table: InnoTable, where: Expr | undefined): Key[] | null {
    if (!table.pk || !where) return null;
    const conjuncts: Expr[] = [];
    const flatten = (e: Expr) => {
      if (e.kind === 'binary' && e.op === 'and') {
        flatten(e.left);
        flatten(e.right);
      } else conjuncts.push(e);
    };
    flatten(where);
    const literal = (e: Expr, col: ColumnDef): SqlValue | undefined => {
      if (e.kind !== 'literal') return undefined;
      if ((col.type === 'int4' || col.type === 'int8') && e.literalType === 'int') return e.value;
      if (col.type === 'text' && e.literalType === 'string') return e.value;
      return undefined;
    };
    const perColumn: SqlValue[][] = [];
    for (const ci of table.pk) {
      const col = table.columns[ci] as ColumnDef;
      const isCol = (e: Expr) => e.kind === 'column' && e.name === col.name;
      let values: SqlValue[] | undefined;
      for (const c of conjuncts) {
        if (c.kind === 'binary' && c.op === '=') {
          const v = isCol(c.left) ? literal(c.right, col) : isCol(c.right) ? literal(c.left, col) : undefined;
          if (v !== undefined) values = [v];
        } else if (c.kind === 'in' && !c.negated && isCol(c.operand)) {
          const vs = c.list.map((x) => literal(x, col));
          if (vs.every((v) => v !== undefined)) values = vs as SqlValue[];
        }
        if (values) break;
      }
      if (!values) return null;
      perColumn.push(values);
    }
    let keys: SqlValue[][] = [[]];
    for (const vs of perColumn) keys = keys.flatMap((k) => vs.map((v) => [...k, v]));
    keys.sort(compareKeys);
    return keys.filter((k, i) => i === 0 || compareKeys(keys[i - 1] as Key, k) !== 0);
  }

  private neighbours(table: InnoTable, key: Key): { lo: Key | null; hi: Key | null } {
    const { index, record } = this.db.find(table, key);
    const lo = index > 0 ? (table.records[index - 1] as InnoRecord).key : null;
    const after = table.records[record ? index + 1 : index];
    return { lo, hi: after ? after.key : null };
  }

  /** Acquire a record lock, waiting in the queue; returns the new entry (null if already held) and whether it waited. */
  private *lockRecord(table: InnoTable, key: Key, mode: LockMode, type: LockType = 'rec'): Generator<InnoWait, LockEntry | null, void> {
    return (yield* this.lockRecordWaited(table, key, mode, type)).entry;
  }

  private *lockRecordWaited(
    table: InnoTable,
    key: Key,
    mode: LockMode,
    type: LockType = 'rec',
  ): Generator<InnoWait, { entry: LockEntry | null; waited: boolean }, void> {
    const locks = this.db.locks;
    if (locks.holds(this.txn, table.name, key, mode)) return { entry: null, waited: false };
    let waiting: LockEntry | null = null;
    for (;;) {
      const blockers = locks.recordConflicts(this.txn, table.name, key, mode, waiting?.seq ?? Infinity) as InnoTxn[];
      if (blockers.length === 0) {
        if (waiting) {
          waiting.granted = true;
          return { entry: waiting, waited: true };
        }
        return { entry: locks.addRecord(this.txn, table.name, key, mode, true, type), waited: false };
      }
      waiting ??= locks.addRecord(this.txn, table.name, key, mode, false, type);
      yield { waitsFor: blockers };
    }
  }

  /**
   * MariaDB's innodb_snapshot_isolation check, made once the lock is granted (so after waiting for an
   * active writer): the newest version must be visible to our read view.
   */
  private checkSnapshot(table: InnoTable, r: InnoRecord): void {
    const t = this.txn;
    if (!this.db.snapshotIsolation || t.view === null || !t.gapLocking) return;
    const h = head(r);
    if (h.trx !== t && !committedBy(h.trx, t.view)) {
      throw mysqlError({ ...MYSQL_ERROR.recordChanged, message: `Record has changed since last read in table '${table.name}'` });
    }
  }

  /**
   * A locking scan: lock each record the access path reaches (and, at REPEATABLE READ and SERIALIZABLE,
   * the gaps), then hand the newest version of every matching row to `visit`.
   */
  private *lockingScan(
    table: InnoTable,
    whereExpr: Expr | undefined,
    mode: LockMode,
    purpose: 'select' | 'update' | 'delete',
    visit: (r: InnoRecord, values: SqlValue[]) => Generator<InnoWait, void, void> | void,
  ): Generator<InnoWait, void, void> {
    const where = whereExpr ? compilePredicate(whereExpr, { table: { name: table.name, columns: table.columns }, clause: 'WHERE' }) : null;
    const gaps = this.txn.gapLocking;
    const locks = this.db.locks;
    const keys = this.pointKeys(table, whereExpr);
    if (keys) {
      for (const key of keys) {
        const { record } = this.db.find(table, key);
        if (!record) {
          if (gaps) {
            const { lo, hi } = this.neighbours(table, key);
            locks.addGap(this.txn, table.name, lo, hi, mode);
          }
          continue;
        }
        yield* this.lockOne(table, record, mode, where, purpose, visit, 'rec', false);
      }
      return;
    }
    let last: Key | null = null;
    for (;;) {
      const from: number = last === null ? 0 : this.db.find(table, last).index;
      let record: InnoRecord | undefined;
      for (let i = from; i < table.records.length; i++) {
        const r = table.records[i] as InnoRecord;
        if (last !== null && compareKeys(r.key, last) <= 0) continue;
        // Rows this very statement wrote are not scanned again (MySQL buffers such updates).
        const h = head(r);
        if (h.trx === this.txn && h.stmt === this.txn.stmt && r.versions.length === 1) continue;
        record = r;
        break;
      }
      if (!record) break;
      // A next-key lock: the record, then (granted together) the gap before it.
      yield* this.lockOne(table, record, mode, where, purpose, visit, gaps ? 'next-key' : 'rec', true);
      if (gaps) locks.addGap(this.txn, table.name, this.neighbours(table, record.key).lo, record.key, mode, 'next-key');
      last = record.key;
    }
    if (gaps) {
      const lastRecord = table.records[table.records.length - 1];
      locks.addGap(this.txn, table.name, lastRecord ? lastRecord.key : null, null, mode, 'next-key'); // the supremum's gap
    }
  }

  /**
   * Observed on MariaDB 10.11 with innodb_snapshot_isolation=ON: at READ UNCOMMITTED an UPDATE's
   * (semi-consistent) scan passes over a row another transaction has deleted but not committed,
   * without waiting; a primary-key lookup and FOR UPDATE still wait, and with the setting OFF the
   * UPDATE waits too.
   */
  private skipsUncommittedDelete(r: InnoRecord): boolean {
    if (!this.db.snapshotIsolation || this.txn.level !== 'READ UNCOMMITTED') return false;
    const h = head(r);
    return h.values === null && h.trx !== this.txn && h.trx.state === 'active';
  }

  private *lockOne(
    table: InnoTable,
    r: InnoRecord,
    mode: LockMode,
    where: ((row: Row) => boolean) | null,
    purpose: 'select' | 'update' | 'delete',
    visit: (r: InnoRecord, values: SqlValue[]) => Generator<InnoWait, void, void> | void,
    type: LockType,
    scanning: boolean,
  ): Generator<InnoWait, void, void> {
    if (purpose === 'update' && scanning && this.skipsUncommittedDelete(r)) return;
    // Semi-consistent reads are for READ COMMITTED and READ UNCOMMITTED UPDATEs only; observed on
    // MariaDB 10.11: innodb_snapshot_isolation=ON turns them off (the UPDATE waits for the row lock and
    // then evaluates the WHERE clause on the newest version).
    const semiConsistent = purpose === 'update' && !this.txn.gapLocking && !this.db.snapshotIsolation;
    if (semiConsistent && this.db.locks.recordConflicts(this.txn, table.name, r.key, mode).length > 0) {
      // READ COMMITTED UPDATE: "InnoDB returns the latest committed version to MySQL so that MySQL can
      // determine whether the row matches the WHERE condition" (innodb-transaction-isolation-levels.html).
      const c = this.latestCommitted(r);
      if (!c || c.values === null || (where && !where(c.values))) return;
    }
    const { entry, waited } = yield* this.lockRecordWaited(table, r.key, mode, type);
    if (r.versions.length === 0) return; // the insert we waited for was rolled back
    this.checkSnapshot(table, r);
    const v = head(r);
    if (v.values === null || (where && !where(v.values))) {
      // READ COMMITTED releases locks on rows that do not match; REPEATABLE READ keeps them. MariaDB
      // keeps a lock it had to wait for, though (observed in the replay: a later writer of that row
      // still waits for this transaction).
      if (!this.txn.gapLocking && entry && !waited) this.db.locks.remove(entry);
      return;
    }
    const more = visit(r, v.values);
    if (more) yield* more;
  }

  private *select(stmt: Extract<Statement, { kind: 'select' }>): Generator<InnoWait, ResultRow[], void> {
    const table = stmt.from ? this.table(stmt.from.table, stmt.from.pos) : undefined;
    const c = compileSelect(stmt, table ? { name: table.name, columns: table.columns, uniques: [], versions: [], createdBy: null as never } : undefined, true);
    const source: Row[] = [];
    if (table) {
      let mode: LockMode | null = stmt.forUpdate ? 'X' : stmt.forShare ? 'S' : null;
      // SERIALIZABLE: "InnoDB implicitly converts all plain SELECT statements to SELECT ... FOR SHARE if autocommit is disabled".
      if (!mode && this.txn.level === 'SERIALIZABLE' && !this.autocommit) mode = 'S';
      if (mode) {
        yield* this.lockingScan(table, stmt.where, mode, 'select', (_r, values) => {
          source.push(values);
        });
      } else {
        const view = this.readView();
        for (const r of table.records) {
          const v = this.consistentVersion(r, view);
          if (v && v.values && (!c.where || c.where(v.values))) source.push(v.values);
        }
      }
    } else if (!c.where || c.where([])) source.push([]);
    if (c.aggregates) {
      const aggRow = c.aggregates.map((a) => aggregate(a, source));
      return c.limit >= 1 ? [toRow(c.names, c.outputs.map((o) => o.eval(aggRow)))] : [];
    }
    const items = sortRows(
      source.map((row) => ({ row, out: c.outputs.map((o) => o.eval(row)) })),
      c.sortKeys,
    );
    return items.slice(0, c.limit === Infinity ? undefined : c.limit).map((it) => toRow(c.names, it.out));
  }

  private checkNotNull(table: InnoTable, values: readonly SqlValue[]): void {
    table.columns.forEach((c, i) => {
      if (c.notNull && values[i] === null) {
        throw new IsolationSqlError(SQLSTATE.notNullViolation, `null value in column "${c.name}" of relation "${table.name}" violates not-null constraint`);
      }
    });
  }

  private write(table: InnoTable, r: InnoRecord, values: SqlValue[] | null): void {
    const version: InnoVersion = { values, trx: this.txn, stmt: this.txn.stmt };
    r.versions.push(version);
    this.txn.undo.push({ table, record: r, version });
    // The writer holds an exclusive lock on the record until it ends (InnoDB's implicit lock).
    if (!this.db.locks.holds(this.txn, table.name, r.key, 'X')) this.db.locks.addRecord(this.txn, table.name, r.key, 'X', true, 'implicit');
  }

  private duplicate(table: InnoTable, u: UniqueConstraint, values: readonly SqlValue[]): IsolationSqlError {
    const entry = u.columns.map((i) => String(values[i])).join('-');
    const name = table.pk && u === table.uniques[0] ? 'PRIMARY' : ((table.columns[u.columns[0] as number] as ColumnDef).name);
    return mysqlError({ ...MYSQL_ERROR.duplicateEntry, message: `Duplicate entry '${entry}' for key '${name}'` });
  }

  /** Insert one row: duplicate check on the primary key, insert intention on its gap, other unique keys, then write. */
  private *insertRow(table: InnoTable, values: SqlValue[]): Generator<InnoWait, void, void> {
    this.checkNotNull(table, values);
    const key: SqlValue[] = table.pk ? table.pk.map((i) => values[i] ?? null) : [table.nextRowId++];
    for (;;) {
      const { record } = this.db.find(table, key);
      if (record) {
        // "If a duplicate-key error occurs, a shared lock on the duplicate index record is set"
        // (innodb-locks-set.html); it also makes us wait for a writer of that record.
        if (this.txn.gapLocking) this.db.locks.addGap(this.txn, table.name, this.neighbours(table, key).lo, key, 'S', 'next-key');
        yield* this.lockRecord(table, key, 'S', this.txn.gapLocking ? 'next-key' : 'rec');
        if (record.versions.length === 0) continue; // its insert was rolled back meanwhile
        // The duplicate check is a locking read too: with innodb_snapshot_isolation a duplicate that our
        // read view cannot see is 1020, not 1062.
        this.checkSnapshot(table, record);
        if (head(record).values !== null) throw this.duplicate(table, table.uniques[0] as UniqueConstraint, values);
      }
      const blockers = this.db.locks.insertConflicts(this.txn, table.name, key) as InnoTxn[];
      if (blockers.length > 0) {
        yield { waitsFor: blockers };
        continue;
      }
      break;
    }
    for (const u of table.uniques) {
      if (table.pk && u === table.uniques[0]) continue;
      for (;;) {
        const other = table.records.find((r) => {
          const h = head(r);
          return h.values !== null && compareKeys(r.key, key) !== 0 && u.columns.every((i) => values[i] !== null && h.values?.[i] === values[i]);
        });
        if (!other) break;
        const h = head(other);
        if (h.trx !== this.txn && h.trx.state === 'active') {
          yield* this.lockRecord(table, other.key, 'S');
          continue;
        }
        throw this.duplicate(table, u, values);
      }
    }
    let { index, record } = this.db.find(table, key);
    if (!record) {
      record = { key, versions: [] };
      table.records.splice(index, 0, record);
      ({ index } = this.db.find(table, key));
    }
    this.write(table, record, values);
  }

  private *insert(stmt: Extract<Statement, { kind: 'insert' }>): Generator<InnoWait, void, void> {
    const table = this.table(stmt.table, stmt.tablePos);
    let targets: number[];
    if (stmt.columns) {
      targets = stmt.columns.map((c) => {
        const i = table.columns.findIndex((x) => x.name === c.name);
        if (i < 0) throw new IsolationSqlError(SQLSTATE.undefinedColumn, `column "${c.name}" of relation "${table.name}" does not exist`, c.pos + 1);
        return i;
      });
    } else targets = table.columns.map((_, i) => i);
    const ctx: BindContext = { clause: 'VALUES' };
    const rows = stmt.rows.map((exprs) => {
      if (exprs.length !== targets.length) {
        throw new IsolationSqlError('21S01', "Column count doesn't match value count at row 1", undefined, 1136); // ER_WRONG_VALUE_COUNT_ON_ROW
      }
      return exprs.map((e, k) => {
        const col = table.columns[targets[k] as number] as ColumnDef;
        return compileAssignment(e, ctx, col.type, col.name);
      });
    });
    for (const row of rows) {
      const values: SqlValue[] = table.columns.map((c) => (c.defaultValue ? c.defaultValue([]) : null));
      row.forEach((f, k) => {
        values[targets[k] as number] = f([]);
      });
      yield* this.insertRow(table, values);
    }
  }

  private *updateOrDelete(
    name: string,
    pos: number,
    where: Expr | undefined,
    update: Extract<Statement, { kind: 'update' }> | null,
  ): Generator<InnoWait, void, void> {
    const table = this.table(name, pos);
    const bind = { table: { name: table.name, columns: table.columns }, clause: 'UPDATE' } as BindContext;
    const sets = (update?.sets ?? []).map((s) => {
      const index = table.columns.findIndex((c) => c.name === s.column);
      if (index < 0) throw new IsolationSqlError(SQLSTATE.undefinedColumn, `column "${s.column}" of relation "${table.name}" does not exist`, s.pos + 1);
      const col = table.columns[index] as ColumnDef;
      return { index, f: compileAssignment(s.expr, bind, col.type, col.name) };
    });
    yield* this.lockingScan(table, where, 'X', update ? 'update' : 'delete', (r, values) =>
      update ? this.updateRow(table, sets, r, values) : this.write(table, r, null),
    );
  }

  private *updateRow(
    table: InnoTable,
    sets: Array<{ index: number; f: (row: Row) => SqlValue }>,
    r: InnoRecord,
    values: SqlValue[],
  ): Generator<InnoWait, void, void> {
    const next = values.slice();
    // MySQL evaluates single-table assignments left to right, each seeing the earlier ones
    // (https://dev.mysql.com/doc/refman/8.0/en/update.html).
    for (const s of sets) next[s.index] = s.f(next);
    this.checkNotNull(table, next);
    const key = table.pk ? table.pk.map((i) => next[i] ?? null) : r.key;
    if (compareKeys(key, r.key) === 0) {
      this.write(table, r, next);
      return;
    }
    // A new primary key: delete-mark the old record and insert the new one.
    this.write(table, r, null);
    yield* this.insertRow(table, next);
  }
}

/** An in-memory InnoDB that named sessions talk to, one statement at a time (same interface as Engine). */
export class InnodbEngine {
  private readonly db: InnoDb;
  private readonly sessions = new Map<string, InnoSession>();
  private readonly waiting: InnoSession[] = [];
  /** Waiting statements chosen as deadlock victims during the current step. */
  private readonly victims: ResumedResult[] = [];
  private nextTxnId = 1;

  constructor(options: InnodbOptions = {}) {
    this.db = new InnoDb(options.snapshotIsolation ?? false);
  }

  /** True if the session's current statement is waiting for a lock. */
  isBlocked(session: string): boolean {
    return this.sessions.get(session)?.blocked != null;
  }

  /** Transaction state of a session: idle or in a transaction (InnoDB has no failed-transaction state). */
  transactionStatus(session: string): 'idle' | 'in-transaction' | 'failed' {
    return this.sessions.get(session)?.txn ? 'in-transaction' : 'idle';
  }

  /** Run one statement in a session. Throws ScenarioError if the session is blocked. */
  execute(session: string, sql: string): StepResult {
    const s = this.session(session);
    if (s.blocked) throw new ScenarioError(`session "${session}" is blocked waiting for a lock and cannot run "${sql}"`);
    const outcome = this.run(s, sql);
    const resumed = this.wakeWaiters();
    this.purge();
    if (this.victims.length > 0) resumed.unshift(...this.victims.splice(0));
    const step: StepResult = { session, sql, ...outcome };
    if (resumed.length > 0) step.resumed = resumed;
    return step;
  }

  private session(name: string): InnoSession {
    let s = this.sessions.get(name);
    if (!s) {
      s = { name, txn: null, nextLevel: null, level: INNODB_DEFAULT_ISOLATION_LEVEL, lockWaitTimeout: null, blocked: null };
      this.sessions.set(name, s);
    }
    return s;
  }

  private begin(s: InnoSession): InnoTxn {
    const t = new InnoTxn(this.nextTxnId++, s.nextLevel ?? s.level, s.name);
    s.nextLevel = null;
    return t;
  }

  private run(s: InnoSession, sql: string): Outcome {
    let stmt: Statement;
    try {
      stmt = parseStatement(sql, { dialect: 'mysql' });
    } catch (e) {
      return this.errorOutcome(e);
    }
    switch (stmt.kind) {
      case 'begin':
        if (s.txn) this.commit(s); // START TRANSACTION commits an open transaction (implicit-commit.html)
        s.txn = this.begin(s);
        return { status: 'ok' };
      case 'set_transaction':
        if (stmt.scope === 'session') {
          s.level = stmt.level;
          return { status: 'ok' };
        }
        if (s.txn) return this.errorOutcome(mysqlError(MYSQL_ERROR.cantChangeTxCharacteristics));
        s.nextLevel = stmt.level;
        return { status: 'ok' };
      case 'set_lock_wait_timeout':
        s.lockWaitTimeout = stmt.seconds;
        return { status: 'ok' };
      case 'commit':
        if (s.txn) this.commit(s);
        return { status: 'ok' };
      case 'rollback':
        if (s.txn) this.rollback(s);
        return { status: 'ok' };
      default: {
        if (stmt.kind === 'create_table' && s.txn) this.commit(s); // DDL commits implicitly
        const autocommit = !s.txn;
        const txn = s.txn ?? this.begin(s);
        s.txn = txn;
        txn.stmt++;
        return this.drive(s, new InnoStatement(this.db, txn, autocommit).run(stmt), autocommit, false);
      }
    }
  }

  private drive(s: InnoSession, run: InnoRun, autocommit: boolean, resuming: boolean): Outcome {
    let r: IteratorResult<InnoWait, { rows?: ResultRow[] }>;
    try {
      r = run.next();
    } catch (e) {
      return this.statementFailed(s, e, autocommit);
    }
    if (r.done) {
      if (autocommit) this.commit(s);
      return r.value.rows ? { status: 'ok', rows: r.value.rows } : { status: 'ok' };
    }
    const txn = s.txn as InnoTxn;
    const waitsFor = r.value.waitsFor;
    const previous = s.blocked?.waitsFor;
    const changed = !previous || previous.length !== waitsFor.length || waitsFor.some((t) => !previous.includes(t));
    const cycle = changed ? (waitCycle(txn, waitsFor, (t) => this.waitsFor(t as InnoTxn)) as InnoTxn[] | null) : null;
    if (cycle) {
      const victim = this.deadlockVictim(cycle, txn);
      if (victim === txn) {
        run.return({});
        s.blocked = null;
        this.dequeue(s);
        return this.statementFailed(s, mysqlError(MYSQL_ERROR.deadlock), autocommit);
      }
      // Another waiter is lighter: its statement fails and its transaction rolls back; we keep waiting.
      const vs = this.sessions.get(victim.session) as InnoSession;
      const vb = vs.blocked as NonNullable<InnoSession['blocked']>;
      vb.run.return({});
      vs.blocked = null;
      this.dequeue(vs);
      const out = this.statementFailed(vs, mysqlError(MYSQL_ERROR.deadlock), vb.autocommit);
      this.victims.push({ session: vs.name, ...(out as Extract<Outcome, { status: 'error' }>) });
      // The victim's locks are gone: our statement carries on within this step.
      return this.drive(s, run, autocommit, resuming);
    }
    if (s.lockWaitTimeout !== null && !resuming) {
      // The scenario asked for a lock wait timeout: it runs out before the next step could be sent.
      // Only the statement is rolled back (innodb_rollback_on_timeout=OFF); its waiting request goes.
      run.return({});
      this.db.locks.removeWaiting(txn);
      return this.statementFailed(s, mysqlError(MYSQL_ERROR.lockWaitTimeout), autocommit);
    }
    s.blocked = { run, waitsFor, autocommit };
    if (!resuming) this.waiting.push(s);
    return { status: 'blocked' };
  }

  /**
   * InnoDB rolls back the "lightest" transaction of the cycle: fewest undo records plus lock structures
   * (TRX_WEIGHT in MariaDB's lock0lock.cc; innodb-deadlock-detection.html: "InnoDB tries to pick small
   * transactions to roll back, where the size of a transaction is determined by the number of rows
   * inserted, updated, or deleted"). On a tie the transaction whose wait closed the cycle is chosen.
   */
  private deadlockVictim(cycle: InnoTxn[], requester: InnoTxn): InnoTxn {
    const weight = (t: InnoTxn) => {
      const waitsWithoutEntry = this.db.locks.list().some((e) => e.owner === t && !e.granted) ? 0 : 1; // an insert intention wait
      return t.undo.length + lockStructCount(this.db.locks, t) + waitsWithoutEntry;
    };
    let victim = requester;
    let best = weight(requester);
    for (const t of cycle) {
      if (t === requester) continue;
      const w = weight(t);
      if (w < best) {
        best = w;
        victim = t;
      }
    }
    return victim;
  }

  private waitsFor(t: InnoTxn): InnoTxn[] {
    const s = this.sessions.get(t.session);
    return s && s.txn === t && s.blocked ? s.blocked.waitsFor : [];
  }

  private dequeue(s: InnoSession): void {
    const i = this.waiting.indexOf(s);
    if (i >= 0) this.waiting.splice(i, 1);
  }

  private errorOutcome(e: unknown): Outcome {
    if (!(e instanceof IsolationSqlError)) throw e;
    const eq = e.errorCode === undefined ? MYSQL_EQUIVALENT[e.sqlstate] : undefined;
    const out: Outcome = { status: 'error', sqlstate: eq?.sqlstate ?? e.sqlstate, message: e.message };
    const code = e.errorCode ?? eq?.errorCode;
    if (code !== undefined) out.errorCode = code;
    return out;
  }

  /**
   * A statement failed. Deadlocks and (MariaDB) snapshot-isolation failures roll back the whole
   * transaction; anything else only the statement (innodb-error-handling.html), or, in autocommit,
   * the statement's own transaction.
   */
  private statementFailed(s: InnoSession, e: unknown, autocommit: boolean): Outcome {
    const outcome = this.errorOutcome(e);
    const code = (e as IsolationSqlError).errorCode;
    if (autocommit || code === MYSQL_ERROR.deadlock.errorCode || code === MYSQL_ERROR.recordChanged.errorCode) this.rollback(s);
    else this.rollbackStatement(s.txn as InnoTxn);
    return outcome;
  }

  private undoVersion(u: { table: InnoTable; record: InnoRecord; version: InnoVersion }): void {
    const vs = u.record.versions;
    const i = vs.lastIndexOf(u.version);
    if (i >= 0) vs.splice(i, 1);
    if (vs.length === 0) {
      const at = u.table.records.indexOf(u.record);
      if (at >= 0) u.table.records.splice(at, 1);
    }
  }

  private rollbackStatement(txn: InnoTxn): void {
    while (txn.undo.length > 0 && (txn.undo[txn.undo.length - 1] as { version: InnoVersion }).version.stmt === txn.stmt) {
      this.undoVersion(txn.undo.pop() as { table: InnoTable; record: InnoRecord; version: InnoVersion });
    }
  }

  private commit(s: InnoSession): void {
    const txn = s.txn as InnoTxn;
    txn.state = 'committed';
    txn.commitSeq = ++this.db.commits;
    this.db.locks.releaseAll(txn);
    s.txn = null;
  }

  private rollback(s: InnoSession): void {
    const txn = s.txn as InnoTxn;
    while (txn.undo.length > 0) this.undoVersion(txn.undo.pop() as { table: InnoTable; record: InnoRecord; version: InnoVersion });
    txn.state = 'aborted';
    this.db.locks.releaseAll(txn);
    s.txn = null;
  }

  /**
   * Purge: a record delete-marked by a committed transaction is removed from the index once no open
   * read view can still see an older version (innodb-multi-versioning.html: "InnoDB only physically
   * removes the corresponding row and its index records when it discards the update undo log record
   * written for the deletion"). MariaDB's purge threads do this in the background; the replay finds it
   * done by the next step, so the model purges after every step.
   */
  private purge(): void {
    let oldestView = Infinity;
    for (const s of this.sessions.values()) {
      const t = s.txn;
      if (t && t.state === 'active' && t.view !== null && t.gapLocking) oldestView = Math.min(oldestView, t.view);
    }
    for (const table of this.db.tables.values()) {
      for (let i = table.records.length - 1; i >= 0; i--) {
        const r = table.records[i] as InnoRecord;
        const h = head(r);
        if (h.values !== null || h.trx.state !== 'committed' || h.trx.commitSeq > oldestView) continue;
        table.records.splice(i, 1);
        const lo = i > 0 ? (table.records[i - 1] as InnoRecord).key : null;
        const next = table.records[i];
        this.db.locks.inheritToGap(table.name, r.key, lo, next ? next.key : null);
      }
    }
  }

  /** Let waiting statements retry, in the order they started waiting, until none can make progress. */
  private wakeWaiters(): ResumedResult[] {
    const resumed: ResumedResult[] = [];
    for (let progress = true; progress; ) {
      progress = false;
      for (const w of [...this.waiting]) {
        const b = w.blocked;
        if (!b) continue;
        const outcome = this.drive(w, b.run, b.autocommit, true);
        if (outcome.status === 'blocked') continue;
        w.blocked = null;
        this.dequeue(w);
        resumed.push({ session: w.name, ...outcome });
        progress = true;
      }
    }
    return resumed;
  }
}
