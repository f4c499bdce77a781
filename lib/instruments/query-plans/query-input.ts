/**
 * The reader's query, checked before it reaches PostgreSQL, and PostgreSQL's errors turned into a message
 * for the field. The playground runs only SELECT queries (EXPLAIN in front is allowed and set aside, as the
 * playground adds its own): anything that would change a table, or another kind of command, is refused here
 * with a plain sentence, rather than being sent and coming back as PostgreSQL's "syntax error" (EXPLAIN
 * accepts no DROP or CREATE). PostgreSQL stays the judge of the SELECT itself; error positions are mapped
 * back onto the reader's text.
 */

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 2_000;

/** What the playground puts in front of the reader's query. */
export const EXPLAIN_PREFIX = 'EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ';

/** The same options as text, for the plan PostgreSQL prints itself. */
export const EXPLAIN_TEXT_PREFIX = 'EXPLAIN (ANALYZE, BUFFERS) ';

/** Shown next to the field when it is empty (or holds only comments). */
export const EMPTY_QUERY_MESSAGE = 'Type a SELECT query to see its plan.';

/** What the playground runs, said whenever it refuses a statement. */
const RUNS_ONLY = 'the playground runs only SELECT queries (and EXPLAIN of a SELECT) against the sample orders table';

/**
 * `sql` is what to send after EXPLAIN_PREFIX; `lead` is the reader's text in front of it that was set aside
 * (an EXPLAIN and its options), so PostgreSQL's error positions can be moved back onto what the reader typed.
 */
export type QueryCheck = { ok: true; sql: string; lead: string } | { ok: false; message: string };

/**
 * The query with comments, string constants and quoted identifiers blanked out (same length, line breaks
 * kept), so keywords can be looked for without being fooled by text inside them. Follows PostgreSQL's lexical
 * rules: -- and nested /* *\/ comments, '…' with '' inside, E'…' with backslash escapes, $tag$…$tag$ and
 * "…" identifiers (https://www.postgresql.org/docs/current/sql-syntax-lexical.html).
 */
export function maskSql(sql: string): string {
  const out = sql.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      let k = i + 2;
      while (k < sql.length && depth > 0) {
        const pair = sql.slice(k, k + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          k += 2;
        } else k++;
      }
      blank(i, k);
      i = k;
    } else if (c === "'" || ((c === 'E' || c === 'e') && next === "'" && !/[\w$]/.test(sql[i - 1] ?? ''))) {
      const escapes = c !== "'";
      let k = i + (escapes ? 2 : 1);
      while (k < sql.length) {
        if (escapes && sql[k] === '\\') k += 2;
        else if (sql[k] === "'" && sql[k + 1] === "'") k += 2;
        else if (sql[k] === "'") break;
        else k++;
      }
      blank(i, k + 1);
      i = k + 1;
    } else if (c === '"') {
      let k = i + 1;
      while (k < sql.length) {
        if (sql[k] === '"' && sql[k + 1] === '"') k += 2;
        else if (sql[k] === '"') break;
        else k++;
      }
      blank(i, k + 1);
      i = k + 1;
    } else if (c === '$' && !/[\w$]/.test(sql[i - 1] ?? '')) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$/.exec(sql.slice(i));
      if (!tag) {
        i++;
        continue;
      }
      const end = sql.indexOf(tag[0], i + tag[0].length);
      const stop = end === -1 ? sql.length : end + tag[0].length;
      blank(i, stop);
      i = stop;
    } else i++;
  }
  return out.join('');
}

/** An EXPLAIN in front, with its options: EXPLAIN [ ( option, … ) ] or the older EXPLAIN [ ANALYZE ] [ VERBOSE ]. */
const LEADING_EXPLAIN = /^explain\b\s*(?:\([^()]*\)\s*)?(?:(?:analy[sz]e|verbose)\b\s*)*/i;

/** First words that begin a SELECT query: SELECT, WITH … SELECT, TABLE name, VALUES, or a parenthesised one. */
const QUERY_STARTS = new Set(['select', 'with', 'table', 'values']);

/** Commands that change tables, their rows or what is in the database (from PostgreSQL's list of SQL commands). */
const CHANGING_COMMANDS = new Set([
  'insert', 'update', 'delete', 'merge', 'truncate', 'drop', 'create', 'alter', 'grant', 'revoke', 'copy', 'vacuum', 'reindex', 'cluster',
  'comment', 'refresh', 'lock', 'call', 'do', 'import', 'security', 'reassign',
]);

