import { describe, expect, it } from 'vitest';
import { EstimatorInputError } from './errors';
import { FRACTION, checkNumber, checkRecord, describeNumber, guardFinite, readNumber, type NumberRule } from './validate';

const RULE: NumberRule = { min: 0, max: 1e12 };

describe('describeNumber', () => {
  it.each([
    [0.5, '0.5'],
    [-1, '-1'],
    [999_999, '999999'],
    [1e12, '1e12'],
    [2.5e12, '2.5e12'],
    [1e200, '1e200'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%s → %s', (value, expected) => {
    expect(describeNumber(value)).toBe(expected);
  });
});

describe('checkNumber', () => {
  it.each<[unknown, NumberRule, string]>([
    ['12', RULE, 'x must be a number (got "12")'],
    [undefined, RULE, 'x must be a number (got undefined)'],
    [null, RULE, 'x must be a number (got null)'],
    [{}, RULE, 'x must be a number (got an object)'],
    [[1], RULE, 'x must be a number (got an array)'],
    [true, RULE, 'x must be a number (got true)'],
    [Number.NaN, RULE, 'x must be a finite number (got NaN)'],
    [Number.NEGATIVE_INFINITY, RULE, 'x must be a finite number (got -Infinity)'],
    [-1, RULE, 'x must not be negative (got -1)'],
    [2e12, RULE, 'x must be at most 1e12 (got 2e12)'],
    [1.5, FRACTION, 'x must be a fraction between 0 and 1 (got 1.5)'],
    [-0.1, FRACTION, 'x must be a fraction between 0 and 1 (got -0.1)'],
    [0.5, { min: 1, max: 100 }, 'x must be at least 1 (got 0.5)'],
    [0, { min: 0, max: 1, minExclusive: true }, 'x must be greater than 0 (got 0)'],
    [2.5, { min: 0, max: 10, integer: true }, 'x must be a whole number (got 2.5)'],
  ])('rejects %s', (value, rule, message) => {
    const attempt = (): number => checkNumber(value, 'x', rule);
    expect(attempt).toThrow(EstimatorInputError);
    expect(attempt).toThrow(message);
  });

  it.each<[number, NumberRule]>([
    [0, RULE],
    [1e12, RULE],
    [0, FRACTION],
    [1, FRACTION],
    [1, { min: 1, max: 100 }],
    [7, { min: 0, max: 10, integer: true }],
  ])('accepts %s', (value, rule) => {
    expect(checkNumber(value, 'x', rule)).toBe(value);
  });
});

describe('checkRecord', () => {
  it('rejects non-objects, naming the input', () => {
    expect(() => checkRecord(42, 'storage input', [])).toThrow('storage input must be an object (got 42)');
    expect(() => checkRecord(null, 'storage input', [])).toThrow('storage input must be an object (got null)');
    expect(() => checkRecord([], 'storage input', [])).toThrow('storage input must be an object (got an array)');
  });

  it('rejects unknown (e.g. misspelt) fields, naming them', () => {
    try {
      checkRecord({ replicationfactor: 2 }, 'storage input', ['replicationFactor']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe('replicationfactor');
    }
  });
});

describe('readNumber', () => {
  it('uses the default for absent or undefined fields only', () => {
    expect(readNumber({}, 'a', RULE, 3)).toBe(3);
    expect(readNumber({ a: undefined }, 'a', RULE, 3)).toBe(3);
    expect(readNumber({ a: 5 }, 'a', RULE, 3)).toBe(5);
    expect(() => readNumber({ a: null }, 'a', RULE, 3)).toThrow('a must be a number (got null)');
    expect(() => readNumber({}, 'a', RULE)).toThrow('a must be a number (got undefined)');
  });
});

describe('guardFinite', () => {
  it('passes finite values through', () => {
    expect(guardFinite(1e300, ['a'])).toBe(1e300);
  });

  it('names the inputs when a product overflows (1e200 × 1e200)', () => {
    const attempt = (): number => guardFinite(1e200 * 1e200, ['bytesPerRecord', 'recordsPerDay']);
    expect(attempt).toThrow(EstimatorInputError);
    expect(attempt).toThrow('bytesPerRecord × recordsPerDay is too large to compute');
    try {
      attempt();
    } catch (error) {
      expect((error as EstimatorInputError).fields).toEqual(['bytesPerRecord', 'recordsPerDay']);
    }
  });
});
