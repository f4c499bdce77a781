import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './thresholds';
import type { Workload } from './types';
import { collectWarnings } from './warnings';

const NO_GROWTH: Assumptions = { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 };
const warningsFor = (workload: Workload, assumptions = NO_GROWTH): string[] => collectWarnings(decide(workload, assumptions));

const base = (patch: Partial<Workload>): Workload => ({
  consistency: 'strong',
  peakWritesPerSecond: 100,
  peakReadsPerSecond: 1_000,
  dataModel: 'relational',
  teamSize: 4,
  ...patch,
});

describe('collectWarnings', () => {
  it.each<[string, Workload, RegExp]>([
    ['eventual consistency for money', base({ consistency: 'eventual', handlesMoney: true }), /carries money, yet the workload accepts eventual/],
    ['read-your-writes for money', base({ consistency: 'read-your-writes', handlesMoney: true }), /carries money, yet/],
    ['money on a store without transactions', base({ handlesMoney: true, dataModel: 'blob' }), /no multi-row transactions/],
    ['a scale-out store for a Tier 1 workload', base({ multiRegion: true }), /projected load fits on one/],
    ['too many technologies for the team', base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text', 'aggregation'], dataSizeGb: 2_000 }), /runs 4 database technologies/],
    ['an in-memory store as the only copy', base({ consistency: 'eventual', dataModel: 'key-value', accessPatterns: ['ttl'], peakReadsPerSecond: 50_000 }), /only copy/],
    ['a search engine as system of record', base({ consistency: 'eventual', dataModel: 'search', documentCount: 2e8 }), /index, not a system of record/],
    ['multi-region writes without strong consistency on a scale-out store', base({ consistency: 'eventual', multiRegion: true, peakWritesPerSecond: 20_000 }), /decide how conflicts merge/],
    ['writes close to the ceiling', base({ peakWritesPerSecond: 8_500 }), /85% of the 10,000 writes\/s/],
    ['a budget under the seed’s reference cost', base({ peakWritesPerSecond: 1_000, monthlyBudgetUsd: 100 }), /budget of \$100\/month/],
    ['an implausible write rate', base({ peakWritesPerSecond: 2e7 }), /far beyond any figure/],
  ])('%s', (_name, workload, pattern) => {
    expect(warningsFor(workload).some((warning) => pattern.test(warning)), warningsFor(workload).join('\n')).toBe(true);
  });

  it.each<[string, Workload]>([
    ['a small ACID workload', base({ handlesMoney: true })],
    ['a budget that covers the reference cost', base({ peakWritesPerSecond: 1_000, monthlyBudgetUsd: 5_000 })],
    ['a small budget for a small workload (the seed’s $50 MVP)', base({ monthlyBudgetUsd: 50 })],
    ['four technologies run by dedicated operators', base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text', 'aggregation'], dataSizeGb: 2_000, teamSize: 30, opsExpertise: 'deep' })],
  ])('no warnings for %s', (_name, workload) => {
    expect(warningsFor(workload)).toEqual([]);
  });

  it('counts PostgreSQL and pgvector as one technology', () => {
    const workload = base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text', 'similarity'] });
    expect(warningsFor(workload).some((warning) => /database technologies/.test(warning))).toBe(false);
  });

  it('prices self-hosted Cassandra with its engineer hours: $600 + 8 h × $200 = $2,200', () => {
    const workload = base({ consistency: 'eventual', dataModel: 'wide-column', peakWritesPerSecond: 20_000, teamSize: 10, opsExpertise: 'deep', monthlyBudgetUsd: 1_000 });
    expect(warningsFor(workload).find((warning) => /budget/.test(warning))).toMatch(/\$2,200\/month.*including engineer time/);
  });
});
