import { fixedDigitsFormat, formatReadable } from './number-format';
import type { PerDay, PerSecond } from './rate';

/** Options for the rate formatters. */
export interface FormatRateOptions {
  /** What is being counted, e.g. `'writes'` (default `'ops'`). */
  noun?: string;
  /** Digits after the decimal point (default 1 for per-second, 0 for per-day). */
  fractionDigits?: number;
}

function formatCount(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`rate must be finite and non-negative (got ${String(value)})`);
  }
  return formatReadable(value, fixedDigitsFormat(fractionDigits));
}

/** Formats a per-second rate, e.g. `formatRate(perSecond(2314.81), { noun: 'writes' }) === '2,314.8 writes/s'`. */
export function formatRate(rate: PerSecond, options: FormatRateOptions = {}): string {
  return `${formatCount(rate, options.fractionDigits ?? 1)} ${options.noun ?? 'ops'}/s`;
}

/** Formats a per-day rate, e.g. `formatDailyRate(perDay(2e8), { noun: 'posts' }) === '200,000,000 posts/day'`. */
export function formatDailyRate(rate: PerDay, options: FormatRateOptions = {}): string {
  return `${formatCount(rate, options.fractionDigits ?? 0)} ${options.noun ?? 'ops'}/day`;
}
