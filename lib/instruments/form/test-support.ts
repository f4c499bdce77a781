import fc from 'fast-check';
import type { FieldValues } from './fields';
import type { FormSpec } from './form-state';

/** Test helper: any values a form's fields accept one by one (numbers within each rule, a listed choice). */
export function arbitraryValues(spec: FormSpec): fc.Arbitrary<FieldValues> {
  const fields: Record<string, fc.Arbitrary<number | string>> = {};
  for (const field of spec.fields) {
    fields[field.key] =
      field.kind === 'choice'
        ? fc.constantFrom(...field.choices.map((choice) => choice.value))
        : field.rule.integer
          ? fc.integer({ min: Math.ceil(field.rule.min), max: Math.min(field.rule.max, Number.MAX_SAFE_INTEGER) })
          : fc.double({ min: field.rule.min, max: field.rule.max, noNaN: true, minExcluded: field.rule.minExclusive ?? false });
  }
  return fc.record(fields);
}

/** Test helper: puts each `x.fooLow` / `x.fooHigh` pair in order, so random TCO tables are ones the form accepts. */
export function orderRanges(values: FieldValues): FieldValues {
  const out: Record<string, number | string> = { ...values };
  for (const key of Object.keys(out)) {
    const high = key.replace(/Low$/, 'High');
    if (high === key || !(high in out)) continue;
    const [a, b] = [Number(out[key]), Number(out[high])];
    if (a > b) [out[key], out[high]] = [b, a];
  }
  return out;
}
