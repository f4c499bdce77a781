import { describe, expect, it } from 'vitest';
import { keyLoadChart, trafficChart } from './charts';
import { hotKeyModel } from './hot-key';
import { buildRing, firstShards } from './ring';

describe('the chart models', () => {
  it('compare keys per shard on the ring and under mod N, with a summary and a table', () => {
    const chart = keyLoadChart([0, 1, 3], [500, 300, 200], [334, 333, 333]);
    expect(chart.bars).toEqual([
      { shard: 'A', first: 500, second: 334 },
      { shard: 'B', first: 300, second: 333 },
      { shard: 'D', first: 200, second: 333 },
    ]);
    expect(chart.labels).toEqual(['Ring', 'hash mod 3']);
    expect(chart.summary).toBe('On the ring the busiest shard, A, holds 500 keys, 1.50× the even share of 333; the emptiest holds 0.60×. Under hash mod 3 the busiest holds 1.00×.');
    expect(chart.table.rows[0]).toEqual(['A', '500', '334']);
    expect(keyLoadChart([2], [100], [100]).summary).toBe('Shard C holds all 100 keys under both rules.');
  });

  it('compare traffic per shard before and after salting', () => {
    const ring = buildRing(firstShards(4), 50);
    const chart = trafficChart(ring.shards, hotKeyModel(ring, [250, 250, 250, 250], 40, 8));
    expect(chart.unit).toBe('share');
    expect(chart.even).toBe(0.25);
    expect(chart.bars.reduce((sum, b) => sum + b.first, 0)).toBeCloseTo(1, 12);
    expect(chart.summary).toMatch(/^Unsalted, shard [A-D] takes 55\.0% of all requests, 2\.20× an even share of 25\.0%\. Salted 8 ways, the busiest shard, [A-D], takes/);
    expect(chart.table.headers).toEqual(['Shard', 'Unsalted', 'Salted 8 ways']);
  });
});
