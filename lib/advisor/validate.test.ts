import { describe, expect, it } from 'vitest';
import { AdvisorInputError } from './errors';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';
import { checkNumber, parseAssumptions, parseWorkload } from './validate';

const BASE: Workload = { consistency: 'eventual', peakWritesPerSecond: 1, peakReadsPerSecond: 2, dataModel: 'document' };

describe('parseWorkload', () => {
  it('drops undefined optional keys and de-duplicates access patterns', () => {
    const parsed = parseWorkload({ ...BASE, teamSize: undefined, accessPatterns: ['joins', 'ttl', 'joins'] });
    expect(parsed).toEqual({ ...BASE, accessPatterns: ['joins', 'ttl'] });
    expect('teamSize' in parsed).toBe(false);
  });

  it('keeps every valid field', () => {
    const full: Workload = {
      ...BASE,
      accessPatterns: ['point-lookup'],
      dataSizeGb: 1,
      ingestGbPerDay: 2,
      vectorCount: 3,
      documentCount: 4,
      teamSize: 2.5,
      opsExpertise: 'some',
      preferManaged: true,
      multiRegion: false,
      monthlyBudgetUsd: 100,
      handlesMoney: true,
    };
    expect(parseWorkload(full)).toEqual(full);
  });

  it('throws AdvisorInputError with the field and value', () => {
    try {
      parseWorkload({ ...BASE, vectorCount: -3 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AdvisorInputError);
      expect(error).toMatchObject({ field: 'vectorCount', value: -3, name: 'AdvisorInputError' });
    }
  });
});

describe('checkNumber', () => {
  it.each<[unknown, string]>([
    [Number.NaN, 'must be a finite number'],
    [Number.POSITIVE_INFINITY, 'must be a finite number'],
    [-1, 'must not be negative'],
    [11, 'must be at most 10'],
    [1.5, 'must be a whole number'],
    ['1', 'must be a number'],
  ])('%s → %s', (value, message) => {
    expect(() => checkNumber(value, 'x', { min: 0, max: 10, integer: true })).toThrow(message);
  });

  it('names a non-zero minimum', () => {
    expect(() => checkNumber(0, 'x', { min: 1, max: 10 })).toThrow('x must be at least 1 (got 0)');
  });
});

describe('parseAssumptions', () => {
  it('returns the defaults for undefined and an empty object', () => {
    expect(parseAssumptions(undefined)).toEqual(DEFAULT_ASSUMPTIONS);
    expect(parseAssumptions({})).toEqual(DEFAULT_ASSUMPTIONS);
  });

  it('overrides only what is given', () => {
    expect(parseAssumptions({ writeCeilingPerSecond: 20_000, cacheEngine: 'redis' })).toEqual({
      ...DEFAULT_ASSUMPTIONS,
      writeCeilingPerSecond: 20_000,
      cacheEngine: 'redis',
    });
  });

  it('is not the shared defaults object', () => {
    const parsed = parseAssumptions(undefined);
    parsed.writeCeilingPerSecond = 1;
    expect(DEFAULT_ASSUMPTIONS.writeCeilingPerSecond).toBe(10_000);
  });

  it.each<[unknown, string]>([
    [null, 'assumptions'],
    [[], 'assumptions'],
    [{ monthlyGrowthRate: 2 }, 'assumptions.monthlyGrowthRate'],
    [{ writeCeilingPerSecond: Number.NEGATIVE_INFINITY }, 'assumptions.writeCeilingPerSecond'],
  ])('%j → field %s', (input, field) => {
    expect(() => parseAssumptions(input)).toThrow(expect.objectContaining({ field }));
  });
});
