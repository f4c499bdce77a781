/**
 * Statement executor. Each statement runs as a generator: when it needs a row
 * that another transaction is changing it yields `{ holder }` and the engine
 * parks the session until that transaction ends, then resumes it where it
 * stopped, exactly like a PostgreSQL backend sleeping on a transaction lock.
 *
 * The row-level rules follow https://www.postgresql.org/docs/current/transaction-iso.html:
 * - READ COMMITTED: after waiting for a writer that committed, UPDATE/DELETE/SELECT FOR UPDATE
 *   follow the update chain to the newest version, lock it, re-check the WHERE clause on it
 *   (EvalPlanQual) and proceed with it, or skip the row if it no longer matches or was deleted;
 * - REPEATABLE READ / SERIALIZABLE: the same situation is error 40001
 *   "could not serialize access due to concurrent update" (or "... delete").
 */
import type { Expr, SelectItem, Statement } from './ast';
import { IsolationSqlError, SQLSTATE } from './errors';
import {
  coerceLiteral,
  compileAssignment,
  compileExpr,
  compilePredicate,
  containsAggregate,
  outputName,
  type AggregateSpec,
  type BindContext,
  type BindTable,
  type Row,
} from './expressions';
import { lockRow, rowLockState } from './locks';
import type { SerializableXact, SsiManager } from './ssi';
import {
  isVisible,
  sameKey,
  uniqueKey,
  type Catalog,
  type ColumnDef,
  type Reader,
  type Table,
  type TupleVersion,
  type UniqueConstraint,
} from './storage';
import type { Transaction, TransactionManager } from './transactions';
import type { ResultRow, SqlValue } from './types';
import { compareValues } from './values';

/** Yielded by a statement that must wait for `holder` to commit or roll back. */
export interface Wait {
  holder: Transaction;
}

/** What a finished statement returns: rows for SELECT. */
export interface StatementResult {
  rows?: ResultRow[];
}

/** A running statement: yields waits, returns its result, throws IsolationSqlError. */
export type StatementRun = Generator<Wait, StatementResult, void>;

/** Shared state a statement runs against. */
export interface ExecEnv {
  catalog: Catalog;
  txns: TransactionManager;
  ssi: SsiManager;
}

/** Statements handled by the executor (everything except transaction control). */
export type DataStatement = Extract<Statement, { kind: 'create_table' | 'insert' | 'select' | 'update' | 'delete' }>;

/**
 * Begin a statement in `txn`: the next command id, and the snapshot — a fresh one per
 * statement in READ COMMITTED, the first statement's one in REPEATABLE READ and SERIALIZABLE
 * (taken at the first statement after BEGIN, not at BEGIN itself).
 */
export function startStatement(txn: Transaction, env: ExecEnv): Reader {
  const cid = txn.nextCid++;
  if (!txn.usesTransactionSnapshot || !txn.snapshot) {
    txn.snapshot = env.txns.takeSnapshot();
    if (txn.level === 'SERIALIZABLE' && !txn.sxact) env.ssi.register(txn, txn.snapshot);
  }
  return { snapshot: txn.snapshot, txn, cid };
}

const concurrentUpdate = () =>
  new IsolationSqlError(SQLSTATE.serializationFailure, 'could not serialize access due to concurrent update');
const concurrentDelete = () =>
  new IsolationSqlError(SQLSTATE.serializationFailure, 'could not serialize access due to concurrent delete');

function lookupTable(env: ExecEnv, txn: Transaction, name: string, pos: number): Table {
  const t = env.catalog.lookup(name, txn);
  if (!t) throw new IsolationSqlError(SQLSTATE.undefinedTable, `relation "${name}" does not exist`, pos + 1);
  return t;
}

function bindTable(t: Table): BindTable {
  return { name: t.name, columns: t.columns };
}

/** Run one data statement. */
export function* executeStatement(stmt: DataStatement, reader: Reader, env: ExecEnv): StatementRun {
  const exec = new StatementExecution(reader, env);
  switch (stmt.kind) {
    case 'create_table':
      exec.createTable(stmt);
      return {};
    case 'insert':
      yield* exec.insert(stmt);
      return {};
    case 'select':
      return { rows: yield* exec.select(stmt) };
    case 'update':
      yield* exec.update(stmt);
      return {};
    case 'delete':
      yield* exec.delete(stmt);
      return {};
  }
}

