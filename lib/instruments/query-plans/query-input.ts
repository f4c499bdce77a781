/**
 * The reader's query, checked before it reaches PostgreSQL, and PostgreSQL's errors turned into a message
 * for the field. PostgreSQL itself is the judge of the SQL; this only catches what the playground cannot
 * run (nothing, too much, or an EXPLAIN of its own) and maps error positions back onto the reader's text.
 */

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 2_000;

/** What the playground puts in front of the reader's query. */
export const EXPLAIN_PREFIX = 'EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ';

/** The same options as text, for the plan PostgreSQL prints itself. */
export const EXPLAIN_TEXT_PREFIX = 'EXPLAIN (ANALYZE, BUFFERS) ';

export type QueryCheck = { ok: true; sql: string } | { ok: false; message: string };

/** Trims the query and its trailing semicolons, and rejects what cannot be explained. */
export function checkQuery(text: string): QueryCheck {
  const sql = text.trim().replace(/[;\s]+$/, '');
  if (sql === '') return { ok: false, message: 'Write a query to explain, or pick one of the examples.' };
  if (sql.length > MAX_QUERY_LENGTH) return { ok: false, message: `The query is ${sql.length.toLocaleString('en-US')} characters long; the playground takes up to ${MAX_QUERY_LENGTH.toLocaleString('en-US')}.` };
  if (/^explain\b/i.test(sql)) return { ok: false, message: 'Leave out EXPLAIN: the playground adds EXPLAIN (ANALYZE, BUFFERS) itself.' };
  return { ok: true, sql };
}

/** The fields of a PostgreSQL error the playground reads (PGlite's DatabaseError has them). */
export interface PostgresErrorFields {
  message?: unknown;
  code?: unknown;
  position?: unknown;
  hint?: unknown;
  detail?: unknown;
}

/** Hints for errors whose PostgreSQL wording does not say what to do in the playground. */
const PLAYGROUND_HINTS: Record<string, string> = {
  'cannot insert multiple commands into a prepared statement': 'Explain one statement at a time.',
};

/**
 * A sentence for the field from an error PostgreSQL raised while explaining `sql`, which was sent after
 * `prefix`: the position PostgreSQL reports counts from the start of what it was sent, so it is moved back
 * onto the reader's text, as a line and column.
 */
export function describePostgresError(error: unknown, sql: string, prefix = EXPLAIN_PREFIX): string {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as PostgresErrorFields;
  const message = typeof fields.message === 'string' && fields.message ? fields.message : String(error);
  const parts = [`PostgreSQL: ${message}`];
  const position = Number(fields.position);
  if (Number.isInteger(position) && position > prefix.length) {
    const offset = position - prefix.length - 1;
    const before = sql.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    parts[0] += ` (line ${line}, column ${column})`;
  }
  if (typeof fields.detail === 'string' && fields.detail) parts.push(fields.detail);
  if (typeof fields.hint === 'string' && fields.hint) parts.push(fields.hint);
  const own = PLAYGROUND_HINTS[message];
  if (own) parts.push(own);
  return parts.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}
