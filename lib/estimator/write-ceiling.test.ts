import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EstimatorInputError } from './errors';
import { expectRelativelyClose } from './test-support';
import {
  DEFAULT_WRITE_CEILING_PER_SECOND,
  SINGLE_PRIMARY_WRITE_CEILING_RANGE,
  checkWriteCeiling,
  type WriteCeilingInput,
} from './write-ceiling';
import { SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION } from './sources';

describe('write ceiling constants', () => {
  it('spans the planning range (5k–50k), defaults inside it, and agrees with the labelled assumption', () => {
    expect(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION.range).toEqual({ ...SINGLE_PRIMARY_WRITE_CEILING_RANGE, unit: 'writes/s' });
    expect(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION.statement).toMatch(/10,000/);
    expect(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION.reasoning).toMatch(/group commit/);
    expect(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION.basis?.map((ref) => ref.url)).toContain('https://www.postgresql.org/docs/current/pgbench.html');
    expect(SINGLE_PRIMARY_WRITE_CEILING_RANGE).toEqual({ low: 5_000, high: 50_000 });
    expect(DEFAULT_WRITE_CEILING_PER_SECOND).toBe(10_000);
    expect(DEFAULT_WRITE_CEILING_PER_SECOND).toBeGreaterThanOrEqual(SINGLE_PRIMARY_WRITE_CEILING_RANGE.low);
    expect(DEFAULT_WRITE_CEILING_PER_SECOND).toBeLessThanOrEqual(SINGLE_PRIMARY_WRITE_CEILING_RANGE.high);
  });
});

describe('checkWriteCeiling', () => {
  it.each<[string, WriteCeilingInput, { utilisation: number; headroom: number; exceeds: boolean; months: number | null }]>([
    [
      // chat example: 20,000 ÷ 10,000 = 2 → headroom 1 − 2 = −1, over the ceiling, so no months
      'chat peak vs the default single-primary ceiling',
      { peakWritesPerSecond: 20_000, monthlyGrowthRate: 0.05 },
      { utilisation: 2, headroom: -1, exceeds: true, months: null },
    ],
    [
      // the low end of the planning range: 20,000 ÷ 5,000 = 4 → headroom −3
      'chat peak vs 5k',
      { peakWritesPerSecond: 20_000, ceilingWritesPerSecond: 5_000, monthlyGrowthRate: 0.05 },
      { utilisation: 4, headroom: -3, exceeds: true, months: null },
    ],
    [
      // a store taking 100,000 writes/s (say, a cluster of wide-column nodes): 20,000 ÷ 100,000 = 0.2, headroom 0.8;
      // months = ln(100,000 ÷ 20,000) ÷ ln(1.05) = ln 5 ÷ ln 1.05 = 1.6094379 ÷ 0.0487902 = 32.9869…
      'chat peak vs a wide-column store, growing 5 %/month',
      { peakWritesPerSecond: 20_000, ceilingWritesPerSecond: 100_000, monthlyGrowthRate: 0.05 },
      { utilisation: 0.2, headroom: 0.8, exceeds: false, months: Math.log(5) / Math.log(1.05) },
    ],
    [
      // 1,000 ÷ 10,000 = 0.1; doubling monthly: ln 10 ÷ ln 2 = 3.321928…
      'doubling every month',
      { peakWritesPerSecond: 1_000, monthlyGrowthRate: 1 },
      { utilisation: 0.1, headroom: 0.9, exceeds: false, months: Math.log2(10) },
    ],
    [
      'no growth never reaches the ceiling',
      { peakWritesPerSecond: 1_000, monthlyGrowthRate: 0 },
      { utilisation: 0.1, headroom: 0.9, exceeds: false, months: null },
    ],
    [
      'exactly at the ceiling: not over, zero months left',
      { peakWritesPerSecond: 10_000, monthlyGrowthRate: 0.1 },
      { utilisation: 1, headroom: 0, exceeds: false, months: 0 },
    ],
    [
      'zero writes never grow',
      { peakWritesPerSecond: 0, monthlyGrowthRate: 0.5 },
      { utilisation: 0, headroom: 1, exceeds: false, months: null },
    ],
    [
      // ln(1e9 ÷ 1e-300) ÷ ln(1 + 5e-324) overflows to Infinity: reported as null
      'growth too slow to ever count',
      { peakWritesPerSecond: 1e-300, ceilingWritesPerSecond: 1e9, monthlyGrowthRate: 5e-324 },
      { utilisation: 1e-309, headroom: 1, exceeds: false, months: null },
    ],
  ])('%s', (_name, input, expected) => {
    const result = checkWriteCeiling(input);
    expectRelativelyClose(result.utilisation, expected.utilisation, 1e-12);
    expectRelativelyClose(result.headroomFraction, expected.headroom, 1e-12);
    expect(result.exceedsCeiling).toBe(expected.exceeds);
    if (expected.months === null) expect(result.monthsUntilCeiling).toBeNull();
    else expectRelativelyClose(result.monthsUntilCeiling ?? Number.NaN, expected.months, 1e-12);
  });

  it.each<[keyof WriteCeilingInput, unknown, string]>([
    ['peakWritesPerSecond', -1, 'peakWritesPerSecond must not be negative (got -1)'],
    ['peakWritesPerSecond', Number.NaN, 'peakWritesPerSecond must be a finite number (got NaN)'],
    ['peakWritesPerSecond', 1e10, 'peakWritesPerSecond must be at most 1e9 (got 1e10)'],
    ['ceilingWritesPerSecond', 0, 'ceilingWritesPerSecond must be at least 1 (got 0)'],
    ['ceilingWritesPerSecond', Number.POSITIVE_INFINITY, 'ceilingWritesPerSecond must be a finite number (got Infinity)'],
    ['monthlyGrowthRate', 1.5, 'monthlyGrowthRate must be a fraction between 0 and 1 (got 1.5)'],
    ['monthlyGrowthRate', -0.1, 'monthlyGrowthRate must be a fraction between 0 and 1 (got -0.1)'],
    ['monthlyGrowthRate', undefined, 'monthlyGrowthRate must be a number (got undefined)'],
  ])('%s = %s is rejected', (field, value, message) => {
    const input = { peakWritesPerSecond: 1_000, monthlyGrowthRate: 0.05, [field]: value } as WriteCeilingInput;
    try {
      checkWriteCeiling(input);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe(field);
      expect((error as EstimatorInputError).message).toBe(message);
    }
  });

  it('never returns NaN or Infinity, and growing for monthsUntilCeiling lands on the ceiling', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
        (peakWritesPerSecond, ceilingWritesPerSecond, monthlyGrowthRate) => {
          const r = checkWriteCeiling({ peakWritesPerSecond, ceilingWritesPerSecond, monthlyGrowthRate });
          expect(Number.isFinite(r.utilisation)).toBe(true);
          expect(Number.isFinite(r.headroomFraction)).toBe(true);
          if (r.monthsUntilCeiling !== null) {
            expect(Number.isFinite(r.monthsUntilCeiling)).toBe(true);
            expect(r.monthsUntilCeiling).toBeGreaterThanOrEqual(0);
            if (monthlyGrowthRate >= 1e-6 && peakWritesPerSecond >= 1e-6) {
              const grown = peakWritesPerSecond * (1 + monthlyGrowthRate) ** r.monthsUntilCeiling;
              expectRelativelyClose(grown, ceilingWritesPerSecond, 1e-6);
            }
          }
        },
      ),
    );
  });
});
