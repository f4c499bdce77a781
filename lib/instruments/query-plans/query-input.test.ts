import { describe, expect, it } from 'vitest';
import { checkQuery, describePostgresError, EMPTY_QUERY_MESSAGE, EXPLAIN_PREFIX, maskSql, MAX_QUERY_LENGTH } from './query-input';

const RUNS_ONLY = 'the playground runs only SELECT queries (and EXPLAIN of a SELECT) against the sample orders table.';

function refused(text: string): string {
  const checked = checkQuery(text);
  if (checked.ok) throw new Error(`${text} was accepted`);
  return checked.message;
}

describe('checkQuery', () => {
  it('trims whitespace and trailing semicolons', () => {
    expect(checkQuery('  SELECT 1;; \n')).toEqual({ ok: true, sql: 'SELECT 1', lead: '' });
  });

  it('asks for a SELECT when the field is empty or holds only comments', () => {
    for (const text of ['', '  ;  ', '-- just a note', '/* nothing */', 'EXPLAIN ANALYZE']) expect(refused(text)).toBe(EMPTY_QUERY_MESSAGE);
    expect(EMPTY_QUERY_MESSAGE).toBe('Type a SELECT query to see its plan.');
  });

  it('says plainly that statements which change tables are refused', () => {
    expect(refused('DROP TABLE orders')).toBe(`DROP changes tables, so it is refused: ${RUNS_ONLY}`);
    expect(refused('  delete from orders where id < 10;')).toBe(`DELETE changes tables, so it is refused: ${RUNS_ONLY}`);
    expect(refused('TRUNCATE orders')).toMatch(/^TRUNCATE changes tables/);
    expect(refused('update orders set total = 0')).toMatch(/^UPDATE changes tables/);
    expect(refused('INSERT INTO orders DEFAULT VALUES')).toMatch(/^INSERT changes tables/);
    expect(refused('-- tidy up\nDROP TABLE orders')).toMatch(/^DROP changes tables/);
    expect(refused('EXPLAIN ANALYZE DELETE FROM orders')).toMatch(/^DELETE changes tables/);
  });

  it('points CREATE INDEX at the playground’s own index field', () => {
    expect(refused('CREATE INDEX ON orders (status)')).toBe(
      `CREATE changes tables, so it is refused: ${RUNS_ONLY} To try an index, write its columns under Index columns and press Create index.`,
    );
    expect(refused('drop index orders_status_idx')).toMatch(/To try an index/);
    expect(refused('CREATE TABLE t (id int)')).not.toMatch(/To try an index/);
  });

  it('refuses a SELECT that writes: a data-modifying WITH, or SELECT … INTO', () => {
    expect(refused('WITH gone AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM gone')).toBe(
      `This query holds DELETE, which changes tables, so it is refused: ${RUNS_ONLY}`,
    );
    expect(refused('WITH u AS (UPDATE orders SET total = 0 RETURNING id) SELECT * FROM u')).toMatch(/^This query holds UPDATE/);
    expect(refused('SELECT * INTO copy FROM orders')).toMatch(/^SELECT … INTO creates a table/);
    expect(refused('WITH locked AS (SELECT id FROM orders FOR UPDATE) UPDATE orders SET total = 0 WHERE id IN (SELECT id FROM locked)')).toMatch(
      /^This query holds UPDATE/,
    );
  });

  it('refuses other commands as not being SELECT queries', () => {
    expect(refused('SHOW work_mem')).toBe(`SHOW is not a SELECT query, so it is refused: ${RUNS_ONLY}`);
    expect(refused('BEGIN')).toMatch(/^BEGIN is not a SELECT query/);
    expect(refused('ANALYZE orders')).toMatch(/^ANALYZE is not a SELECT query/);
    expect(refused('explain explain select 1')).toMatch(/^Write EXPLAIN once/);
  });

  it('accepts SELECT queries in their forms, and row locks', () => {
    for (const text of [
      'SELECT 1',
      'select id from orders',
      "WITH recent AS (SELECT * FROM orders WHERE created_at > '2024-03-01') SELECT count(*) FROM recent",
      'TABLE orders',
      'VALUES (1), (2)',
      '(SELECT 1) UNION (SELECT 2)',
      'SELECT id FROM orders WHERE id = 1 FOR UPDATE',
      'SELECT id FROM orders WHERE id = 1 FOR NO KEY UPDATE',
      'SELECT id FROM orders WHERE id = 1 FOR\n  UPDATE SKIP LOCKED',
      'SELECT updated_at_guess, deleted FROM (SELECT 1 AS updated_at_guess, true AS deleted) AS t',
    ]) {
      expect(checkQuery(text), text).toEqual({ ok: true, sql: text, lead: '' });
    }
  });

  it('does not mistake words inside strings, quoted names or comments for statements', () => {
    for (const text of [
      "SELECT id FROM orders WHERE status = 'delete me; drop table orders'",
      'SELECT 1 AS "update"',
      "SELECT E'it\\'s an insert' AS note",
      'SELECT $$DROP TABLE orders$$ AS text',
      'SELECT 1 /* update later /* nested */ still a comment */',
      'SELECT 1 -- insert a row here',
    ]) {
      expect(checkQuery(text).ok, text).toBe(true);
    }
  });

  it('sets aside an EXPLAIN in front, with its options, and keeps it as the lead', () => {
    expect(checkQuery('EXPLAIN SELECT 1')).toEqual({ ok: true, sql: 'SELECT 1', lead: 'EXPLAIN ' });
    expect(checkQuery('explain analyze verbose\nselect 1')).toEqual({ ok: true, sql: 'select 1', lead: 'explain analyze verbose\n' });
    expect(checkQuery('EXPLAIN (ANALYZE, COSTS OFF) SELECT 1;')).toEqual({ ok: true, sql: 'SELECT 1', lead: 'EXPLAIN (ANALYZE, COSTS OFF) ' });
  });

  it('leaves a misspelt query to PostgreSQL, whose syntax error points at the place', () => {
    expect(checkQuery('SELEC * FROM orders')).toEqual({ ok: true, sql: 'SELEC * FROM orders', lead: '' });
  });

  it('refuses a query that is too long', () => {
    expect(refused(`SELECT ${'x'.repeat(MAX_QUERY_LENGTH)}`)).toMatch(/2,007 characters long/);
  });
});

