import { describe, expect, it } from 'vitest';
import { ENGINEER_RATE_ASSUMPTION, SELF_HOSTED_OPS_HOURS_ASSUMPTION, SENIOR_ENGINEER_USD_PER_HOUR } from '../estimator/tco-options';
import { DEFAULT_WRITE_CEILING_PER_SECOND } from '../estimator/write-ceiling';
import { citationListProblems } from './citation-problems';
import { SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION, isAssumption, isSource, sourcesOf } from './sources';
import {
  ASSUMPTION_INFO,
  CACHE_ENGINE_INFO,
  DEFAULT_ASSUMPTIONS,
  MAX_TECHNOLOGIES_RANGE,
  WRITE_CEILING_RANGE,
  type NumericAssumptionKey,
} from './thresholds';

const INFO = Object.entries(ASSUMPTION_INFO) as [NumericAssumptionKey, (typeof ASSUMPTION_INFO)[NumericAssumptionKey]][];

describe('DEFAULT_ASSUMPTIONS', () => {
  it.each<[NumericAssumptionKey, number]>([
    ['writeCeilingPerSecond', 10_000], // lib/estimator's planning default, inside its 5,000–50,000 range
    ['writeHeavyPerSecond', 50_000], // the top of the single-primary planning range
    ['singleNodeReadsPerSecond', 10_000], // the low end of 10,000–50,000 reads/s
    ['pgvectorMaxVectors', 10_000_000],
    ['postgresFullTextMaxDocuments', 100_000_000],
    ['timescaleMaxIngestGbPerDay', 50],
    ['managedBelowTeamSize', 5],
    ['maxTechnologiesWithoutOperators', 3], // the top of two or three
    ['monthlyGrowthRate', 0.05], // as lib/estimator's worked examples
    ['nearCeilingShare', 0.8],
    ['engineerUsdPerHour', 200], // lib/estimator's TCO rate
    ['selfHostedOpsHoursPerMonth', 12], // inside the TCO table's 8–16 h for self-hosted Cassandra
  ])('%s = %d', (key, value) => {
    expect(DEFAULT_ASSUMPTIONS[key]).toBe(value);
  });

  it('agrees with lib/estimator on the write ceiling and shows its planning range', () => {
    expect(DEFAULT_ASSUMPTIONS.writeCeilingPerSecond).toBe(DEFAULT_WRITE_CEILING_PER_SECOND);
    expect(WRITE_CEILING_RANGE).toMatchObject({ low: 5_000, high: 50_000 });
    expect(ASSUMPTION_INFO.writeCeilingPerSecond.range).toEqual({ low: 5_000, high: 50_000 });
    expect(ASSUMPTION_INFO.writeCeilingPerSecond.citations).toEqual([SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION]);
    // The reasoning gives group commit, not one flush per commit, and sends readers to pgbench.
    expect(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION.reasoning).toMatch(/group commit/);
    expect(sourcesOf([SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION]).map((ref) => ref.url)).toEqual(
      expect.arrayContaining(['https://www.postgresql.org/docs/current/pgbench.html', 'https://www.postgresql.org/docs/current/runtime-config-wal.html']),
    );
  });

  it('agrees with lib/estimator on the engineer rate and the self-hosted ops hours', () => {
    expect(DEFAULT_ASSUMPTIONS.engineerUsdPerHour).toBe(SENIOR_ENGINEER_USD_PER_HOUR);
    expect(ASSUMPTION_INFO.engineerUsdPerHour.citations).toEqual([ENGINEER_RATE_ASSUMPTION]);
    expect(ASSUMPTION_INFO.selfHostedOpsHoursPerMonth.citations).toEqual([SELF_HOSTED_OPS_HOURS_ASSUMPTION]);
  });

  it('defaults the technology limit to the top of the two-or-three rule of thumb', () => {
    expect(MAX_TECHNOLOGIES_RANGE).toEqual({ low: 2, high: 3 });
    expect(ASSUMPTION_INFO.maxTechnologiesWithoutOperators.range).toEqual({ low: 2, high: 3 });
  });

  it.each(INFO)('%s: default inside its accepted limits, cited or labelled as an assumption with reasoning and a range', (key, info) => {
    const value = DEFAULT_ASSUMPTIONS[key];
    expect(info.label.length).toBeGreaterThan(0);
    expect(info.unit.length).toBeGreaterThan(0);
    expect(value).toBeGreaterThanOrEqual(info.min);
    expect(value).toBeLessThanOrEqual(info.max);
    expect(citationListProblems(info.citations, key)).toEqual([]);
    const assumptions = info.citations.filter(isAssumption);
    // Either a public source gives the figure, or it is the course's assumption with its reasoning and range.
    expect(info.citations.some(isSource) || assumptions.length > 0).toBe(true);
    if (assumptions.length > 0) {
      expect(info.range, `${key} is an assumption, so it needs a range`).toBeDefined();
      for (const planning of assumptions) expect(planning.range, `${key}: ${planning.statement}`).toBeDefined();
    }
    if (info.range !== undefined) {
      expect(info.range.low).toBeLessThanOrEqual(value);
      expect(value).toBeLessThanOrEqual(info.range.high);
      expect(info.range.low).toBeGreaterThanOrEqual(info.min);
      expect(info.range.high).toBeLessThanOrEqual(info.max);
    }
  });

  it('converts ranges given in % to the stored fraction', () => {
    expect(ASSUMPTION_INFO.monthlyGrowthRate.range?.low).toBe(0);
    expect(ASSUMPTION_INFO.monthlyGrowthRate.range?.high).toBeCloseTo(0.2);
    expect(ASSUMPTION_INFO.nearCeilingShare.range?.low).toBeCloseTo(0.5);
    expect(ASSUMPTION_INFO.nearCeilingShare.range?.high).toBeCloseTo(0.9);
  });

  it('does the arithmetic its reasoning shows', () => {
    // 80% of the ceiling at 5% monthly growth leaves ln(1/0.8) / ln(1.05) months.
    expect(Math.log(1 / DEFAULT_ASSUMPTIONS.nearCeilingShare) / Math.log(1 + DEFAULT_ASSUMPTIONS.monthlyGrowthRate)).toBeCloseTo(4.6, 1);
    expect(ASSUMPTION_INFO.nearCeilingShare.citations[0]).toMatchObject({ reasoning: expect.stringMatching(/4\.6 months/) });
    // 5% a month compounds to ×1.80 over 12 months.
    expect((1 + DEFAULT_ASSUMPTIONS.monthlyGrowthRate) ** 12).toBeCloseTo(1.8, 2);
    // 50 GB a day is about 579 KB a second, about 2,900 rows of 200 bytes.
    const bytesPerSecond = (DEFAULT_ASSUMPTIONS.timescaleMaxIngestGbPerDay * 1e9) / 86_400;
    expect(Math.round(bytesPerSecond / 1_000)).toBe(579);
    expect(Math.round(bytesPerSecond / 200 / 100) * 100).toBe(2_900);
    // 10 million 768-dimension float4 vectors are about 31 GB.
    expect(Math.round((DEFAULT_ASSUMPTIONS.pgvectorMaxVectors * 768 * 4) / 1e9)).toBe(31);
    // 5 KB a document is 200,000 documents per GB.
    expect(1e9 / DEFAULT_ASSUMPTIONS.bytesPerSearchDocument).toBe(200_000);
  });

  it('describes every numeric assumption', () => {
    const numeric = Object.keys(DEFAULT_ASSUMPTIONS).filter((key) => key !== 'cacheEngine').sort();
    expect(Object.keys(ASSUMPTION_INFO).sort()).toEqual(numeric);
  });

  it('proposes Valkey before Redis, citing the licences and the managed offerings', () => {
    expect(DEFAULT_ASSUMPTIONS.cacheEngine).toBe('valkey');
    expect(citationListProblems(CACHE_ENGINE_INFO.citations, 'cacheEngine')).toEqual([]);
    expect(CACHE_ENGINE_INFO.citations.every(isSource)).toBe(true);
  });
});