/** Columns and unique constraints of a CREATE TABLE (shared by both engines' storage). */
export function buildTableSchema(stmt: Extract<Statement, { kind: 'create_table' }>): { columns: ColumnDef[]; uniques: UniqueConstraint[] } {
  const columns: ColumnDef[] = [];
  for (const c of stmt.columns) {
    if (columns.some((x) => x.name === c.name)) {
      throw new IsolationSqlError('42701', `column "${c.name}" specified more than once`);
    }
    const col: ColumnDef = { name: c.name, type: c.type, notNull: c.notNull || c.primaryKey };
    if (c.defaultExpr) {
      col.defaultValue = compileAssignment(c.defaultExpr, { clause: 'DEFAULT expressions' }, c.type, c.name);
    }
    columns.push(col);
  }
  const indexOf = (name: string, pos: number) => {
    const i = columns.findIndex((c) => c.name === name);
    if (i < 0) throw new IsolationSqlError(SQLSTATE.undefinedColumn, `column "${name}" named in key does not exist`, pos + 1);
    return i;
  };
  const uniques: UniqueConstraint[] = [];
  // PostgreSQL names constraints <table>_pkey and <table>_<cols>_key.
  if (stmt.primaryKey) {
    const cols = stmt.primaryKey.columns.map((n) => indexOf(n, stmt.primaryKey?.pos ?? 0));
    for (const i of cols) (columns[i] as ColumnDef).notNull = true;
    uniques.push({ name: `${stmt.table}_pkey`, columns: cols });
  }
  for (const u of stmt.uniques) {
    const cols = u.columns.map((n) => indexOf(n, u.pos));
    uniques.push({ name: `${stmt.table}_${u.columns.join('_')}_key`, columns: cols });
  }
  return { columns, uniques };
}

/** A SELECT compiled against its table: filter, output list, sort keys, limit and aggregates (shared by both engines). */
export interface CompiledSelect {
  where: ((row: Row) => boolean) | null;
  outputs: Array<{ name: string; eval: (row: Row) => SqlValue }>;
  names: string[];
  sortKeys: Array<{ f: (row: Row, out: SqlValue[]) => SqlValue; descending: boolean }>;
  limit: number;
  aggregates: AggregateSpec[] | undefined;
}

/** Bind and compile a SELECT; `allowLockingAggregates` is MySQL's rule (FOR UPDATE with count(*) is allowed there). */
export function compileSelect(
  stmt: Extract<Statement, { kind: 'select' }>,
  table: Table | undefined,
  allowLockingAggregates = false,
): CompiledSelect {
  const bt = table ? bindTable(table) : undefined;
  const isAggregate =
    stmt.items.some((i) => i.kind === 'expr' && containsAggregate(i.expr)) || stmt.orderBy.some((o) => containsAggregate(o.expr));
  if (stmt.forUpdate && isAggregate && !allowLockingAggregates) {
    throw new IsolationSqlError(SQLSTATE.featureNotSupported, 'FOR UPDATE is not allowed with aggregate functions');
  }
  const where = stmt.where ? compilePredicate(stmt.where, { table: bt, clause: 'WHERE' }) : null;
  const aggregates: AggregateSpec[] | undefined = isAggregate ? [] : undefined;
  const ctx: BindContext = { table: bt, clause: 'SELECT', aggregates };
  const outputs = compileSelectList(stmt.items, ctx, table);
  const names = outputs.map((o) => o.name);
  const sortKeys = stmt.orderBy.map((o) => {
    const e = o.expr;
    let f: (row: Row, out: SqlValue[]) => SqlValue;
    const byName = e.kind === 'column' && e.table === undefined ? names.indexOf(e.name) : -1;
    if (byName >= 0) f = (_row, out) => out[byName] ?? null;
    else if (e.kind === 'literal' && e.literalType === 'int') {
      const n = e.value as number;
      if (n < 1 || n > outputs.length) {
        throw new IsolationSqlError('42P10', `ORDER BY position ${n} is not in select list`, e.pos + 1);
      }
      f = (_row, out) => out[n - 1] ?? null;
    } else {
      const c = compileExpr(e, { ...ctx, clause: 'ORDER BY' }).eval;
      f = (row) => c(row);
    }
    return { f, descending: o.descending };
  });
  let limit = Infinity;
  if (stmt.limit) {
    const c = coerceLiteral(compileExpr(stmt.limit, { clause: 'LIMIT' }), 'int8');
    const v = c.eval([]);
    if (typeof v === 'number') {
      if (v < 0) throw new IsolationSqlError('2201W', 'LIMIT must not be negative');
      limit = v;
    } else if (v !== null) {
      throw new IsolationSqlError(SQLSTATE.datatypeMismatch, 'argument of LIMIT must be type bigint');
    }
  }
  return { where, outputs, names, sortKeys, limit, aggregates };
}

