import { describe, expect, it } from 'vitest';
import { SECONDS_PER_DAY, perDay, perDayToPerSecond, perSecond, perSecondToPerDay } from './rate';

describe('rates', () => {
  it('a day has 86,400 seconds', () => {
    expect(SECONDS_PER_DAY).toBe(86_400);
  });

  it.each([
    // 200M posts/day ÷ 86,400 = 2,314.8148… posts/s
    [200_000_000, 2_314.814_814_814_815],
    [86_400, 1],
    [0, 0],
  ])('%s per day = %s per second', (daily, expected) => {
    expect(perDayToPerSecond(perDay(daily))).toBeCloseTo(expected, 9);
  });

  it.each([
    [1, 86_400],
    [10_000, 864_000_000],
  ])('%s per second = %s per day', (rate, expected) => {
    expect(perSecondToPerDay(perSecond(rate))).toBeCloseTo(expected, 6);
  });

  it('rejects non-finite and negative rates', () => {
    expect(() => perSecond(Number.NaN)).toThrow(RangeError);
    expect(() => perDay(-5)).toThrow(RangeError);
  });
});
