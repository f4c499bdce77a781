import { describe, expect, it } from 'vitest';
import { createIndexSql, dropIndexSql, formatIndexColumns, indexName, parseIndexColumns } from './index-spec';

describe('parseIndexColumns', () => {
  it.each([
    ['created_at', 'created_at', 'CREATE INDEX orders_created_at_idx ON orders (created_at)'],
    ['customer_id, created_at DESC', 'customer_id, created_at DESC', 'CREATE INDEX orders_customer_id_created_at_idx ON orders (customer_id, created_at DESC)'],
    ['  STATUS  ,total asc ', 'status, total', 'CREATE INDEX orders_status_total_idx ON orders (status, total)'],
    ['customer_id,', 'customer_id', 'CREATE INDEX orders_customer_id_idx ON orders (customer_id)'],
  ])('reads %j', (text, formatted, sql) => {
    const result = parseIndexColumns(text);
    if (!result.ok) throw new Error(result.message);
    expect(formatIndexColumns(result.spec)).toBe(formatted);
    expect(createIndexSql(result.spec)).toBe(sql);
  });

  it.each([
    ['', /at least one column/],
    [' , ', /empty column|at least one/],
    ['email', /“email” is not a column of orders/],
    ['created_at; DROP TABLE orders', /is not a column/],
    ['status, status', /status appears twice/],
    ['id, status, total, created_at', /at most 3 columns/],
    ['id,,status', /empty column/],
    ['lower(status)', /is not a column/],
  ])('rejects %j', (text, message) => {
    const result = parseIndexColumns(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names the index after its columns and quotes names it drops', () => {
    const result = parseIndexColumns('customer_id, created_at desc');
    if (!result.ok) throw new Error(result.message);
    expect(indexName(result.spec)).toBe('orders_customer_id_created_at_idx');
    expect(dropIndexSql('orders_status_idx')).toBe('DROP INDEX IF EXISTS "orders_status_idx"');
    expect(dropIndexSql('we"ird')).toBe('DROP INDEX IF EXISTS "we""ird"');
  });
});
