import type { UsdPerHour, UsdPerMonth } from './money';
import { fixedDigitsFormat, formatReadable } from './number-format';

function formatDollars(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`amount must be finite (got ${String(value)})`);
  }
  const sign = value < 0 ? '-' : '';
  const amount = formatReadable(Math.abs(value), fixedDigitsFormat(fractionDigits));
  return `${sign}$${amount}`;
}

/** Formats a monthly cost, e.g. `formatUsd(usdPerMonth(2600)) === '$2,600/mo'`. */
export function formatUsd(amount: UsdPerMonth, fractionDigits = 0): string {
  return `${formatDollars(amount, fractionDigits)}/mo`;
}

/** Formats an hourly rate, e.g. `formatUsdPerHour(usdPerHour(200)) === '$200/h'`. */
export function formatUsdPerHour(amount: UsdPerHour, fractionDigits = 0): string {
  return `${formatDollars(amount, fractionDigits)}/h`;
}