describe('maskSql', () => {
  it('blanks comments, strings and quoted identifiers but keeps the length and the line breaks', () => {
    const sql = "SELECT 'a''b', \"c\" -- d\nFROM t /* e */";
    const masked = maskSql(sql);
    expect(masked).toHaveLength(sql.length);
    expect(masked).toBe(`SELECT ${' '.repeat(6)}, ${' '.repeat(3)} ${' '.repeat(4)}\nFROM t ${' '.repeat(7)}`);
  });
});

describe('describePostgresError', () => {
  it('moves the position back onto the reader’s text as line and column', () => {
    const sql = 'SELECT id\nFROM orders\nWHERE custmer_id = 1';
    const position = EXPLAIN_PREFIX.length + sql.indexOf('custmer_id') + 1;
    const error = { message: 'column "custmer_id" does not exist', position: String(position), hint: 'Perhaps you meant to reference the column "orders.customer_id".' };
    expect(describePostgresError(error, sql)).toBe(
      'PostgreSQL: column "custmer_id" does not exist (line 3, column 7). Perhaps you meant to reference the column "orders.customer_id".',
    );
  });
  it('adds the playground’s own hint for two statements', () => {
    expect(describePostgresError({ message: 'cannot insert multiple commands into a prepared statement' }, 'SELECT 1; SELECT 2')).toBe(
      'PostgreSQL: cannot insert multiple commands into a prepared statement. Explain one statement at a time.',
    );
  });
  it('counts the position from what the reader typed when an EXPLAIN in front was set aside', () => {
    const lead = 'EXPLAIN\n';
    const sql = 'SELECT id FROM orders WHERE custmer_id = 1';
    const position = EXPLAIN_PREFIX.length + sql.indexOf('custmer_id') + 1;
    expect(describePostgresError({ message: 'column "custmer_id" does not exist', position: String(position) }, sql, EXPLAIN_PREFIX, lead)).toBe(
      'PostgreSQL: column "custmer_id" does not exist (line 2, column 29).',
    );
  });
  it('copes with something that is not an error object', () => {
    expect(describePostgresError('boom', 'SELECT 1')).toBe('PostgreSQL: boom.');
  });
});