/** Sort rows by compiled ORDER BY keys (stable; NULLs last ascending, as PostgreSQL and… see compareNullable). */
export function sortRows<T extends { row: Row; out: SqlValue[] }>(items: T[], sortKeys: CompiledSelect['sortKeys']): T[] {
  if (sortKeys.length === 0) return items;
  const keyed = items.map((it) => ({ it, keys: sortKeys.map((k) => k.f(it.row, it.out)) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < sortKeys.length; k++) {
      const c = compareNullable(a.keys[k] ?? null, b.keys[k] ?? null, (sortKeys[k] as { descending: boolean }).descending);
      if (c !== 0) return c;
    }
    return 0;
  });
  return keyed.map((k) => k.it);
}

function compileSelectList(
  items: SelectItem[],
  ctx: BindContext,
  table: Table | undefined,
): Array<{ name: string; eval: (row: Row) => SqlValue }> {
  const outputs: Array<{ name: string; eval: (row: Row) => SqlValue }> = [];
  for (const item of items) {
    if (item.kind === 'star') {
      if (!table) throw new IsolationSqlError(SQLSTATE.syntaxError, 'SELECT * with no tables specified is not valid', item.pos + 1);
      table.columns.forEach((c, i) => {
        if (ctx.aggregates) {
          throw new IsolationSqlError(
            SQLSTATE.groupingError,
            `column "${table.name}.${c.name}" must appear in the GROUP BY clause or be used in an aggregate function`,
            item.pos + 1,
          );
        }
        outputs.push({ name: c.name, eval: (row) => row[i] ?? null });
      });
      continue;
    }
    let c = compileExpr(item.expr, ctx);
    if (c.type === 'unknown') c = coerceLiteral(c, 'text');
    outputs.push({ name: item.alias ?? outputName(item.expr), eval: c.eval });
  }
  return outputs;
}

class StatementExecution {
  private readonly txn: Transaction;
  private readonly cid: number;
  private readonly sx: SerializableXact | null;

  constructor(
    private readonly reader: Reader,
    private readonly env: ExecEnv,
  ) {
    this.txn = reader.txn;
    this.cid = reader.cid;
    this.sx = (reader.txn.sxact as SerializableXact | null) ?? null;
  }

  createTable(stmt: Extract<Statement, { kind: 'create_table' }>): void {
    const { catalog, txns } = this.env;
    if (catalog.exists(stmt.table)) throw new IsolationSqlError(SQLSTATE.duplicateTable, `relation "${stmt.table}" already exists`);
    const { columns, uniques } = buildTableSchema(stmt);
    txns.assignXid(this.txn);
    catalog.add({ name: stmt.table, columns, uniques, versions: [], createdBy: this.txn });
  }

  /** Sequential scan: the versions visible to this statement, with SSI read tracking. */
  private scan(table: Table): TupleVersion[] {
    const { ssi } = this.env;
    const sx = this.sx;
    // A seq scan in a serializable transaction takes a relation-level SIREAD lock.
    if (sx) ssi.lockRelation(sx, table);
    const out: TupleVersion[] = [];
    const versions = table.versions;
    const n = versions.length; // rows this statement appends itself are never part of its own scan
    for (let i = 0; i < n; i++) {
      const v = versions[i] as TupleVersion;
      const visible = isVisible(v, this.reader);
      if (sx) ssi.checkTupleRead(sx, visible, v);
      if (visible) out.push(v);
    }
    return out;
  }

