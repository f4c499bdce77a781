import { describe, expect, it } from 'vitest';
import { bytes } from './bytes';
import type { ByteSystem } from './byte-units';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each<[number, ByteSystem, string]>([
    [1.5e12, 'decimal', '1.50 TB'],
    // 1.5e12 / 2^40 = 1.3642…
    [1.5e12, 'binary', '1.36 TiB'],
    [0, 'decimal', '0 B'],
    [0, 'binary', '0 B'],
    [-0, 'decimal', '0 B'],
    [999, 'decimal', '999 B'],
    [1000, 'decimal', '1.00 KB'],
    [1000, 'binary', '1,000 B'],
    [1024, 'binary', '1.00 KiB'],
    [5e10, 'decimal', '50.00 GB'],
    // 5e10 / 2^30 = 46.566…
    [5e10, 'binary', '46.57 GiB'],
    [2 ** 50, 'binary', '1.00 PiB'],
    [1e18, 'decimal', '1.00 EB'],
    [2 ** 60, 'binary', '1.00 EiB'],
    // Past the largest unit the value keeps growing in that unit.
    [5e21, 'decimal', '5,000.00 EB'],
    // 999,999 B would round to "1000.00 KB": it moves up to the next unit instead.
    [999_999, 'decimal', '1.00 MB'],
    [1_048_575, 'binary', '1.00 MiB'],
    // 1.095e12 / 2^30 = 1,019.798… GiB, still below 1 TiB
    [1.095e12, 'binary', '1,019.80 GiB'],
  ])('%s bytes (%s) → %s', (value, system, expected) => {
    expect(formatBytes(bytes(value), system)).toBe(expected);
  });

  it('honours fractionDigits', () => {
    expect(formatBytes(bytes(1.5e12), 'binary', { fractionDigits: 1 })).toBe('1.4 TiB');
    expect(formatBytes(bytes(123_456_789), 'decimal', { fractionDigits: 0 })).toBe('123 MB');
  });

  it('rejects values a Bytes factory would never produce', () => {
    expect(() => formatBytes(Number.NaN as never, 'decimal')).toThrow(RangeError);
  });
});
