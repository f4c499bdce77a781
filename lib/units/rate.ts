import { assertUnitValue, type Unit } from './brand';

/** Seconds in one day (24 × 60 × 60). */
export const SECONDS_PER_DAY = 86_400;

/** Events per second (e.g. writes/s). */
export type PerSecond = Unit<'PerSecond'>;

/** Events per day (e.g. posts/day). */
export type PerDay = Unit<'PerDay'>;

/** Tags a finite, non-negative number as a per-second rate. */
export function perSecond(value: number): PerSecond {
  assertUnitValue(value, 'PerSecond');
  return value as PerSecond;
}

/** Tags a finite, non-negative number as a per-day rate. */
export function perDay(value: number): PerDay {
  assertUnitValue(value, 'PerDay');
  return value as PerDay;
}

/** Converts a daily rate to the equivalent average per-second rate. */
export function perDayToPerSecond(rate: PerDay): PerSecond {
  return perSecond(rate / SECONDS_PER_DAY);
}

/** Converts a per-second rate to the number of events in a full day at that rate. */
export function perSecondToPerDay(rate: PerSecond): PerDay {
  return perDay(rate * SECONDS_PER_DAY);
}