  private checkNotNull(table: Table, values: readonly SqlValue[]): void {
    for (let i = 0; i < table.columns.length; i++) {
      const c = table.columns[i] as ColumnDef;
      if (c.notNull && values[i] === null) {
        throw new IsolationSqlError(
          SQLSTATE.notNullViolation,
          `null value in column "${c.name}" of relation "${table.name}" violates not-null constraint`,
        );
      }
    }
  }

  *insert(stmt: Extract<Statement, { kind: 'insert' }>): Generator<Wait, void, void> {
    const table = lookupTable(this.env, this.txn, stmt.table, stmt.tablePos);
    let targets: number[];
    if (stmt.columns) {
      targets = [];
      for (const c of stmt.columns) {
        const i = table.columns.findIndex((x) => x.name === c.name);
        if (i < 0) {
          throw new IsolationSqlError(SQLSTATE.undefinedColumn, `column "${c.name}" of relation "${table.name}" does not exist`, c.pos + 1);
        }
        if (targets.includes(i)) throw new IsolationSqlError('42701', `column "${c.name}" specified more than once`, c.pos + 1);
        targets.push(i);
      }
    } else targets = table.columns.map((_, i) => i);
    const ctx: BindContext = { clause: 'VALUES' };
    const rows = stmt.rows.map((exprs) => {
      if (exprs.length > targets.length) {
        throw new IsolationSqlError(SQLSTATE.syntaxError, 'INSERT has more expressions than target columns', (exprs[targets.length] as Expr).pos + 1);
      }
      if (stmt.columns && exprs.length < targets.length) {
        throw new IsolationSqlError(SQLSTATE.syntaxError, 'INSERT has more target columns than expressions', (stmt.columns[exprs.length]?.pos ?? 0) + 1);
      }
      return exprs.map((e, k) => {
        const col = table.columns[targets[k] as number] as ColumnDef;
        return compileAssignment(e, ctx, col.type, col.name);
      });
    });
    const empty: Row = [];
    for (const row of rows) {
      const values: SqlValue[] = table.columns.map((c) => (c.defaultValue ? c.defaultValue(empty) : null));
      row.forEach((f, k) => {
        values[targets[k] as number] = f(empty);
      });
      this.checkNotNull(table, values);
      if (this.sx) this.env.ssi.checkWrite(this.sx, table);
      this.env.txns.assignXid(this.txn);
      const v: TupleVersion = { values, xmin: this.txn, cmin: this.cid, xmax: null, cmax: 0, lockOnly: false, next: null };
      table.versions.push(v);
      yield* this.checkUniques(table, v, null);
    }
  }

  /**
   * Unique check as PostgreSQL's btree does it with a "dirty" snapshot: a live version with the
   * same key is a 23505; one inserted or deleted by a transaction still in progress means
   * waiting for it and looking again (so the second of two racing inserts blocks, then fails
   * if the first commits or succeeds if it rolls back).
   */
  private *checkUniques(table: Table, v: TupleVersion, old: TupleVersion | null): Generator<Wait, void, void> {
    for (const u of table.uniques) {
      const key = uniqueKey(v.values, u);
      if (!key) continue;
      if (old && sameKey(old.values, key, u)) continue; // key unchanged: no new index entry to check
      for (;;) {
        let waitFor: Transaction | null = null;
        let conflict = false;
        for (const other of table.versions) {
          if (other === v || !sameKey(other.values, key, u)) continue;
          const xmin = other.xmin;
          if (xmin.state === 'aborted') continue;
          if (xmin.state === 'in-progress' && xmin !== this.txn) {
            waitFor = xmin;
            break;
          }
          const x = other.xmax;
          if (x === null || other.lockOnly || x.state === 'aborted') {
            conflict = true;
            break;
          }
          if (x === this.txn) continue;
          if (x.state === 'in-progress') {
            waitFor = x;
            break;
          }
        }
        if (waitFor) {
          yield { holder: waitFor };
          continue;
        }
        if (conflict) {
          // PostgreSQL runs an SSI conflict-in check before reporting the violation, so a doomed
          // serializable transaction reports 40001 here instead of 23505.
          if (this.sx) this.env.ssi.checkWrite(this.sx, null);
          throw new IsolationSqlError(SQLSTATE.uniqueViolation, `duplicate key value violates unique constraint "${u.name}"`);
        }
        break;
      }
    }
  }

