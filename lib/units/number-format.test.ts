import { describe, expect, it } from 'vitest';
import { bytes } from './bytes';
import { formatBytes } from './format-bytes';
import { formatRate } from './format-rate';
import { formatUsd } from './format-usd';
import { usdPerMonth } from './money';
import { fixedDigitsFormat, formatReadable, formatScientific } from './number-format';
import { perSecond } from './rate';

describe('formatScientific', () => {
  it.each([
    [7.3e12, '7.3 × 10¹²'],
    [1e300, '1 × 10³⁰⁰'],
    [1.23456e15, '1.23 × 10¹⁵'],
    [-4.5e20, '-4.5 × 10²⁰'],
    [2.5e-7, '2.5 × 10⁻⁷'],
  ])('%s → %s', (value, text) => {
    expect(formatScientific(value)).toBe(text);
  });
});

describe('formatReadable', () => {
  it('keeps grouped digits below a trillion and switches to scientific from there', () => {
    expect(formatReadable(999_999_999_999, fixedDigitsFormat(0))).toBe('999,999,999,999');
    expect(formatReadable(1e12, fixedDigitsFormat(0))).toBe('1 × 10¹²');
  });
});

describe('extreme values stay short in every unit formatter', () => {
  it('bytes at the estimator maxima', () => {
    // 7.3e12 EB is what the storage calculator reaches at every field's maximum.
    expect(formatBytes(bytes(7.3e12 * 1e18), 'decimal')).toBe('7.3 × 10¹² EB');
  });
  it('rates and prices', () => {
    expect(formatRate(perSecond(1e300), { noun: 'reads' })).toBe('1 × 10³⁰⁰ reads/s');
    expect(formatUsd(usdPerMonth(3.2e14))).toBe('$3.2 × 10¹⁴/mo');
  });
  it.each([1e13, 1e50, 1e280])('no formatted %s is longer than 20 characters', (value) => {
    expect(formatBytes(bytes(value * 1e18), 'binary').length).toBeLessThanOrEqual(20);
    expect(formatRate(perSecond(value)).length).toBeLessThanOrEqual(20);
    expect(formatUsd(usdPerMonth(value)).length).toBeLessThanOrEqual(20);
  });
});
