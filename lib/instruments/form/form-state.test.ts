import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './fields';
import { editField, firstPreset, initFormState, matchPreset, readForm, sameValues, type FormSpec } from './form-state';

const FIELDS: readonly FieldSpec[] = [
  { kind: 'number', key: 'low', label: 'Low', unit: 'B', rule: { min: 0, max: 1_000 } },
  { kind: 'number', key: 'high', label: 'High', unit: 'B', rule: { min: 0, max: 1_000 } },
  { kind: 'choice', key: 'mode', label: 'Mode', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
];
// A check across fields, like the TCO table's "low must not exceed high".
const SPEC: FormSpec = {
  fields: FIELDS,
  check: (values): Record<string, string> => (Number(values.low) > Number(values.high) ? { low: 'Low is above high.' } : {}),
};
const START = { low: 100, high: 200, mode: 'a' };

describe('form state', () => {
  it('starts with formatted texts and no messages', () => {
    expect(initFormState(SPEC, { low: 1_000, high: 1_000, mode: 'b' })).toEqual({
      texts: { low: '1,000', high: '1,000', mode: 'b' },
      errors: {},
      valid: { low: 1_000, high: 1_000, mode: 'b' },
    });
  });

  it('moves the valid values on with each good edit', () => {
    const next = editField(SPEC, initFormState(SPEC, START), 'high', '300');
    expect(next.valid).toEqual({ low: 100, high: 300, mode: 'a' });
    expect(next.errors).toEqual({});
    expect(next.texts.high).toBe('300');
  });

  it.each([
    ['empty', '', 'Enter a number.'],
    ['text', 'lots', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ['negative', '-1', 'Must not be negative.'],
    ['huge', '1e30', 'Must be at most 1,000 B.'],
  ])('keeps the last valid values when a field is %s, and says why', (_, text, message) => {
    const good = editField(SPEC, initFormState(SPEC, START), 'high', '300');
    const bad = editField(SPEC, good, 'high', text);
    expect(bad.valid).toBe(good.valid);
    expect(bad.errors).toEqual({ high: message });
    expect(bad.texts.high).toBe(text);
    // Fixing the field clears the message and moves on.
    const fixed = editField(SPEC, bad, 'high', '400');
    expect(fixed.errors).toEqual({});
    expect(fixed.valid.high).toBe(400);
  });

  it('reports a clash between fields only once each field is valid on its own', () => {
    const clash = editField(SPEC, initFormState(SPEC, START), 'low', '500');
    expect(clash.errors).toEqual({ low: 'Low is above high.' });
    expect(clash.valid).toEqual(START);
    expect(readForm(SPEC, { ...clash.texts, high: 'x' })).toEqual({ ok: false, errors: { high: 'Enter a number using digits, e.g. 1,500 or 2.5.' } });
  });

  it('rejects a choice that is not offered', () => {
    const next = editField(SPEC, initFormState(SPEC, START), 'mode', 'c');
    expect(next.errors).toEqual({ mode: 'Choose one of: A, B.' });
    expect(next.valid).toEqual(START);
  });

  it('matches presets by value', () => {
    const presets = [
      { id: 'one', name: 'One', values: START },
      { id: 'two', name: 'Two', values: { ...START, mode: 'b' } },
    ];
    expect(matchPreset(SPEC, { ...START, mode: 'b' }, presets)?.id).toBe('two');
    expect(matchPreset(SPEC, { ...START, low: 101 }, presets)).toBeNull();
    expect(sameValues(SPEC, START, { ...START })).toBe(true);
    expect(firstPreset(presets).id).toBe('one');
    expect(() => firstPreset([])).toThrow();
  });
});
