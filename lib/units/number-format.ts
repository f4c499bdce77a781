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
