import { describe, expect, it } from 'vitest';
import { planNodes, type PlanNode } from './explain';
import { estimateNote, msText, planRowsExamined, rowsText, summarizeNode } from './summary';
import { planFixture } from './test-fixtures';

function node(partial: Partial<PlanNode>): PlanNode {
  return {
    nodeType: 'Seq Scan', relation: 'orders', alias: 'orders', indexName: null, scanDirection: null, indexCondition: null,
    recheckCondition: null, filter: null, sortKey: [], sortMethod: null, strategy: null, estimatedRows: 1, actualRows: 1, loops: 1,
    actualStartupMs: 0, actualTotalMs: 0, startupCost: 0, totalCost: 0, rowsRemovedByFilter: null, rowsRemovedByIndexRecheck: null,
    heapFetches: null, exactHeapBlocks: null, buffers: null, children: [], ...partial,
  };
}

describe('summarizeNode on real plans', () => {
  it.each([
    ['one-day-before', ['Sequential scan of orders: read 100,000 rows, kept 288']],
    ['one-day-after', ['Index scan of orders using orders_created_at_idx: found 288 rows through the index']],
    ['one-customer-after', ['Bitmap heap scan of orders: fetched 20 rows from 20 pages in table order', 'Bitmap index scan on orders_customer_id_idx: marked 20 rows to fetch']],
    ['latest-five-before', ['Limit: stopped after 5 rows', 'Sort by created_at DESC (top-N heapsort): 5 rows out', 'Sequential scan of orders: read 100,000 rows, kept 20']],
    ['latest-five-after', ['Limit: stopped after 5 rows', 'Index scan of orders using orders_customer_id_created_at_idx, read backwards: found 5 rows through the index']],
    ['refunded-count-after', ['Aggregate: 1 row out', 'Index-only scan using orders_status_idx: 1,000 rows answered from the index, 0 table visits for visibility']],
  ])('%s', (fixture, lines) => {
    expect(planNodes(planFixture(fixture).root).map((n) => summarizeNode(n))).toEqual(lines);
  });

  it('counts table rows examined by every scan, not the bitmap index scan', () => {
    expect(planRowsExamined(planFixture('one-day-before').root)).toBe(100_000);
    expect(planRowsExamined(planFixture('one-day-after').root)).toBe(288);
    expect(planRowsExamined(planFixture('one-customer-after').root)).toBe(20);
    expect(planRowsExamined(planFixture('shipped-after').root)).toBe(100_000);
  });
});

describe('per-loop figures and estimates', () => {
  it('multiplies per-loop rows by loops', () => {
    const inner = node({ nodeType: 'Index Scan', indexName: 'i', actualRows: 3, loops: 1000, rowsRemovedByFilter: 1 });
    expect(summarizeNode(inner)).toBe('Index scan of orders using i: found 4,000 rows through the index, kept 3,000 over 1,000 loops');
    expect(planRowsExamined(inner)).toBe(4000);
  });

  it('names unknown node types and still counts rows', () => {
    expect(summarizeNode(node({ nodeType: 'Hash Join', actualRows: 12 }))).toBe('Hash Join: 12 rows out');
  });

  it('calls out estimates off by ten times or more, except short runs below a Limit', () => {
    expect(estimateNote(node({ estimatedRows: 12, actualRows: 480_000 }))).toBe('Estimated 12 rows per loop, got 480,000 rows: off by 40,000×.');
    expect(estimateNote(node({ estimatedRows: 100, actualRows: 20 }))).toBeNull();
    expect(estimateNote(node({ estimatedRows: 2000, actualRows: 5 }), true)).toBeNull();
    expect(estimateNote(node({ estimatedRows: 2000, actualRows: 5 }))).toMatch(/off by 400×/);
  });

  it.each([
    [0.0421, '0.042 ms'],
    [3.176, '3.18 ms'],
    [41.26, '41.3 ms'],
    [1204.4, '1,204 ms'],
    [Number.NaN, '–'],
  ])('msText(%d) = %s', (ms, text) => {
    expect(msText(ms)).toBe(text);
  });

  it('says row or rows', () => {
    expect(rowsText(1)).toBe('1 row');
    expect(rowsText(100000)).toBe('100,000 rows');
  });
});
