import { describe, expect, it } from 'vitest';
import { hours, hoursPerMonth } from './time';

describe('time units', () => {
  it.each([0, 1, 8, 16, 730.5])('accepts %s', (value) => {
    expect(hours(value)).toBe(value);
    expect(hoursPerMonth(value)).toBe(value);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.5])('rejects %s', (value) => {
    expect(() => hours(value)).toThrow(RangeError);
    expect(() => hoursPerMonth(value)).toThrow(RangeError);
  });
});
