import { formatFieldValue, parseChoice, parseFieldText, type FieldSpec, type FieldValues } from './fields';

/** A calculator's form: its fields, and a check across fields (e.g. the estimator overflowing) that runs on clean values. */
export interface FormSpec {
  fields: readonly FieldSpec[];
  /** Messages by field key for values that are fine alone but not together; empty when all is well. */
  check?: (values: FieldValues) => Readonly<Record<string, string>>;
}

/** What a calculator form holds: the text in each field, the messages under them, and the last values that all passed. */
export interface FormState {
  /** What each field shows, by key (a choice field's text is its value). */
  texts: Readonly<Record<string, string>>;
  /** A message for each field that is wrong now, by key. */
  errors: Readonly<Record<string, string>>;
  /** The newest values that were all valid together: the result on screen is computed from these. */
  valid: FieldValues;
}

/** The form showing `values` (which must be clean), with no messages. */
export function initFormState(spec: FormSpec, values: FieldValues): FormState {
  const texts: Record<string, string> = {};
  for (const field of spec.fields) {
    const value = values[field.key];
    // An optional number field without a value ("not given") shows as empty.
    texts[field.key] = field.kind === 'number' ? (value === undefined ? '' : formatFieldValue(field, Number(value))) : String(value);
  }
  return { texts, errors: {}, valid: values };
}

/** Reads every field's text; returns clean values, or the messages for the fields that are wrong. */
export function readForm(
  spec: FormSpec,
  texts: Readonly<Record<string, string>>,
): { ok: true; values: FieldValues } | { ok: false; errors: Readonly<Record<string, string>> } {
  const values: Record<string, number | string> = {};
  const errors: Record<string, string> = {};
  for (const field of spec.fields) {
    const text = texts[field.key] ?? '';
    if (field.kind === 'number' && field.optional && text.trim() === '') continue;
    const result = field.kind === 'number' ? parseFieldText(field, text) : parseChoice(field, text);
    if (result.ok) values[field.key] = result.value;
    else errors[field.key] = result.message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const crossErrors = spec.check?.(values) ?? {};
  return Object.keys(crossErrors).length > 0 ? { ok: false, errors: crossErrors } : { ok: true, values };
}

/**
 * The form after the reader changed one field. Messages are recomputed for every field; `valid` moves on only
 * when every field is valid, so the last good result stays on screen while a field is wrong.
 */
export function editField(spec: FormSpec, state: FormState, key: string, text: string): FormState {
  const texts = { ...state.texts, [key]: text };
  const read = readForm(spec, texts);
  return read.ok ? { texts, errors: {}, valid: read.values } : { texts, errors: read.errors, valid: state.valid };
}

/** Whether two sets of values agree on every field of the form. */
export function sameValues(spec: FormSpec, a: FieldValues, b: FieldValues): boolean {
  return spec.fields.every((field) => a[field.key] === b[field.key]);
}

/** A named set of values a reader can load in one go (a worked example). */
export interface FormPreset {
  id: string;
  name: string;
  values: FieldValues;
}

/** The preset whose values are exactly `values`, or `null` when the reader has changed something. */
export function matchPreset(spec: FormSpec, values: FieldValues, presets: readonly FormPreset[]): FormPreset | null {
  return presets.find((preset) => sameValues(spec, preset.values, values)) ?? null;
}


/** The first of a list of presets (a calculator's default); throws on an empty list, which is a programming error. */
export function firstPreset(presets: readonly FormPreset[]): FormPreset {
  const first = presets[0];
  if (!first) throw new Error('A calculator with presets needs at least one');
  return first;
}
