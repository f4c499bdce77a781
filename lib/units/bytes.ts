import { assertUnitValue, type Unit } from './brand';

/** A size in bytes (always bytes: convert to GB/GiB only for display via `toUnit`). */
export type Bytes = Unit<'Bytes'>;

/** Tags a finite, non-negative number of bytes as `Bytes`. */
export function bytes(value: number): Bytes {
  assertUnitValue(value, 'Bytes');
  return value as Bytes;
}
