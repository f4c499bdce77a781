/**
 * What the playground asks of PostgreSQL, written against the two calls it needs, so the same code drives
 * PGlite in the browser and PGlite in Node (the tests). It imports no database: the caller passes one in.
 */
import { readExplainJson, type ExplainedPlan } from './explain';
import { createIndexSql, dropIndexSql, type IndexSpec } from './index-spec';
import { checkQuery, describePostgresError, EXPLAIN_PREFIX, EXPLAIN_TEXT_PREFIX } from './query-input';
import { ORDERS_INSERT_SQL, ORDERS_MAINTENANCE_SQL, ORDERS_TABLE_SQL } from './seed';

/** The part of a PostgreSQL client the playground uses (PGlite's query and exec have these shapes). */
export interface SqlClient {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

/** Creates and fills the orders table, then gathers statistics. */
export async function seedOrders(db: SqlClient): Promise<void> {
  await db.exec(`${ORDERS_TABLE_SQL}\n${ORDERS_INSERT_SQL}`);
  for (const statement of ORDERS_MAINTENANCE_SQL) await db.exec(statement);
}

/** An index the table has besides its primary key. */
export interface ExistingIndex {
  name: string;
  /** PostgreSQL's definition, e.g. "CREATE INDEX orders_created_at_idx ON public.orders USING btree (created_at)". */
  definition: string;
}

/** The indexes on orders other than the primary key. */
export async function listIndexes(db: SqlClient): Promise<ExistingIndex[]> {
  const result = await db.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'orders' AND indexname <> 'orders_pkey' ORDER BY indexname",
  );
  return result.rows.map((row) => ({ name: row.indexname, definition: row.indexdef }));
}

/** Drops every index on orders except the primary key. */
export async function dropIndexes(db: SqlClient): Promise<void> {
  for (const index of await listIndexes(db)) await db.exec(dropIndexSql(index.name));
}

/**
 * Makes `spec` the table's only index besides the primary key. Statistics need no refresh: the index is on
 * plain columns, whose statistics ANALYZE gathered when the table was seeded.
 */
export async function replaceIndex(db: SqlClient, spec: IndexSpec): Promise<void> {
  await dropIndexes(db);
  await db.exec(createIndexSql(spec));
}

/** An explained query: the parsed plan and PostgreSQL's own text for it. */
export interface ExplainOutcome {
  plan: ExplainedPlan;
  /** The same EXPLAIN ANALYZE in PostgreSQL's text format, from a second run (its times differ a little). */
  text: string;
}

export type ExplainResult = { ok: true; outcome: ExplainOutcome } | { ok: false; message: string };

/**
 * Runs EXPLAIN ANALYZE on the reader's SELECT query (checkQuery refuses anything else) inside a transaction
 * that is rolled back, so even a SELECT with side effects (FOR UPDATE row locks, a volatile function) leaves
 * the table as it was. Errors come back as a message for the query field.
 */
export async function explainQuery(db: SqlClient, text: string): Promise<ExplainResult> {
  const checked = checkQuery(text);
  if (!checked.ok) return checked;
  const { sql, lead } = checked;
  await db.exec('BEGIN');
  try {
    let json: unknown;
    try {
      const result = await db.query<Record<string, unknown>>(`${EXPLAIN_PREFIX}${sql}`);
      json = result.rows[0]?.['QUERY PLAN'];
    } catch (error) {
      return { ok: false, message: describePostgresError(error, sql, EXPLAIN_PREFIX, lead) };
    }
    const read = readExplainJson(json);
    if (!read.ok) return { ok: false, message: `The plan could not be read: ${read.message}` };
    await db.exec('ROLLBACK');
    await db.exec('BEGIN');
    const textResult = await db.query<Record<string, unknown>>(`${EXPLAIN_TEXT_PREFIX}${sql}`);
    const text = textResult.rows.map((row) => String(row['QUERY PLAN'] ?? '')).join('\n');
    return { ok: true, outcome: { plan: read.plan, text } };
  } catch (error) {
    return { ok: false, message: describePostgresError(error, sql, EXPLAIN_TEXT_PREFIX, lead) };
  } finally {
    await db.exec('ROLLBACK');
  }
}
