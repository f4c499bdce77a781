import type { Bytes } from './bytes';
import { BINARY_BYTE_UNITS, BYTES_PER_UNIT, DECIMAL_BYTE_UNITS, type ByteSystem } from './byte-units';
import { fixedDigitsFormat, formatReadable } from './number-format';

/** Options for `formatBytes`. */
export interface FormatBytesOptions {
  /** Digits after the decimal point for units above bytes (default 2). */
  fractionDigits?: number;
}

/**
 * Formats a byte count with the largest unit whose value is at least 1, always labelled:
 * `formatBytes(bytes(1.5e12), 'decimal') === '1.50 TB'`, `formatBytes(bytes(1.5e12), 'binary') === '1.36 TiB'`.
 */
export function formatBytes(size: Bytes, system: ByteSystem, options: FormatBytesOptions = {}): string {
  if (!Number.isFinite(size) || size < 0) {
    throw new RangeError(`formatBytes needs a finite, non-negative byte count (got ${String(size)})`);
  }
  // Adding 0 turns -0 into 0, which would otherwise print as "-0 B".
  const value = size + 0;
  const fractionDigits = options.fractionDigits ?? 2;
  const units = system === 'binary' ? BINARY_BYTE_UNITS : DECIMAL_BYTE_UNITS;
  const base = system === 'binary' ? 1024 : 1000;

  let index = 0;
  while (index < units.length - 1 && value >= BYTES_PER_UNIT[units[index + 1] ?? 'B']) index += 1;

  // Rounding can push a value up to the next unit (999.999 KB would print as "1000.00 KB").
  const rounded = (i: number): number => {
    const digits = i === 0 ? 0 : fractionDigits;
    const factor = 10 ** digits;
    return Math.round((value / BYTES_PER_UNIT[units[i] ?? 'B']) * factor) / factor;
  };
  if (index < units.length - 1 && rounded(index) >= base) index += 1;

  const unit = units[index] ?? 'B';
  const digits = index === 0 ? 0 : fractionDigits;
  const amount = value / BYTES_PER_UNIT[unit];
  return `${formatReadable(amount, fixedDigitsFormat(digits))} ${unit}`;
}
