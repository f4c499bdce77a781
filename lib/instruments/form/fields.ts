import type { NumberRule } from '../../estimator/validate';

/** A numeric form field: what the reader sees (label, unit) and the estimator's rule for the value behind it. */
export interface NumberField {
  kind: 'number';
  /** The estimator input the field feeds, and its URL parameter name. */
  key: string;
  /** Visible label, without the unit. */
  label: string;
  /** What the field belongs to when the label alone is ambiguous (e.g. one option of several), shown as its group's legend. */
  group?: string;
  /** Unit shown next to the label, e.g. `'B'`, `'days'`, `'%'`. */
  unit: string;
  /** Estimator value = shown value × scale (0.01 for a percentage of a fraction; default 1). */
  scale?: number;
  /** Bounds of the estimator value, usually taken from the estimator's `*_INPUT_RULES`. */
  rule: NumberRule;
  /** Empty text is allowed and means "not given": the value is left out of the form's values (default: required). */
  optional?: boolean;
}

/** A field with a fixed set of values (a select or radio group). */
export interface ChoiceField {
  kind: 'choice';
  /** The estimator input the field feeds, and its URL parameter name. */
  key: string;
  /** Visible label. */
  label: string;
  /** Allowed values with their labels, in display order. */
  choices: readonly { value: string; label: string }[];
}

/** Any form field. */
export type FieldSpec = NumberField | ChoiceField;

/** A field's name that stands on its own, e.g. `"Cassandra self-hosted: ops hours, high"` for a field in a group. */
export function fieldName(field: FieldSpec): string {
  return field.kind === 'number' && field.group ? `${field.group}: ${field.label.toLowerCase()}` : field.label;
}

/** Clean values of a form, by field key: numbers for number fields, strings for choice fields. */
export type FieldValues = Readonly<Record<string, number | string>>;

/** The outcome of reading one field: a clean value or a message for the reader. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Longest text a number field accepts; anything longer is not a number a reader meant. */
export const MAX_FIELD_TEXT_LENGTH = 40;

// Digits, optionally grouped in threes by commas, underscores or spaces, with an optional fraction and exponent.
const READER_NUMBER = /^[+-]?(?:\d{1,3}(?:[,_ ]\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * An en-US number formatter for `options`, made once and reused: building one costs tens of microseconds
 * (what `toLocaleString` does on every call), and a calculator formats dozens of numbers per keystroke.
 */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', options);
    FORMATS.set(key, format);
  }
  return format;
}

/** Rounds to 12 significant digits, so that 0.3 ÷ 0.01 shows as 30, not 29.999999999999996. */
export function roundSignificant(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

/**
 * Formats a number for a reader: grouped thousands, up to 12 significant digits (`200000000` → `"200,000,000"`);
 * exponent form for the very small and very large (`1e-7`), which would otherwise be a wall of zeros.
 */
export function formatPlainNumber(value: number): string {
  const rounded = roundSignificant(value);
  const size = Math.abs(rounded);
  if (size !== 0 && (size < 1e-4 || size >= 1e21)) return String(rounded);
  return numberFormat({ maximumSignificantDigits: 12 }).format(rounded);
}

/** The value a number field shows for an estimator value (the inverse of its scale). */
export function toShown(field: NumberField, value: number): number {
  return roundSignificant(value / (field.scale ?? 1));
}

/** The text a number field shows for an estimator value, e.g. `0.3` in a percentage field → `"30"`. */
export function formatFieldValue(field: NumberField, value: number): string {
  return formatPlainNumber(toShown(field, value));
}

/** A shown number with its unit: `"30%"` and `"2×"` hug the number, other units follow a space (`"250 B"`). */
export function formatWithUnit(shown: number, unit: string): string {
  return unit === '%' || unit === '×' ? `${formatPlainNumber(shown)}${unit}` : `${formatPlainNumber(shown)} ${unit}`;
}

function withUnit(field: NumberField, shown: number): string {
  return formatWithUnit(shown, field.unit);
}

/** The largest shown value a reader may type; rounded down to a whole number when large (5e12 B as MiB is not round). */
function shownMax(field: NumberField): number {
  const max = toShown(field, field.rule.max);
  return Math.abs(max) >= 1_000 ? Math.floor(max) : max;
}

/** The allowed range in the field's own unit, e.g. `"0 to 36,500 days"`. */
export function describeRange(field: NumberField): string {
  const low = toShown(field, field.rule.min);
  const from = field.rule.minExclusive ? `more than ${formatPlainNumber(low)}` : formatPlainNumber(low);
  return `${from} to ${withUnit(field, shownMax(field))}${field.rule.integer ? ', whole numbers' : ''}${field.optional ? '; empty if not known' : ''}`;
}

/** Checks an estimator value against a field's rule; the message speaks in the field's unit. */
export function checkFieldValue(field: NumberField, value: number): FieldResult<number> {
  const { rule } = field;
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  if (rule.minExclusive ? value <= rule.min : value < rule.min) {
    if (rule.min === 0 && !rule.minExclusive) return { ok: false, message: 'Must not be negative.' };
    const bound = withUnit(field, toShown(field, rule.min));
    return { ok: false, message: rule.minExclusive ? `Must be more than ${bound}.` : `Must be at least ${bound}.` };
  }
  if (value > rule.max) return { ok: false, message: `Must be at most ${withUnit(field, shownMax(field))}.` };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: 'Must be a whole number.' };
  return { ok: true, value };
}

/**
 * Reads what a reader typed into a number field: accepts `200,000,000`, `2e8`, `30 %` (the field's own unit may
 * follow), rejects empty, text and out-of-range values with a message, and returns the estimator value (scaled).
 */
export function parseFieldText(field: NumberField, text: string): FieldResult<number> {
  let trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (trimmed.length > MAX_FIELD_TEXT_LENGTH) return { ok: false, message: 'That is too long to be a number.' };
  const unit = field.unit.toLowerCase();
  if (unit && trimmed.toLowerCase().endsWith(unit)) trimmed = trimmed.slice(0, -unit.length).trim();
  if (!/\d/.test(trimmed) || !READER_NUMBER.test(trimmed)) {
    return { ok: false, message: 'Enter a number using digits, e.g. 1,500 or 2.5.' };
  }
  const shown = Number(trimmed.replace(/[,_ ]/g, ''));
  if (!Number.isFinite(shown)) return { ok: false, message: 'That number is too large.' };
  return checkFieldValue(field, roundSignificant(shown * (field.scale ?? 1)));
}

/** Checks a choice field's value against its choices. */
export function parseChoice(field: ChoiceField, value: string): FieldResult<string> {
  return field.choices.some((choice) => choice.value === value)
    ? { ok: true, value }
    : { ok: false, message: `Choose one of: ${field.choices.map((choice) => choice.label).join(', ')}.` };
}
