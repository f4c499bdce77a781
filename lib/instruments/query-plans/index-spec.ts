/**
 * The one index the playground lets the reader add to orders, written as a column list ("customer_id,
 * created_at DESC"). The list is parsed here into known columns, so the CREATE INDEX the playground runs is
 * built from clean values, never from the reader's text.
 */

/** Columns of the seeded orders table, in table order. */
export const ORDERS_COLUMNS = ['id', 'customer_id', 'status', 'created_at', 'total'] as const;

export type OrdersColumn = (typeof ORDERS_COLUMNS)[number];

/** Most key columns the playground accepts (a wider index teaches nothing more here). */
export const MAX_INDEX_COLUMNS = 3;

/** One key column of the index. */
export interface IndexKey {
  column: OrdersColumn;
  descending: boolean;
}

/** A parsed index definition. */
export interface IndexSpec {
  keys: readonly IndexKey[];
}

export type IndexSpecResult = { ok: true; spec: IndexSpec } | { ok: false; message: string };

const KEY_PATTERN = /^([a-z_]+)(?:\s+(asc|desc))?$/i;

function isOrdersColumn(name: string): name is OrdersColumn {
  return (ORDERS_COLUMNS as readonly string[]).includes(name);
}

/** Reads a comma-separated column list such as "customer_id, created_at DESC"; the message says what is wrong. */
export function parseIndexColumns(text: string): IndexSpecResult {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part, i, all) => part !== '' || i < all.length - 1);
  if (parts.length === 0 || parts.every((part) => part === '')) return { ok: false, message: 'Name at least one column, for example created_at.' };
  if (parts.length > MAX_INDEX_COLUMNS) return { ok: false, message: `Use at most ${MAX_INDEX_COLUMNS} columns.` };
  const keys: IndexKey[] = [];
  for (const part of parts) {
    if (part === '') return { ok: false, message: 'There is an empty column between two commas.' };
    const match = KEY_PATTERN.exec(part);
    const name = match?.[1]?.toLowerCase() ?? '';
    if (!match || !isOrdersColumn(name)) {
      return { ok: false, message: `“${part.slice(0, 40)}” is not a column of orders. Columns: ${ORDERS_COLUMNS.join(', ')}; add DESC for descending order.` };
    }
    if (keys.some((k) => k.column === name)) return { ok: false, message: `${name} appears twice.` };
    keys.push({ column: name, descending: match[2]?.toLowerCase() === 'desc' });
  }
  return { ok: true, spec: { keys } };
}

/** The column list as the reader would write it: "customer_id, created_at DESC". */
export function formatIndexColumns(spec: IndexSpec): string {
  return spec.keys.map((k) => (k.descending ? `${k.column} DESC` : k.column)).join(', ');
}

/** The index's name, from its columns: orders_customer_id_created_at_idx. */
export function indexName(spec: IndexSpec): string {
  return `orders_${spec.keys.map((k) => k.column).join('_')}_idx`;
}

/** The statement that creates the index. */
export function createIndexSql(spec: IndexSpec): string {
  return `CREATE INDEX ${indexName(spec)} ON orders (${formatIndexColumns(spec)})`;
}

/** The statement that drops an index by name (a name read back from pg_indexes, so it is an identifier). */
export function dropIndexSql(name: string): string {
  return `DROP INDEX IF EXISTS "${name.replaceAll('"', '""')}"`;
}
