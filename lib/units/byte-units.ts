import { bytes, type Bytes } from './bytes';

/** Decimal (SI, powers of 1000) byte unit labels, smallest first. */
export const DECIMAL_BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** Binary (IEC, powers of 1024) byte unit labels, smallest first. */
export const BINARY_BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/** A decimal byte unit such as `'GB'` (10^9 bytes). */
export type DecimalByteUnit = (typeof DECIMAL_BYTE_UNITS)[number];

/** A binary byte unit such as `'GiB'` (2^30 bytes). */
export type BinaryByteUnit = (typeof BINARY_BYTE_UNITS)[number];

/** Any supported byte unit, decimal or binary. */
export type ByteUnit = DecimalByteUnit | BinaryByteUnit;

/** Which family of prefixes to use: `'decimal'` (KB = 1000 B) or `'binary'` (KiB = 1024 B). */
export type ByteSystem = 'decimal' | 'binary';

/** Number of bytes in one of each unit. */
export const BYTES_PER_UNIT: Readonly<Record<ByteUnit, number>> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  EB: 1e18,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
  PiB: 2 ** 50,
  EiB: 2 ** 60,
};

/** Expresses a byte count in the given unit, e.g. `toUnit(bytes(1.5e12), 'TB') === 1.5`. */
export function toUnit(value: Bytes, unit: ByteUnit): number {
  return value / BYTES_PER_UNIT[unit];
}

/** Converts an amount in the given unit to bytes, e.g. `fromUnit(1, 'GiB') === 1073741824`. */
export function fromUnit(amount: number, unit: ByteUnit): Bytes {
  return bytes(amount * BYTES_PER_UNIT[unit]);
}
