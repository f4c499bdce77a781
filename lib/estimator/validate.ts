import { EstimatorInputError } from './errors';

/** The allowed range (and shape) of one numeric input field. */
export interface NumberRule {
  /** Smallest allowed value (inclusive unless `minExclusive`). */
  min: number;
  /** Largest allowed value (inclusive). */
  max: number;
  /** Reject `min` itself (e.g. a ceiling must be greater than 0). */
  minExclusive?: boolean;
  /** Require a whole number (counts of connections, not rates). */
  integer?: boolean;
  /** A share between 0 and 1, reported as "a fraction between 0 and 1". */
  fraction?: boolean;
}

/** Rule for a share between 0 and 1 inclusive. */
export const FRACTION: NumberRule = { min: 0, max: 1, fraction: true };

/** Renders a number for an error message: plain below a million, exponent form above (1e12, not 1000000000000). */
export function describeNumber(value: number): string {
  if (Number.isFinite(value) && Math.abs(value) >= 1e6) {
    return value.toExponential().replace('e+', 'e');
  }
  return String(value);
}

/** Renders any rejected value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return describeNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Validates one untrusted value against `rule` and returns it as a number, or throws an `EstimatorInputError` naming `field`. */
export function checkNumber(value: unknown, field: string, rule: NumberRule): number {
  const got = `(got ${describeValue(value)})`;
  if (typeof value !== 'number') {
    throw new EstimatorInputError(field, `${field} must be a number ${got}`, value);
  }
  if (!Number.isFinite(value)) {
    throw new EstimatorInputError(field, `${field} must be a finite number ${got}`, value);
  }
  if (rule.fraction && (value < rule.min || value > rule.max)) {
    throw new EstimatorInputError(field, `${field} must be a fraction between 0 and 1 ${got}`, value);
  }
  if (rule.minExclusive ? value <= rule.min : value < rule.min) {
    const bound =
      rule.min === 0 && !rule.minExclusive
        ? 'must not be negative'
        : `must be ${rule.minExclusive ? 'greater than' : 'at least'} ${describeNumber(rule.min)}`;
    throw new EstimatorInputError(field, `${field} ${bound} ${got}`, value);
  }
  if (value > rule.max) {
    throw new EstimatorInputError(field, `${field} must be at most ${describeNumber(rule.max)} ${got}`, value);
  }
  if (rule.integer && !Number.isInteger(value)) {
    throw new EstimatorInputError(field, `${field} must be a whole number ${got}`, value);
  }
  return value;
}

/** Checks that untrusted input is a plain object whose keys are all known, and returns it as a record. */
export function checkRecord(input: unknown, field: string, knownKeys: readonly string[]): Readonly<Record<string, unknown>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new EstimatorInputError(field, `${field} must be an object (got ${describeValue(input)})`, input);
  }
  const record = input as Record<string, unknown>;
  // A misspelt optional field would otherwise silently fall back to its default.
  for (const key of Object.keys(record)) {
    if (!knownKeys.includes(key)) {
      throw new EstimatorInputError(key, `${key} is not a known field (expected one of ${knownKeys.join(', ')})`, record[key]);
    }
  }
  return record;
}

/** Reads and validates `record[field]`, using `defaultValue` when the field is absent or `undefined`. */
export function readNumber(
  record: Readonly<Record<string, unknown>>,
  field: string,
  rule: NumberRule,
  defaultValue?: number,
): number {
  const raw = record[field];
  return checkNumber(raw === undefined ? defaultValue : raw, field, rule);
}

/** Returns `value` unchanged if finite, else throws an `EstimatorInputError` naming `fields` as too large to compute. */
export function guardFinite(value: number, fields: readonly string[]): number {
  if (!Number.isFinite(value)) {
    throw new EstimatorInputError(
      fields,
      `${fields.join(' × ')} is too large to compute: the result overflows (got ${describeValue(value)})`,
      value,
    );
  }
  return value;
}
