import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytes } from './bytes';
import { BYTES_PER_UNIT, fromUnit, toUnit, type ByteUnit } from './byte-units';

const ALL_UNITS = Object.keys(BYTES_PER_UNIT) as ByteUnit[];

describe('toUnit', () => {
  it.each<[number, ByteUnit, number]>([
    [1.5e12, 'TB', 1.5],
    [1.5e12, 'TiB', 1.5e12 / 1_099_511_627_776],
    [1_073_741_824, 'GiB', 1],
    [1_073_741_824, 'GB', 1.073741824],
    [1e18, 'EB', 1],
    [2 ** 60, 'EiB', 1],
    [999, 'B', 999],
    [1000, 'KB', 1],
    [1024, 'KiB', 1],
  ])('%s bytes in %s = %s', (value, unit, expected) => {
    expect(toUnit(bytes(value), unit)).toBeCloseTo(expected, 12);
  });
});

describe('fromUnit', () => {
  it.each<[number, ByteUnit, number]>([
    [1, 'GiB', 1_073_741_824],
    [1, 'GB', 1e9],
    [2, 'MiB', 2_097_152],
    [2, 'MB', 2_000_000],
    [0.5, 'KiB', 512],
    [1, 'PiB', 2 ** 50],
  ])('%s %s = %s bytes', (amount, unit, expected) => {
    expect(fromUnit(amount, unit)).toBe(expected);
  });

  it('rejects negative amounts', () => {
    expect(() => fromUnit(-1, 'GB')).toThrow(RangeError);
  });
});

describe('round trips (property)', () => {
  it('fromUnit(toUnit(b, u), u) ≈ b within a relative 1e-12', () => {
    fc.assert(
      fc.property(
        // Sub-milli-byte values would underflow in EiB; no real size is that small.
        fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e30, noNaN: true, noDefaultInfinity: true })),
        fc.constantFrom(...ALL_UNITS),
        (value, unit) => {
          const back = fromUnit(toUnit(bytes(value), unit), unit);
          expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-12);
        },
      ),
    );
  });

  it('toUnit(fromUnit(n, u), u) ≈ n within a relative 1e-12', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e9, noNaN: true, noDefaultInfinity: true })),
        fc.constantFrom(...ALL_UNITS),
        (amount, unit) => {
          const back = toUnit(fromUnit(amount, unit), unit);
          expect(Math.abs(back - amount)).toBeLessThanOrEqual(Math.abs(amount) * 1e-12);
        },
      ),
    );
  });
});
