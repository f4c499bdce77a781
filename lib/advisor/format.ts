// Number formatting for the advisor's prose. Every value reaching here is finite: validation rejects NaN and
// ±Infinity and caps inputs (see validate.ts), so no "NaN" can appear in a reason.

/** Formats a count or rate with thousands separators: 1234.5 → "1,235"; 2.5 → "2.5"; 0.04 → "0.04". */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 || abs === 0 ? 0 : abs >= 1 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Formats a fraction as a percentage: 0.05 → "5%". */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}

/** Formats a multiplier: 1.7958 → "×1.80". */
export function formatFactor(factor: number): string {
  return `×${factor.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
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
