import { formatReadable } from '../units/number-format';

// Number formatting for the advisor's prose. Every value reaching here is finite: validation rejects NaN and
// ±Infinity and caps inputs (see validate.ts), so no "NaN" can appear in a reason.

// One Intl.NumberFormat per style, made once: `toLocaleString` with options builds a new formatter on every call
// (about 0.1 ms each in V8), and one piece of advice formats dozens of numbers while a reader types.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const FIXED_TWO = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Formats a count or rate with thousands separators: 1234.5 → "1,235"; 2.5 → "2.5"; 0.04 → "0.04". */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  const formatter = abs >= 100 || abs === 0 ? WHOLE : abs >= 1 ? ONE_DECIMAL : TWO_DECIMALS;
  return formatReadable(value, formatter);
}

/** Formats a fraction as a percentage: 0.05 → "5%". */
export function formatPercent(fraction: number): string {
  return `${formatReadable(fraction * 100, ONE_DECIMAL)}%`;
}

/** Formats a multiplier: 1.7958 → "×1.80". */
export function formatFactor(factor: number): string {
  return `×${formatReadable(factor, FIXED_TWO)}`;
}

/** Joins names as prose: ["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b and c". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Picks the singular or plural form of a noun for a count. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}
