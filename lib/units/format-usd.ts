import type { UsdPerHour, UsdPerMonth } from './money';

function formatDollars(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`amount must be finite (got ${String(value)})`);
  }
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
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
