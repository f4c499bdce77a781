import { formatBytes, formatReadable, formatUsd, usdPerMonth, type Bytes } from '../../units';
import { formatPlainNumber, numberFormat } from './fields';

/** A byte count in both systems, always labelled: `"91.25 TB (82.99 TiB)"`. */
export function formatBytesBoth(size: Bytes): string {
  return `${formatBytes(size, 'decimal')} (${formatBytes(size, 'binary')})`;
}

/** A fraction as a percentage with up to `fractionDigits` decimals: `0.305` → `"30.5%"`. */
export function formatPercent(fraction: number, fractionDigits = 1): string {
  return `${formatReadable(fraction * 100, numberFormat({ maximumFractionDigits: fractionDigits }))}%`;
}

/** A count with a noun, singular for exactly one: `(1, 'copy', 'copies')` → `"1 copy"`. */
export function formatCount(value: number, singular: string, plural: string): string {
  return `${formatPlainNumber(value)} ${value === 1 ? singular : plural}`;
}

/** A large number in compact form for chart axes: `1_500_000` → `"1.5M"`, `2_250` → `"2.25K"`. */
export function formatCompact(value: number): string {
  return formatReadable(value, numberFormat({ notation: 'compact', maximumFractionDigits: 2 }));
}

/** Beyond this many months (a century), a count of months means nothing to a reader. */
const CENTURY_MONTHS = 1_200;

/** A number of months as a reader would say it: `14.2` → `"14.2 months (about 1 year 2 months)"`. */
export function formatMonths(months: number): string {
  if (!(months < CENTURY_MONTHS)) return 'more than 100 years';
  const rounded = Math.round(months * 10) / 10;
  const text = `${numberFormat().format(rounded)} ${rounded === 1 ? 'month' : 'months'}`;
  const whole = Math.floor(months);
  if (whole < 12) return text;
  const years = Math.floor(whole / 12);
  const rest = whole % 12;
  const yearText = `${numberFormat().format(years)} ${years === 1 ? 'year' : 'years'}`;
  return `${text} (about ${yearText}${rest ? ` ${rest} ${rest === 1 ? 'month' : 'months'}` : ''})`;
}

/** A monthly dollar range with the unit once: `(200, 400)` → `"$200–$400/mo"`; equal ends → `"$200/mo"`. */
export function formatUsdRange(low: number, high: number): string {
  const to = formatUsd(usdPerMonth(high));
  if (low === high) return to;
  return `${formatUsd(usdPerMonth(low)).replace(/\/mo$/, '')}–${to}`;
}

/** A round upper end for a chart axis at or above `value`: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
export function niceAxisMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}
