import { describe, expect, it } from 'vitest';
import { bytes, type Bytes } from './bytes';
import { perSecond, type PerDay, type PerSecond } from './rate';

describe('bytes', () => {
  it('returns the same number at runtime', () => {
    const size: Bytes = bytes(1024);
    expect(size).toBe(1024);
  });

  it.each([Number.NaN, -1, Number.NEGATIVE_INFINITY])('rejects %s', (value) => {
    expect(() => bytes(value)).toThrow(RangeError);
  });

  it('keeps units apart at the type level', () => {
    // These lines are checked by `tsc --noEmit`: a unit slip must be a type error.
    // @ts-expect-error a plain number is not Bytes
    const plain: Bytes = 5;
    // @ts-expect-error a per-second rate is not a per-day rate
    const daily: PerDay = perSecond(1);
    // @ts-expect-error bytes are not a rate
    const rate: PerSecond = bytes(1);
    expect([plain, daily, rate]).toEqual([5, 1, 1]);
  });
});