  /** Lock the newest version of a row, following the update chain and waiting as needed (READ COMMITTED). */
  private *lockLatest(start: TupleVersion): Generator<Wait, TupleVersion | null, void> {
    let v = start;
    for (;;) {
      const st = rowLockState(v, this.txn);
      switch (st.kind) {
        case 'free':
          this.env.txns.assignXid(this.txn);
          lockRow(v, this.txn, this.cid);
          return v;
        case 'wait':
          yield { holder: st.holder };
          break;
        case 'updated':
          v = st.next;
          break;
        default:
          return null;
      }
    }
  }

  *select(stmt: Extract<Statement, { kind: 'select' }>): Generator<Wait, ResultRow[], void> {
    const table = stmt.from ? lookupTable(this.env, this.txn, stmt.from.table, stmt.from.pos) : undefined;
    const { where, outputs, names, sortKeys, limit, aggregates } = compileSelect(stmt, table);

    const source: Array<Row> = [];
    const versions: TupleVersion[] = [];
    if (table) {
      for (const v of this.scan(table)) {
        if (where && !where(v.values)) continue;
        source.push(v.values);
        versions.push(v);
      }
    } else if (!where || where([])) source.push([]);

    if (aggregates) {
      const aggRow = aggregates.map((a) => aggregate(a, source));
      const out = outputs.map((o) => o.eval(aggRow));
      return limit >= 1 ? [toRow(names, out)] : [];
    }

    const items = sortRows(
      source.map((row, i) => ({ row, version: versions[i], out: outputs.map((o) => o.eval(row)) })),
      sortKeys,
    );
    const result: ResultRow[] = [];
    for (const it of items) {
      if (result.length >= limit) break;
      if (stmt.forUpdate && it.version) {
        // LockRows sits above the sort: lock in output order; a newer version replaces the row's values.
        const locked = yield* this.lockForUpdate(it.version, where);
        if (!locked) continue;
        if (locked !== it.version) it.out = outputs.map((o) => o.eval(locked.values));
      }
      result.push(toRow(names, it.out));
    }
    return result;
  }

  private *lockForUpdate(v: TupleVersion, where: ((row: Row) => boolean) | null): Generator<Wait, TupleVersion | null, void> {
    for (;;) {
      const st = rowLockState(v, this.txn);
      switch (st.kind) {
        case 'free':
          this.env.txns.assignXid(this.txn);
          lockRow(v, this.txn, this.cid);
          return v;
        case 'self-modified':
          return null;
        case 'wait':
          yield { holder: st.holder };
          break;
        case 'deleted':
          if (this.txn.usesTransactionSnapshot) throw concurrentUpdate();
          return null;
        case 'updated': {
          if (this.txn.usesTransactionSnapshot) throw concurrentUpdate();
          const latest = yield* this.lockLatest(st.next);
          if (!latest || (where && !where(latest.values))) return null;
          return latest;
        }
      }
    }
  }

  private compileSets(stmt: Extract<Statement, { kind: 'update' }>, table: Table): Array<{ index: number; f: (row: Row) => SqlValue }> {
    const ctx: BindContext = { table: bindTable(table), clause: 'UPDATE' };
    const seen = new Set<number>();
    return stmt.sets.map((s) => {
      const index = table.columns.findIndex((c) => c.name === s.column);
      if (index < 0) {
        throw new IsolationSqlError(SQLSTATE.undefinedColumn, `column "${s.column}" of relation "${table.name}" does not exist`, s.pos + 1);
      }
      if (seen.has(index)) throw new IsolationSqlError(SQLSTATE.syntaxError, `multiple assignments to same column "${s.column}"`, s.pos + 1);
      seen.add(index);
      const col = table.columns[index] as ColumnDef;
      return { index, f: compileAssignment(s.expr, ctx, col.type, col.name) };
    });
  }

