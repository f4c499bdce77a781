/**
 * MVCC storage: each table is a heap of row versions in physical (insertion)
 * order. An UPDATE never overwrites a row; it stamps the old version's `xmax`
 * and appends a new version, linked through `next` like PostgreSQL's t_ctid
 * chain. Which version a statement sees is decided by its snapshot
 * (https://www.postgresql.org/docs/current/mvcc.html, storage-page-layout.html).
 */
import type { ColumnType } from './ast';
import type { Row } from './expressions';
import { finishedInSnapshot, type Snapshot, type Transaction } from './transactions';
import type { SqlValue } from './types';

/** One version of a row. `xmax` with `lockOnly` is a row lock (SELECT FOR UPDATE), not a deletion. */
export interface TupleVersion {
  values: SqlValue[];
  xmin: Transaction;
  cmin: number;
  xmax: Transaction | null;
  cmax: number;
  lockOnly: boolean;
  /** The newer version created by the transaction in `xmax` (null for a delete or no update). */
  next: TupleVersion | null;
}

/** A column of a table. */
export interface ColumnDef {
  name: string;
  type: ColumnType;
  notNull: boolean;
  defaultValue?: (row: Row) => SqlValue;
}

/** A PRIMARY KEY or UNIQUE constraint, backed (as in PostgreSQL) by a unique index named `name`. */
export interface UniqueConstraint {
  name: string;
  columns: number[];
}

/** A table: schema plus its heap of row versions. */
export interface Table {
  name: string;
  columns: ColumnDef[];
  uniques: UniqueConstraint[];
  versions: TupleVersion[];
  createdBy: Transaction;
}

/** Reader's point of view: its snapshot, its transaction and its current command id. */
export interface Reader {
  snapshot: Snapshot;
  txn: Transaction;
  cid: number;
}

/** Did `t` commit, as far as a reader with snapshot `snap` is concerned? */
function committedFor(t: Transaction, snap: Snapshot): boolean {
  return t.state === 'committed' && t.xid !== 0 && finishedInSnapshot(t.xid, snap);
}

/**
 * MVCC visibility (PostgreSQL's HeapTupleSatisfiesMVCC): the inserting transaction
 * must be the reader's own earlier command or committed before the snapshot, and
 * no such transaction may have deleted or replaced the version.
 */
export function isVisible(v: TupleVersion, r: Reader): boolean {
  if (v.xmin === r.txn) {
    if (v.cmin >= r.cid) return false; // written by this very statement (or a later one)
  } else if (!committedFor(v.xmin, r.snapshot)) {
    return false;
  }
  const x = v.xmax;
  if (x === null || v.lockOnly) return true;
  if (x === r.txn) return v.cmax >= r.cid; // we deleted it, but only in this or a later command
  return !committedFor(x, r.snapshot);
}

/** PostgreSQL's HeapTupleSatisfiesVacuum classification, used by SSI to find concurrent writers. */
export type VacuumStatus = 'LIVE' | 'DEAD' | 'RECENTLY_DEAD' | 'INSERT_IN_PROGRESS' | 'DELETE_IN_PROGRESS';

/** Classify a version; `oldestXmin` is the horizon below which a committed deletion is simply DEAD. */
export function vacuumStatus(v: TupleVersion, oldestXmin: number): VacuumStatus {
  const xmin = v.xmin;
  if (xmin.state === 'aborted') return 'DEAD';
  const x = v.xmax;
  if (xmin.state === 'in-progress') {
    if (x === null || v.lockOnly) return 'INSERT_IN_PROGRESS';
    return x === xmin ? 'DELETE_IN_PROGRESS' : 'INSERT_IN_PROGRESS';
  }
  if (x === null || v.lockOnly || x.state === 'aborted') return 'LIVE';
  if (x.state === 'in-progress') return 'DELETE_IN_PROGRESS';
  return x.xid < oldestXmin ? 'DEAD' : 'RECENTLY_DEAD';
}

/** The key of `values` for a unique constraint, or null when a key column is NULL (NULLs never conflict). */
export function uniqueKey(values: readonly SqlValue[], u: UniqueConstraint): SqlValue[] | null {
  const key: SqlValue[] = [];
  for (const c of u.columns) {
    const v = values[c] ?? null;
    if (v === null) return null;
    key.push(v);
  }
  return key;
}

/** Same non-null key? */
export function sameKey(values: readonly SqlValue[], key: readonly SqlValue[], u: UniqueConstraint): boolean {
  for (let i = 0; i < u.columns.length; i++) {
    if (values[u.columns[i] as number] !== key[i]) return false;
  }
  return true;
}

/** All tables by name. DDL is applied at once but a table is only visible to others once its creator commits. */
export class Catalog {
  private readonly tables = new Map<string, Table>();

  /** Find a table visible to `txn`. */
  lookup(name: string, txn: Transaction): Table | undefined {
    const t = this.tables.get(name);
    if (!t) return undefined;
    if (t.createdBy === txn || t.createdBy.state === 'committed') return t;
    return undefined;
  }

  /** True if a table of that name exists (committed or not), as for the duplicate-name check. */
  exists(name: string): boolean {
    const t = this.tables.get(name);
    return t !== undefined && t.createdBy.state !== 'aborted';
  }

  /** Register a new table. */
  add(table: Table): void {
    this.tables.set(table.name, table);
  }

  /** Every table that was ever created, in creation order, whoever can see it (for inspection). */
  list(): Table[] {
    return [...this.tables.values()];
  }
}
