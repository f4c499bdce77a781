import { describe, expect, it } from 'vitest';
import { costOfMonthlyHours, usdPerHour, usdPerMonth } from './money';
import { hoursPerMonth } from './time';

describe('money', () => {
  it.each([
    // 10 h/month of engineer time at $200/h (the course's assumed rate) = $2,000/month
    [10, 200, 2_000],
    [12, 200, 2_400],
    [0, 200, 0],
    [7.5, 150, 1_125],
  ])('%s h/month at $%s/h = $%s/month', (time, rate, expected) => {
    expect(costOfMonthlyHours(hoursPerMonth(time), usdPerHour(rate))).toBeCloseTo(expected, 9);
  });

  it('rejects NaN and negative amounts', () => {
    expect(() => usdPerMonth(Number.NaN)).toThrow(RangeError);
    expect(() => usdPerHour(-1)).toThrow(RangeError);
  });
});
