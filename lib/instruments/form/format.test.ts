import { describe, expect, it } from 'vitest';
import { bytes } from '../../units';
import { formatBytesBoth, formatCompact, formatCount, formatMonths, formatPercent, formatUsdRange, niceAxisMax } from './format';

describe('widget formatting', () => {
  it.each<[number, string]>([
    [0.5, '0.5 months'],
    [1, '1 month'],
    [11.96, '12 months'],
    [14.2067, '14.2 months (about 1 year 2 months)'],
    [24, '24 months (about 2 years)'],
    [25.5, '25.5 months (about 2 years 1 month)'],
    [1_200, 'more than 100 years'],
    [Number.MAX_VALUE, 'more than 100 years'],
  ])('formatMonths(%s) = %s', (months, text) => {
    expect(formatMonths(months)).toBe(text);
  });

  it('formats the other small pieces', () => {
    expect(formatBytesBoth(bytes(1.5e12))).toBe('1.50 TB (1.36 TiB)');
    expect(formatPercent(0.2315)).toBe('23.2%');
    expect(formatPercent(-1)).toBe('-100%');
    expect(formatCount(1, 'copy', 'copies')).toBe('1 copy');
    expect(formatCount(1.5, 'copy', 'copies')).toBe('1.5 copies');
    expect(formatCompact(1_500_000)).toBe('1.5M');
    expect(formatUsdRange(200, 400)).toBe('$200–$400/mo');
    expect(formatUsdRange(600, 600)).toBe('$600/mo');
  });
});

describe('niceAxisMax', () => {
  it.each<[number, number]>([
    [70_952, 80_000],
    [10_500, 12_000],
    [10_000, 10_000],
    [0.7, 0.8],
    [0, 1],
  ])('rounds %s up to %s', (value, max) => {
    expect(niceAxisMax(value)).toBeCloseTo(max, 9);
  });
});
