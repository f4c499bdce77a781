import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './thresholds';
import type { Workload } from './types';
import { citationListProblems } from './citation-problems';
import { IMPLAUSIBLE_WRITES_PER_SECOND, WARNING_SOURCES, collectWarningDetails, collectWarnings, type WarningKind } from './warnings';

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
    ['a scale-out store for a Tier 1 workload', base({ multiRegion: true }), /projected load fits on one/],
    ['too many technologies for the team', base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text', 'aggregation'], dataSizeGb: 2_000 }), /runs 4 database technologies/],
    ['an in-memory store as the only copy', base({ consistency: 'eventual', dataModel: 'key-value', accessPatterns: ['ttl'], peakReadsPerSecond: 50_000 }), /only copy/],
    ['a search engine as system of record', base({ consistency: 'eventual', dataModel: 'search', documentCount: 2e8 }), /index, not a system of record/],
    ['multi-region writes without strong consistency on a scale-out store', base({ consistency: 'eventual', multiRegion: true, peakWritesPerSecond: 20_000 }), /decide how conflicts merge/],
    ['writes close to the ceiling', base({ peakWritesPerSecond: 8_500 }), /85% of the 10,000 writes\/s/],
    ['a budget under the cost table’s reference cost', base({ peakWritesPerSecond: 1_000, monthlyBudgetUsd: 100 }), /budget of \$100\/month/],
    ['an implausible write rate', base({ peakWritesPerSecond: 2e7 }), /far beyond the largest published write benchmark the course cites \(Netflix's 288-node Cassandra cluster/],
  ])('%s', (_name, workload, pattern) => {
    expect(warningsFor(workload).some((warning) => pattern.test(warning)), warningsFor(workload).join('\n')).toBe(true);
  });

  it.each<[string, Workload]>([
    ['a small ACID workload', base({ handlesMoney: true })],
    ['a budget that covers the reference cost', base({ peakWritesPerSecond: 1_000, monthlyBudgetUsd: 5_000 })],
    ['a small budget for a small workload ($50 for an MVP)', base({ monthlyBudgetUsd: 50 })],
    ['money on blobs: the records stay in PostgreSQL, only the files go to S3', base({ handlesMoney: true, dataModel: 'blob' })],
    ['four technologies run by dedicated operators', base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text', 'aggregation'], dataSizeGb: 2_000, teamSize: 30, opsExpertise: 'deep' })],
  ])('no warnings for %s', (_name, workload) => {
    expect(warningsFor(workload)).toEqual([]);
  });

  it('counts PostgreSQL and pgvector as one technology', () => {
    const workload = base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text', 'similarity'] });
    expect(warningsFor(workload).some((warning) => /database technologies/.test(warning))).toBe(false);
  });

  it('prices self-hosted Cassandra with its engineer hours: about $1,330 + 8 h × $200 = $2,930, prices dated', () => {
    const workload = base({ consistency: 'eventual', dataModel: 'wide-column', peakWritesPerSecond: 20_000, teamSize: 10, opsExpertise: 'deep', monthlyBudgetUsd: 1_000 });
    const warning = warningsFor(workload).find((text) => /budget/.test(text));
    expect(warning).toMatch(/roughly \$2,930\/month/);
    expect(warning).toMatch(/list prices as of December 2026/);
    expect(warning).toMatch(/including 8 h of engineer time at an assumed \$200\/h/);
    // The reader's own engineer rate changes the total: $1,330 + 8 h × $100.
    expect(warningsFor(workload, { ...NO_GROWTH, engineerUsdPerHour: 100 }).find((text) => /budget/.test(text))).toMatch(/roughly \$2,130\/month/);
  });

  it('starts the near-ceiling warning at the nearCeilingShare assumption', () => {
    const workload = base({ peakWritesPerSecond: 6_000 });
    expect(warningsFor(workload).some((text) => /of the 10,000 writes\/s/.test(text))).toBe(false);
    expect(warningsFor(workload, { ...NO_GROWTH, nearCeilingShare: 0.5 }).some((text) => /60% of the 10,000 writes\/s single-primary ceiling \(a planning assumption: measure yours with pgbench\)/.test(text))).toBe(true);
  });

  it('flags writes only above the implausibility bound', () => {
    const flagged = (writes: number) => warningsFor(base({ peakWritesPerSecond: writes })).some((text) => /far beyond/.test(text));
    expect(flagged(IMPLAUSIBLE_WRITES_PER_SECOND)).toBe(false);
    expect(flagged(IMPLAUSIBLE_WRITES_PER_SECOND * 1.01)).toBe(true);
  });

  it('cites public pages or labelled assumptions behind every kind of warning', () => {
    for (const [kind, sources] of Object.entries(WARNING_SOURCES) as [WarningKind, (typeof WARNING_SOURCES)[WarningKind]][]) {
      // The budget warning takes its option's pricing pages instead (checked below).
      if (kind === 'over-budget') continue;
      expect(citationListProblems(sources, kind)).toEqual([]);
    }
    const workload = base({ consistency: 'eventual', dataModel: 'wide-column', peakWritesPerSecond: 20_000, teamSize: 10, opsExpertise: 'deep', monthlyBudgetUsd: 1_000 });
    const budget = collectWarningDetails(decide(workload, NO_GROWTH)).find((detail) => detail.kind === 'over-budget');
    expect(citationListProblems(budget?.sources ?? [], 'over-budget')).toEqual([]);
    expect(budget?.sources.map((ref) => (ref.kind === 'source' ? ref.url : ''))).toContain('https://aws.amazon.com/ec2/pricing/on-demand/');
  });
});
