import { describe, expect, it } from 'vitest';
import { compareTco } from './compare-tco';
import {
  ENGINEER_RATE_ASSUMPTION,
  MANAGED_VS_SELF_HOSTED_OPTIONS,
  SENIOR_ENGINEER_USD_PER_HOUR,
  TCO_PRICES_AS_OF,
  TCO_REFERENCE_WORKLOAD,
} from './tco-options';
import { isAssumption, isSource } from './sources';

describe('MANAGED_VS_SELF_HOSTED_OPTIONS', () => {
  it('prices the reference workload (1 TB, 1k writes/s, 10k reads/s, one region) at an assumed $200/h', () => {
    expect(TCO_REFERENCE_WORKLOAD).toEqual({ dataBytes: 1e12, writesPerSecond: 1_000, readsPerSecond: 10_000, regions: 1 });
    expect(SENIOR_ENGINEER_USD_PER_HOUR).toBe(200);
    expect(ENGINEER_RATE_ASSUMPTION.kind).toBe('assumption');
    expect(ENGINEER_RATE_ASSUMPTION.range).toEqual({ low: 100, high: 250, unit: 'USD/h' });
    expect(SENIOR_ENGINEER_USD_PER_HOUR).toBeGreaterThanOrEqual(ENGINEER_RATE_ASSUMPTION.range?.low ?? Infinity);
    expect(SENIOR_ENGINEER_USD_PER_HOUR).toBeLessThanOrEqual(ENGINEER_RATE_ASSUMPTION.range?.high ?? -Infinity);
  });

  it('has unique ids, well-formed ranges, a dated price and sources for every option', () => {
    const ids = MANAGED_VS_SELF_HOSTED_OPTIONS.map((option) => option.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(TCO_PRICES_AS_OF).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    for (const option of MANAGED_VS_SELF_HOSTED_OPTIONS) {
      expect(option.infraUsdPerMonth.low).toBeLessThanOrEqual(option.infraUsdPerMonth.high);
      expect(option.opsHoursPerMonth.low).toBeLessThanOrEqual(option.opsHoursPerMonth.high);
      expect(option.infraUsdPerMonth.low).toBeGreaterThanOrEqual(0);
      expect(option.hiddenCosts.length).toBeGreaterThan(0);
      expect(option.source.length).toBeGreaterThan(20);
      expect(option.pricesAsOf).toBe(TCO_PRICES_AS_OF);
      const sources = option.sources ?? [];
      // At least one vendor pricing page, and the ops hours labelled as a planning assumption.
      expect(sources.filter(isSource).length).toBeGreaterThan(0);
      expect(sources.some((citation) => isAssumption(citation) && /engineer hours/.test(citation.statement))).toBe(true);
      for (const ref of sources.filter(isSource)) {
        expect(ref.url).toMatch(/^https:\/\//);
        expect(ref.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it.each<[string, boolean, [number, number], [number, number]]>([
    // Single-AZ $0.899 × 730 + 1,000 GB × $0.115 = 771; Multi-AZ 1,543 + replica 771 = 2,314
    ['rds-postgresql', true, [771, 2_314], [2, 4]],
    // 16–32 ACU × 730 × $0.12 + $100 storage
    ['aurora-postgresql-serverless-v2', true, [1_502, 2_903], [1, 2]],
    // 1,642.50 writes + 1,642.50–3,285 reads + 243.75 storage
    ['dynamodb-on-demand', true, [3_529, 5_171], [0, 1]],
    // 474.50 WCU + 474.50–949 RCU + 243.75 storage
    ['dynamodb-provisioned', true, [1_193, 1_667], [1, 2]],
    // 8–16 CU × 730 × $0.222 + 1,000 GB × $0.35
    ['neon-scale', true, [1_646, 2_943], [1, 2]],
    // 744.60 instances + 480 gp3 + ~105 cross-zone
    ['cassandra-self-hosted', false, [1_330, 1_330], [8, 16]],
  ])('%s', (id, managed, [infraLow, infraHigh], [opsLow, opsHigh]) => {
    const option = MANAGED_VS_SELF_HOSTED_OPTIONS.find((candidate) => candidate.id === id);
    expect(option).toBeDefined();
    expect(option?.managed).toBe(managed);
    expect(option?.infraUsdPerMonth).toEqual({ low: infraLow, high: infraHigh });
    expect(option?.opsHoursPerMonth).toEqual({ low: opsLow, high: opsHigh });
  });

  it('matches the arithmetic behind each price (list prices as of December 2026, 730-hour month)', () => {
    const round = (value: number) => Math.round(value);
    const rdsOne = 0.899 * 730 + 1_000 * 0.115;
    expect(round(rdsOne)).toBe(771);
    expect(round(rdsOne * 3)).toBe(2_314);
    expect(round(16 * 730 * 0.12 + 100)).toBe(1_502);
    expect(round(32 * 730 * 0.12 + 100)).toBe(2_903);
    const seconds = 730 * 3_600;
    const writes = (1_000 * seconds * 0.625) / 1e6;
    const strongReads = (10_000 * seconds * 0.125) / 1e6;
    const storage = (1_000 - 25) * 0.25;
    expect(round(writes + strongReads / 2 + storage)).toBe(3_529);
    expect(round(writes + strongReads + storage)).toBe(5_171);
    expect(round(1_000 * 0.00065 * 730 + 5_000 * 0.00013 * 730 + storage)).toBe(1_193);
    expect(round(1_000 * 0.00065 * 730 + 10_000 * 0.00013 * 730 + storage)).toBe(1_667);
    expect(round(8 * 730 * 0.222 + 350)).toBe(1_646);
    expect(round(16 * 730 * 0.222 + 350)).toBe(2_943);
    const crossZone = ((1_000 * 2_000 * seconds) / 1e9) * 0.01 * 2;
    expect(round(3 * 0.34 * 730 + 3 * 2_000 * 0.08 + crossZone)).toBe(1_330);
  });

  it('ranks like the cost lesson at $200/h: provisioned DynamoDB cheapest, on-demand dearest', () => {
    expect(compareTco(MANAGED_VS_SELF_HOSTED_OPTIONS, SENIOR_ENGINEER_USD_PER_HOUR).map((row) => row.id)).toEqual([
      'dynamodb-provisioned',
      'rds-postgresql',
      'aurora-postgresql-serverless-v2',
      'neon-scale',
      'cassandra-self-hosted',
      'dynamodb-on-demand',
    ]);
  });
});
