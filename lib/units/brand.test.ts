import { describe, expect, it } from 'vitest';
import { assertUnitValue } from './brand';

describe('assertUnitValue', () => {
  it.each([0, 1, 1.5, 1e300])('accepts %s', (value) => {
    expect(() => assertUnitValue(value, 'Bytes')).not.toThrow();
  });

  it.each([
    [Number.NaN, 'Bytes must be a finite number (got NaN)'],
    [Number.POSITIVE_INFINITY, 'Bytes must be a finite number (got Infinity)'],
    [-1, 'Bytes must not be negative (got -1)'],
  ])('rejects %s', (value, message) => {
    expect(() => assertUnitValue(value, 'Bytes')).toThrow(message);
  });
});
