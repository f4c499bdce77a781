import { assertUnitValue, type Unit } from './brand';

/** A duration in hours. */
export type Hours = Unit<'Hours'>;

/** Hours spent every month (e.g. operations time). */
export type HoursPerMonth = Unit<'HoursPerMonth'>;

/** Tags a finite, non-negative number as a duration in hours. */
export function hours(value: number): Hours {
  assertUnitValue(value, 'Hours');
  return value as Hours;
}

/** Tags a finite, non-negative number as hours per month. */
export function hoursPerMonth(value: number): HoursPerMonth {
  assertUnitValue(value, 'HoursPerMonth');
  return value as HoursPerMonth;
}
