/**
 * Numeric answers: reading what a reader typed, and judging it against an answer with a relative
 * tolerance (estimation questions accept "about right", not only the exact figure).
 */

/**
 * Parses a typed number: digits with optional sign, decimal point, exponent, and thousands separators
 * (commas, spaces, underscores). Returns null for anything else, including empty input.
 */
export function parseNumberInput(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,_\u00a0\u202f]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * What is wrong with a numeric answer as typed, for a message beside the field while the reader types; null for
 * an empty field (nothing to say yet) and for a usable number.
 */
export function numericInputProblem(text: string): string | null {
  if (!text.trim()) return null;
  if (parseNumberInput(text) !== null) return null;
  const cleaned = text.trim().replace(/[\s,_\u00a0\u202f]/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return 'That number is too large to use. Type a smaller one.';
  return 'That is not a number. Type digits, like 6 or 86.4.';
}

/** The closed range of accepted values for an answer and a relative tolerance (0.1 = within 10%). */
export function acceptedRange(answer: number, relativeTolerance: number): { low: number; high: number } {
  const spread = Math.abs(answer) * relativeTolerance;
  return { low: answer - spread, high: answer + spread };
}

// Floating-point slack, relative to the answer's size: 0.1 + 0.2 must still count as 0.3.
const FLOAT_SLACK = 1e-9;

/** True when `value` lies within `relativeTolerance` of `answer` (boundaries included, with float slack). */
export function withinTolerance(value: number, answer: number, relativeTolerance: number): boolean {
  if (!Number.isFinite(value)) return false;
  const allowed = Math.abs(answer) * relativeTolerance + FLOAT_SLACK * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= allowed;
}

/**
 * A number as the quiz shows it: grouped digits, at most six significant figures ("86,400,000", "0.6"), the same
 * text as `Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 })`. Written out by hand because a quiz renders
 * as the lesson page starts, and the first Intl formatter a page builds loads the locale data: a long task on a
 * phone for a handful of numbers.
 */
export function formatQuizNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // The shortest decimal digits of the value (as Intl rounds them: 99.99995 → 100, although its binary is below).
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = 1 + Number(exponent);
  if (digits.length > 6) {
    const up = digits[6]! >= '5';
    digits = digits.slice(0, 6);
    if (up) {
      const bumped = String(Number(digits) + 1);
      if (bumped.length > 6) point += 1;
      digits = bumped.slice(0, 6);
    }
  }
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction ? `${grouped}.${fraction}` : grouped;
  return value < 0 && text !== '0' ? `-${text}` : text;
}
