import { describe, expect, it } from 'vitest';
import { formatCount, formatFactor, formatPercent, joinNames, plural } from './format';

describe('formatCount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [0.04, '0.04'],
    [2.5, '2.5'],
    [99.94, '99.9'],
    [1234.5, '1,235'],
    [999_999_999_999, '999,999,999,999'],
    [1e12, '1 × 10¹²'],
  ])('%d → %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe('formatPercent / formatFactor', () => {
  it.each<[number, string]>([
    [0.05, '5%'],
    [0.125, '12.5%'],
    [1, '100%'],
  ])('percent %d → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('rounds multipliers to two decimals: 1.05^12 = 1.7958… → ×1.80', () => {
    expect(formatFactor(1.05 ** 12)).toBe('×1.80');
  });
});

describe('joinNames / plural', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %s', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });

  it('uses the singular only for exactly one', () => {
    expect(plural(1, 'technology', 'technologies')).toBe('technology');
    expect(plural(2, 'technology', 'technologies')).toBe('technologies');
    expect(plural(0, 'store')).toBe('stores');
  });
});
