import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdPerHour } from './format-usd';
import { usdPerHour, usdPerMonth } from './money';

describe('formatUsd', () => {
  it.each<[number, number | undefined, string]>([
    [2_600, undefined, '$2,600/mo'],
    [600, undefined, '$600/mo'],
    [0, undefined, '$0/mo'],
    [1_449.5, 2, '$1,449.50/mo'],
    [1_449.5, undefined, '$1,450/mo'],
  ])('%s → %s', (amount, digits, expected) => {
    expect(formatUsd(usdPerMonth(amount), digits)).toBe(expected);
  });

  it('formats hourly rates', () => {
    expect(formatUsdPerHour(usdPerHour(200))).toBe('$200/h');
    expect(formatUsdPerHour(usdPerHour(87.5), 2)).toBe('$87.50/h');
  });
});
