const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * An en-US formatter with exactly `digits` decimals, built once per digit count. `toLocaleString` with options
 * builds a new formatter on every call (tens of microseconds), which adds up when a calculator formats dozens
 * of sizes and prices per keystroke.
 */
export function fixedDigitsFormat(digits: number): Intl.NumberFormat {
  let format = FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    FORMATS.set(digits, format);
  }
  return format;
}

/**
 * From a trillion up, grouped digits stop being readable and, at the extremes a URL can hold (1e300), fill
 * hundreds of characters; such values print in scientific notation instead.
 */
export const SCIENTIFIC_FROM = 1e12;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number in scientific notation with up to `significant` digits: `7.3e12` → `"7.3 × 10¹²"`. */
export function formatScientific(value: number, significant = 3): string {
  const [mantissa = '0', exponent = '0'] = value.toExponential(Math.max(0, significant - 1)).split('e');
  const power = Number(exponent);
  const digits = [...String(Math.abs(power))].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
  return `${Number(mantissa)} × 10${power < 0 ? '⁻' : ''}${digits}`;
}

/** `format.format(value)`, or scientific notation once the value reaches `SCIENTIFIC_FROM` in size. */
export function formatReadable(value: number, format: Intl.NumberFormat): string {
  return Number.isFinite(value) && Math.abs(value) >= SCIENTIFIC_FROM ? formatScientific(value) : format.format(value);
}
