import * as z from 'zod/mini';
import { paramName as instrumentParam, readOwnParams, type OwnParams } from '../url';
import { checkFieldValue, fieldName, type FieldSpec, type FieldValues } from './fields';
import type { FormSpec } from './form-state';

// A query string is untrusted input: anyone can send a link. These caps bound the work and what is kept.
/** The most characters of its own parameters a calculator reads; more is ignored as a whole. */
export const MAX_QUERY_LENGTH = 2_000;
/** Longest single parameter value read; a number needs far fewer characters. */
export const MAX_PARAM_LENGTH = 32;
/** Most field names listed in a notice before "and N more". */
const MAX_NAMED_IN_NOTICE = 4;

// URLs carry estimator values as JavaScript writes them (String(n)): no grouping, no units.
const URL_NUMBER = z.string().check(z.maxLength(MAX_PARAM_LENGTH), z.regex(/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i));

/** A calculator's state read from a query string. */
export interface DecodedQuery {
  /** Clean values: the defaults, overridden by every usable parameter. */
  values: FieldValues;
  /** Fields whose parameter was present but unusable (they show their default). */
  rejected: readonly FieldSpec[];
  /** A sentence for the reader when something in the link was ignored, else `null`. Never contains link text. */
  notice: string | null;
}

/** The query parameter that holds a field: its key, or `prefix.key` when several calculators share a page. */
export function paramName(field: FieldSpec, prefix = ''): string {
  return instrumentParam(field.key, prefix);
}

/** This form's parameters in `search`. */
function ownParams(spec: FormSpec, search: string, prefix: string): OwnParams {
  return readOwnParams(
    search,
    spec.fields.map((field) => field.key),
    prefix,
    MAX_QUERY_LENGTH,
  );
}

function readParam(field: FieldSpec, raw: string): number | string | null {
  if (field.kind === 'choice') {
    const parsed = z.enum(field.choices.map((choice) => choice.value) as [string, ...string[]]).safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  const parsed = URL_NUMBER.safeParse(raw);
  if (!parsed.success) return null;
  const checked = checkFieldValue(field, Number(parsed.data));
  return checked.ok ? checked.value : null;
}

function namesOf(fields: readonly FieldSpec[]): string {
  const names = fields.map(fieldName);
  if (names.length <= MAX_NAMED_IN_NOTICE) return names.join(', ');
  return `${names.slice(0, MAX_NAMED_IN_NOTICE).join(', ')} and ${names.length - MAX_NAMED_IN_NOTICE} more`;
}

/** The notice shown when a link's parameters for this calculator were too long to read. */
export const QUERY_TOO_LONG_NOTICE = 'This link is too long to read, so the calculator shows its default values.';

/**
 * Reads a calculator's state from `search` (e.g. `window.location.search`). Parameters of other calculators are
 * left alone; a parameter of this one that is repeated, too long, not a number, out of range, or inconsistent
 * with the others falls back to its default, and the notice names the field (never the text that was sent).
 */
export function decodeQuery(spec: FormSpec, search: string, defaults: FieldValues, prefix = ''): DecodedQuery {
  const own = ownParams(spec, search, prefix);
  if (own.tooLong) return { values: defaults, rejected: [], notice: QUERY_TOO_LONG_NOTICE };
  const values: Record<string, number | string> = { ...defaults };
  const rejected: FieldSpec[] = [];
  for (const field of spec.fields) {
    const raw = own.get(field.key);
    if (raw === undefined) continue;
    // An optional field sent empty (`key=`) is "not given", which may differ from a default that gives it.
    if (field.kind === 'number' && field.optional && raw === '') {
      delete values[field.key];
      continue;
    }
    const value = raw === null ? null : readParam(field, raw);
    if (value === null) rejected.push(field);
    else values[field.key] = value;
  }

  // Values fine one by one can still clash (a low above its high, a product that overflows): drop the clashing
  // ones; if the defaults of those still clash with the rest, drop the whole link.
  let clean: FieldValues = values;
  const clashes = Object.keys(spec.check?.(values) ?? {});
  if (clashes.length > 0) {
    const partial = { ...values };
    for (const key of clashes) partial[key] = defaults[key] ?? partial[key] ?? 0;
    const stillClashing = Object.keys(spec.check?.(partial) ?? {}).length > 0;
    clean = stillClashing ? defaults : partial;
    const dropped = stillClashing
      ? spec.fields.filter((field) => own.get(field.key) !== undefined)
      : spec.fields.filter((field) => clashes.includes(field.key));
    for (const field of dropped) if (!rejected.includes(field)) rejected.push(field);
  }

  const notice = rejected.length
    ? `Some values in this link could not be used, so the defaults are shown for: ${namesOf(rejected)}.`
    : null;
  return { values: clean, rejected, notice };
}

/**
 * The query string (with `?`, or `''` when empty) that keeps every parameter of `currentSearch` that is not this
 * calculator's and writes each of its values that differs from `defaults`, so the default state has a clean URL.
 */
export function encodeQuery(spec: FormSpec, values: FieldValues, defaults: FieldValues, currentSearch: string, prefix = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const field of spec.fields) params.delete(paramName(field, prefix));
  for (const field of spec.fields) {
    const value = values[field.key];
    if (value === undefined) {
      // An optional field left empty: written as `key=` only when the default gives it a value.
      if (field.kind === 'number' && field.optional && defaults[field.key] !== undefined) params.set(paramName(field, prefix), '');
    } else if (value !== defaults[field.key]) params.set(paramName(field, prefix), String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** This calculator's part of a query string, as one comparable string: it changes only when one of its parameters does. */
export function ownQuery(spec: FormSpec, search: string, prefix = ''): string {
  if (ownParams(spec, search, prefix).tooLong) return 'too-long';
  const params = new URLSearchParams(search);
  return JSON.stringify(spec.fields.map((field) => params.getAll(paramName(field, prefix))));
}
