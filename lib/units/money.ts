import { assertUnitValue, type Unit } from './brand';
import type { HoursPerMonth } from './time';

/** A recurring cost in US dollars per month. */
export type UsdPerMonth = Unit<'UsdPerMonth'>;

/** A rate in US dollars per hour (e.g. an engineer's loaded cost). */
export type UsdPerHour = Unit<'UsdPerHour'>;

/** Tags a finite, non-negative number as US dollars per month. */
export function usdPerMonth(value: number): UsdPerMonth {
  assertUnitValue(value, 'UsdPerMonth');
  return value as UsdPerMonth;
}

/** Tags a finite, non-negative number as US dollars per hour. */
export function usdPerHour(value: number): UsdPerHour {
  assertUnitValue(value, 'UsdPerHour');
  return value as UsdPerHour;
}

/** Monthly cost of spending `time` hours every month at `rate` dollars per hour. */
export function costOfMonthlyHours(time: HoursPerMonth, rate: UsdPerHour): UsdPerMonth {
  return usdPerMonth(time * rate);
}