/** Other commands: not queries, though they change no table. */
const OTHER_COMMANDS = new Set([
  'analyze', 'analyse', 'show', 'set', 'reset', 'begin', 'start', 'commit', 'end', 'rollback', 'abort', 'savepoint', 'release', 'prepare',
  'execute', 'deallocate', 'declare', 'fetch', 'move', 'close', 'listen', 'notify', 'unlisten', 'discard', 'checkpoint', 'load',
]);

/** Why a statement is refused, from its first word; CREATE INDEX and DROP INDEX are pointed at the index field. */
function refusal(word: string, changes: boolean, rest: string): string {
  const name = word.toUpperCase();
  const why = changes ? `${name} changes tables, so it is refused: ${RUNS_ONLY}.` : `${name} is not a SELECT query, so it is refused: ${RUNS_ONLY}.`;
  const index = /^(create|drop)\s+(unique\s+)?index\b/i.test(rest);
  return index ? `${why} To try an index, write its columns under Index columns and press Create index.` : why;
}

/** The first UPDATE in `masked` that writes (not the row lock FOR UPDATE or FOR NO KEY UPDATE), if any. */
function writingUpdate(masked: string): string | undefined {
  // No lookbehind in the pattern: older Safari cannot parse one, and the playground's code must load there.
  for (const match of masked.matchAll(/\bupdate\b/gi)) {
    if (!/\bfor\s+(?:no\s+key\s+)?$/i.test(masked.slice(0, match.index))) return match[0];
  }
  return undefined;
}

/**
 * Trims the query and its trailing semicolons, sets aside an EXPLAIN in front, and refuses what the playground
 * does not run: nothing, too much, a statement other than a SELECT query, or a SELECT that writes (a
 * data-modifying WITH, or SELECT … INTO, which creates a table).
 */
export function checkQuery(text: string): QueryCheck {
  const trimmed = text.trim().replace(/[;\s]+$/, '');
  const masked = maskSql(trimmed);
  if (masked.trim() === '') return { ok: false, message: EMPTY_QUERY_MESSAGE };
  if (trimmed.length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `The query is ${trimmed.length.toLocaleString('en-US')} characters long; the playground takes up to ${MAX_QUERY_LENGTH.toLocaleString('en-US')}.` };
  }
  const start = masked.length - masked.trimStart().length;
  const explain = LEADING_EXPLAIN.exec(masked.slice(start));
  const bodyAt = start + (explain?.[0].length ?? 0);
  const body = masked.slice(bodyAt);
  const skipped = body.length - body.trimStart().length;
  const lead = trimmed.slice(0, bodyAt + skipped);
  const sql = trimmed.slice(bodyAt + skipped);
  const rest = body.trimStart();
  if (rest === '') return { ok: false, message: EMPTY_QUERY_MESSAGE };
  const word = /^[A-Za-z_]+/.exec(rest)?.[0].toLowerCase() ?? '';
  if (rest.startsWith('(') || QUERY_STARTS.has(word)) {
    // A WITH can hold an INSERT, UPDATE, DELETE or MERGE; UPDATE after FOR (NO KEY) is a row lock, not a write.
    const write = /\b(?:insert|delete|merge)\b/i.exec(rest)?.[0] ?? writingUpdate(rest);
    if (write) return { ok: false, message: `This query holds ${write.toUpperCase()}, which changes tables, so it is refused: ${RUNS_ONLY}.` };
    if (/\binto\b/i.test(rest)) return { ok: false, message: `SELECT … INTO creates a table, so it is refused: ${RUNS_ONLY}.` };
    return { ok: true, sql, lead };
  }
  if (word === 'explain') return { ok: false, message: `Write EXPLAIN once: ${RUNS_ONLY} and adds EXPLAIN (ANALYZE, BUFFERS) itself.` };
  if (CHANGING_COMMANDS.has(word)) return { ok: false, message: refusal(word, true, rest) };
  if (OTHER_COMMANDS.has(word)) return { ok: false, message: refusal(word, false, rest) };
  // Anything else (a typo such as SELEC) goes to PostgreSQL, whose syntax error points at the place.
  return { ok: true, sql, lead };
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
 * onto the reader's text (which had `lead` in front of `sql`), as a line and column.
 */
export function describePostgresError(error: unknown, sql: string, prefix = EXPLAIN_PREFIX, lead = ''): string {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as PostgresErrorFields;
  const message = typeof fields.message === 'string' && fields.message ? fields.message : String(error);
  const parts = [`PostgreSQL: ${message}`];
  const position = Number(fields.position);
  if (Number.isInteger(position) && position > prefix.length) {
    const offset = lead.length + position - prefix.length - 1;
    const before = `${lead}${sql}`.slice(0, offset);
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
