import { describe, expect, it } from 'vitest';
import { DEFAULT_WRITE_CEILING_PER_SECOND } from '../estimator/write-ceiling';
import {
  ASSUMPTION_INFO,
  DEFAULT_ASSUMPTIONS,
  MAX_TECHNOLOGIES_RANGE,
  WRITE_CEILING_RANGE,
  type NumericAssumptionKey,
} from './thresholds';

describe('DEFAULT_ASSUMPTIONS', () => {
  it.each<[NumericAssumptionKey, number]>([
    ['writeCeilingPerSecond', 10_000], // lib/estimator default, inside the seeds' 5k–50k
    ['writeHeavyPerSecond', 50_000], // seed 001 cheat sheet
    ['singleNodeReadsPerSecond', 10_000], // seed 002 low end
    ['pgvectorMaxVectors', 10_000_000], // seed 001
    ['postgresFullTextMaxDocuments', 100_000_000], // seed 001
    ['timescaleMaxIngestGbPerDay', 50], // seed 001
    ['managedBelowTeamSize', 5], // seed 001 Factor 5
    ['maxTechnologiesWithoutOperators', 3], // seed 001: 2–3
    ['monthlyGrowthRate', 0.05], // course assumption, as lib/estimator's presets
  ])('%s = %d', (key, value) => {
    expect(DEFAULT_ASSUMPTIONS[key]).toBe(value);
  });

  it('agrees with lib/estimator on the write ceiling and shows the seeds’ range', () => {
    expect(DEFAULT_ASSUMPTIONS.writeCeilingPerSecond).toBe(DEFAULT_WRITE_CEILING_PER_SECOND);
    expect(WRITE_CEILING_RANGE).toEqual({ low: 5_000, high: 50_000 });
    expect(ASSUMPTION_INFO.writeCeilingPerSecond.sourceRange).toEqual({ low: 5_000, high: 50_000 });
  });

  it('defaults the technology limit to the top of seed 001’s 2–3', () => {
    expect(MAX_TECHNOLOGIES_RANGE).toEqual({ low: 2, high: 3 });
  });

  it.each(Object.entries(ASSUMPTION_INFO) as [NumericAssumptionKey, (typeof ASSUMPTION_INFO)[NumericAssumptionKey]][])(
    '%s: default inside its accepted range and any source range, with a source',
    (key, info) => {
      const value = DEFAULT_ASSUMPTIONS[key];
      expect(value).toBeGreaterThanOrEqual(info.min);
      expect(value).toBeLessThanOrEqual(info.max);
      if (info.sourceRange !== undefined) {
        expect(value).toBeGreaterThanOrEqual(info.sourceRange.low);
        expect(value).toBeLessThanOrEqual(info.sourceRange.high);
      }
      expect(info.source).toMatch(/Seed 00\d|Course assumption/);
      expect(info.label.length).toBeGreaterThan(0);
    },
  );

  it('describes every numeric assumption', () => {
    const numeric = Object.keys(DEFAULT_ASSUMPTIONS).filter((key) => key !== 'cacheEngine').sort();
    expect(Object.keys(ASSUMPTION_INFO).sort()).toEqual(numeric);
  });

  it('proposes Valkey before Redis (seed 001)', () => {
    expect(DEFAULT_ASSUMPTIONS.cacheEngine).toBe('valkey');
  });
});