  *update(stmt: Extract<Statement, { kind: 'update' }>): Generator<Wait, void, void> {
    const table = lookupTable(this.env, this.txn, stmt.table, stmt.tablePos);
    const sets = this.compileSets(stmt, table);
    const where = stmt.where ? compilePredicate(stmt.where, { table: bindTable(table), clause: 'WHERE' }) : null;
    const newValues = (v: TupleVersion): SqlValue[] => {
      const values = v.values.slice();
      for (const s of sets) values[s.index] = s.f(v.values);
      this.checkNotNull(table, values);
      return values;
    };
    for (const v of this.scan(table)) {
      if (where && !where(v.values)) continue;
      yield* this.modifyRow(table, v, where, newValues);
    }
  }

  *delete(stmt: Extract<Statement, { kind: 'delete' }>): Generator<Wait, void, void> {
    const table = lookupTable(this.env, this.txn, stmt.table, stmt.tablePos);
    const where = stmt.where ? compilePredicate(stmt.where, { table: bindTable(table), clause: 'WHERE' }) : null;
    for (const v of this.scan(table)) {
      if (where && !where(v.values)) continue;
      yield* this.modifyRow(table, v, where, null);
    }
  }

  /**
   * Update (newValues given) or delete one row version, PostgreSQL-style: wait for a
   * concurrent writer; on its commit either fail (snapshot isolation levels) or, in
   * READ COMMITTED, re-evaluate against the newest version (EvalPlanQual).
   */
  private *modifyRow(
    table: Table,
    start: TupleVersion,
    where: ((row: Row) => boolean) | null,
    newValues: ((v: TupleVersion) => SqlValue[]) | null,
  ): Generator<Wait, void, void> {
    let target = start;
    let values = newValues ? newValues(target) : null;
    for (;;) {
      const st = rowLockState(target, this.txn);
      switch (st.kind) {
        case 'free': {
          if (this.sx) this.env.ssi.checkWrite(this.sx, table);
          this.env.txns.assignXid(this.txn);
          target.xmax = this.txn;
          target.cmax = this.cid;
          target.lockOnly = false;
          // A link left by an earlier updater that rolled back must not survive a delete.
          target.next = null;
          if (values) {
            const nv: TupleVersion = { values, xmin: this.txn, cmin: this.cid, xmax: null, cmax: 0, lockOnly: false, next: null };
            target.next = nv;
            table.versions.push(nv);
            yield* this.checkUniques(table, nv, target);
          }
          return;
        }
        case 'self-modified':
          return;
        case 'wait':
          // heap_update/heap_delete take an xid before they start waiting.
          this.env.txns.assignXid(this.txn);
          yield { holder: st.holder };
          break;
        case 'deleted':
          if (this.txn.usesTransactionSnapshot) throw concurrentDelete();
          return;
        case 'updated': {
          if (this.txn.usesTransactionSnapshot) throw concurrentUpdate();
          const latest = yield* this.lockLatest(st.next);
          // A row that no longer matches stays locked until the end of the transaction, as in PostgreSQL.
          if (!latest || (where && !where(latest.values))) return;
          target = latest;
          values = newValues ? newValues(target) : null;
          break;
        }
      }
    }
  }
}

export function compareNullable(a: SqlValue, b: SqlValue, descending: boolean): number {
  // PostgreSQL sorts NULLs as larger than any value: last when ascending, first when descending.
  let c: number;
  if (a === null && b === null) c = 0;
  else if (a === null) c = 1;
  else if (b === null) c = -1;
  else c = compareValues(a, b);
  return descending ? -c : c;
}

export function aggregate(a: AggregateSpec, rows: Row[]): SqlValue {
  if (a.fn === 'count') {
    if (!a.arg) return rows.length;
    let n = 0;
    for (const r of rows) if (a.arg.eval(r) !== null) n++;
    return n;
  }
  const f = (a.arg as { eval: (r: Row) => SqlValue }).eval;
  let acc: SqlValue = null;
  for (const r of rows) {
    const v = f(r);
    if (v === null) continue;
    if (acc === null) acc = v;
    else if (a.fn === 'sum') acc = (acc as number) + (v as number);
    else if (a.fn === 'min' ? compareValues(v, acc) < 0 : compareValues(v, acc) > 0) acc = v;
  }
  return acc;
}

export function toRow(names: string[], values: SqlValue[]): ResultRow {
  const row: ResultRow = {};
  for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i] ?? null;
  return row;
}
