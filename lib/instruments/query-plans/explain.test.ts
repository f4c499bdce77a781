import { describe, expect, it } from 'vitest';
import { nodeTitle, planNodes, readExplainJson } from './explain';
import { planFixture, rawFixture } from './test-fixtures';

describe('readExplainJson on real PostgreSQL output', () => {
  it('reads a sequential scan with its filter, rows removed and buffers', () => {
    const { root, executionMs, planningMs } = planFixture('one-day-before');
    expect(root.nodeType).toBe('Seq Scan');
    expect(root.relation).toBe('orders');
    expect(root.filter).toMatch(/created_at >= '2024-03-01/);
    expect(root.actualRows).toBe(288);
    expect(root.rowsRemovedByFilter).toBe(100_000 - 288);
    expect(root.loops).toBe(1);
    expect(root.estimatedRows).toBeGreaterThan(200);
    expect(root.buffers?.sharedHit).toBeGreaterThan(0);
    expect(executionMs).toBeGreaterThan(0);
    expect(planningMs).toBeGreaterThan(0);
    expect(root.children).toEqual([]);
  });

  it('reads an index scan with its index condition', () => {
    const { root } = planFixture('one-day-after');
    expect(root.nodeType).toBe('Index Scan');
    expect(root.indexName).toBe('orders_created_at_idx');
    expect(root.indexCondition).toMatch(/created_at >=/);
    expect(root.filter).toBeNull();
    expect(nodeTitle(root)).toBe('Index Scan using orders_created_at_idx on orders');
  });

  it('reads nested nodes: limit over a backward index scan, bitmap heap over bitmap index', () => {
    const latest = planFixture('latest-five-after');
    expect(planNodes(latest.root).map(nodeTitle)).toEqual(['Limit', 'Index Scan Backward using orders_customer_id_created_at_idx on orders']);
    const customer = planFixture('one-customer-after');
    expect(planNodes(customer.root).map((n) => n.nodeType)).toEqual(['Bitmap Heap Scan', 'Bitmap Index Scan']);
    expect(customer.root.recheckCondition).toBe('(customer_id = 4242)');
    expect(customer.root.exactHeapBlocks).toBe(20);
    expect(nodeTitle(customer.root.children[0]!)).toBe('Bitmap Index Scan on orders_customer_id_idx');
  });

  it('reads sort keys and methods', () => {
    const sort = planNodes(planFixture('latest-five-before').root).find((n) => n.nodeType === 'Sort');
    expect(sort?.sortKey).toEqual(['created_at DESC']);
    expect(sort?.sortMethod).toBe('top-N heapsort');
  });

  it('accepts the same output as JSON text', () => {
    const read = readExplainJson(JSON.stringify(rawFixture('shipped-after')));
    expect(read.ok && read.plan.root.nodeType).toBe('Seq Scan');
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['no plan', [{}], /no Plan/],
    ['plain EXPLAIN', [{ Plan: { 'Node Type': 'Seq Scan', 'Plan Rows': 5 } }], /EXPLAIN ANALYZE/],
    ['a node without a type', [{ Plan: { Plans: [{}] } }], /no Node Type/],
    ['children that are not a list', [{ Plan: { 'Node Type': 'Sort', Plans: 3 } }], /not a list/],
    ['no execution time', [{ Plan: { 'Node Type': 'Result', 'Actual Rows': 1, 'Actual Loops': 1 } }], /no execution time/],
    ['null', null, /no Plan/],
  ])('rejects %s with a message', (_, value, message) => {
    const read = readExplainJson(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});
