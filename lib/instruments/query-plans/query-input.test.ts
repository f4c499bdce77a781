import { describe, expect, it } from 'vitest';
import { checkQuery, describePostgresError, EXPLAIN_PREFIX, MAX_QUERY_LENGTH } from './query-input';

describe('checkQuery', () => {
  it('trims whitespace and trailing semicolons', () => {
    expect(checkQuery('  SELECT 1;; \n')).toEqual({ ok: true, sql: 'SELECT 1' });
  });
  it.each([
    ['', /Write a query/],
    ['  ;  ', /Write a query/],
    ['explain select 1', /Leave out EXPLAIN/],
    ['x'.repeat(MAX_QUERY_LENGTH + 1), /2,001 characters long/],
  ])('rejects %j', (text, message) => {
    const checked = checkQuery(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
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
  it('copes with something that is not an error object', () => {
    expect(describePostgresError('boom', 'SELECT 1')).toBe('PostgreSQL: boom.');
  });
});
