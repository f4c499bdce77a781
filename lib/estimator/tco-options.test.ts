import { describe, expect, it } from 'vitest';
import { MANAGED_VS_SELF_HOSTED_OPTIONS, SENIOR_ENGINEER_USD_PER_HOUR, TCO_REFERENCE_WORKLOAD } from './tco-options';

describe('MANAGED_VS_SELF_HOSTED_OPTIONS', () => {
  it('prices seed 001\'s workload: 1 TB, 1k writes/s, 10k reads/s, one region, at $200/h', () => {
    expect(TCO_REFERENCE_WORKLOAD).toEqual({ dataBytes: 1e12, writesPerSecond: 1_000, readsPerSecond: 10_000, regions: 1 });
    expect(SENIOR_ENGINEER_USD_PER_HOUR).toBe(200);
  });

  it('has unique ids and well-formed ranges', () => {
    const ids = MANAGED_VS_SELF_HOSTED_OPTIONS.map((option) => option.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const option of MANAGED_VS_SELF_HOSTED_OPTIONS) {
      expect(option.infraUsdPerMonth.low).toBeLessThanOrEqual(option.infraUsdPerMonth.high);
      expect(option.opsHoursPerMonth.low).toBeLessThanOrEqual(option.opsHoursPerMonth.high);
      expect(option.infraUsdPerMonth.low).toBeGreaterThanOrEqual(0);
      expect(option.source).toMatch(/Seed 001/);
      expect(option.hiddenCosts.length).toBeGreaterThan(0);
    }
  });

  it.each<[string, boolean, [number, number], [number, number]]>([
    ['rds-postgresql', true, [700, 1_500], [2, 4]],
    ['aurora-postgresql-serverless-v2', true, [400, 1_200], [1, 2]],
    ['dynamodb-on-demand', true, [500, 1_500], [0, 1]],
    ['cockroachdb-cloud-dedicated', true, [800, 1_500], [1, 2]],
    ['cassandra-self-hosted', false, [600, 600], [8, 16]],
    ['planetscale-business', true, [400, 400], [1, 2]],
    ['neon-pro', true, [200, 200], [1, 2]],
  ])('%s', (id, managed, [infraLow, infraHigh], [opsLow, opsHigh]) => {
    const option = MANAGED_VS_SELF_HOSTED_OPTIONS.find((candidate) => candidate.id === id);
    expect(option).toBeDefined();
    expect(option?.managed).toBe(managed);
    expect(option?.infraUsdPerMonth).toEqual({ low: infraLow, high: infraHigh });
    expect(option?.opsHoursPerMonth).toEqual({ low: opsLow, high: opsHigh });
  });
});
