/**
 * The indexing lesson's `orders` table, a B-tree index on it, and a query against it, as plain data. The
 * checker reasons about which conditions an index can use; the literal values only make the SQL readable
 * and drive the sample of index entries.
 */

/** The table's columns, in table order. */
export const COLUMNS = ['id', 'user_id', 'status', 'created_at', 'total_cents', 'region'] as const;

/** A column of `orders`. */
export type Column = (typeof COLUMNS)[number];

/** Sort direction of an index column or an ORDER BY item. */
export type Direction = 'asc' | 'desc';

/** The condition shapes the checker knows: equality, a list of equalities, and a range. */
export type ConditionKind = 'eq' | 'in' | 'range';

/** Most key columns in an index here (real B-trees allow 32 in PostgreSQL; four show every rule). */
export const MAX_KEY_COLUMNS = 4;
/** Most ORDER BY items. */
export const MAX_ORDER_ITEMS = 3;

/** One key column of the index. */
export interface KeyColumn {
  column: Column;
  direction: Direction;
}

/** A B-tree index: its sorted key columns and its INCLUDE payload columns. */
export interface IndexDef {
  keys: KeyColumn[];
  include: Column[];
}

/** A query: its WHERE conditions (one per column at most), ORDER BY, the columns it returns, and LIMIT 20 or not. */
export interface QueryDef {
  where: Partial<Record<Column, ConditionKind>>;
  orderBy: KeyColumn[];
  /** 'all' is SELECT *. */
  select: Column[] | 'all';
  limit: boolean;
}

/** What the checker is given. */
export interface CheckerInput {
  index: IndexDef;
  query: QueryDef;
}

/** What the reader should know about a column: roughly how many distinct values it has. */
export const COLUMN_INFO: Record<Column, { distinct: 'unique' | 'many' | 'few'; about: string }> = {
  id: { distinct: 'unique', about: 'the primary key, one value per row' },
  user_id: { distinct: 'many', about: 'millions of users' },
  status: { distinct: 'few', about: 'a handful of values: pending, paid, shipped, cancelled' },
  created_at: { distinct: 'many', about: 'a timestamp, nearly unique' },
  total_cents: { distinct: 'many', about: 'the order total' },
  region: { distinct: 'few', about: 'a handful of regions' },
};

/** The literal each condition uses in the SQL (the lesson's own values where it has them). */
export const CONDITION_SQL: Record<Column, Record<ConditionKind, string>> = {
  id: { eq: 'id = 1001', in: 'id IN (1001, 1002, 1003)', range: 'id > 1000' },
  user_id: { eq: 'user_id = 42', in: 'user_id IN (7, 42, 99)', range: 'user_id BETWEEN 40 AND 50' },
  status: { eq: "status = 'pending'", in: "status IN ('pending', 'paid')", range: "status > 'paid'" },
  created_at: {
    eq: "created_at = '2025-03-01'",
    in: "created_at IN ('2025-01-20', '2025-03-01')",
    range: "created_at BETWEEN '2025-01-01' AND '2025-03-31'",
  },
  total_cents: { eq: 'total_cents = 4999', in: 'total_cents IN (999, 4999)', range: 'total_cents > 10000' },
  region: { eq: "region = 'eu'", in: "region IN ('eu', 'us')", range: "region > 'eu'" },
};

/** Names of the condition kinds, for labels. */
export const CONDITION_LABELS: Record<ConditionKind, string> = { eq: '= (equality)', in: 'IN (list)', range: 'range' };

const dir = (d: Direction) => (d === 'desc' ? ' DESC' : '');

/** The index as SQL. */
export function indexSql(index: IndexDef): string {
  const keys = index.keys.map((k) => `${k.column}${dir(k.direction)}`).join(', ');
  const include = index.include.length ? `\n  INCLUDE (${index.include.join(', ')})` : '';
  return `CREATE INDEX ON orders (${keys || '…'})${include};`;
}

/** The query as SQL, conditions in table order. */
export function querySql(query: QueryDef): string {
  const select = query.select === 'all' ? '*' : query.select.length ? query.select.join(', ') : 'count(*)';
  const conditions = COLUMNS.flatMap((c) => {
    const kind = query.where[c];
    return kind ? [CONDITION_SQL[c][kind]] : [];
  });
  const lines = [`SELECT ${select} FROM orders`];
  if (conditions.length) lines.push(`WHERE ${conditions.join('\n  AND ')}`);
  if (query.orderBy.length) lines.push(`ORDER BY ${query.orderBy.map((o) => `${o.column}${dir(o.direction)}`).join(', ')}`);
  if (query.limit) lines.push('LIMIT 20');
  return `${lines.join('\n')};`;
}

/** Every column the query mentions: returned, filtered or sorted on. */
export function referencedColumns(query: QueryDef): Column[] {
  const set = new Set<Column>(query.select === 'all' ? COLUMNS : query.select);
  for (const c of COLUMNS) if (query.where[c]) set.add(c);
  for (const o of query.orderBy) set.add(o.column);
  return COLUMNS.filter((c) => set.has(c));
}
