import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORAGE_INPUT_RULES } from '../../estimator';
import { expectRelativelyClose } from '../../estimator/test-support';
import { describeRange, fieldName, formatFieldValue, parseChoice, parseFieldText, type ChoiceField, type NumberField } from './fields';

const BYTES: NumberField = { kind: 'number', key: 'bytesPerRecord', label: 'Record size', unit: 'B', rule: STORAGE_INPUT_RULES.bytesPerRecord };
const PERCENT: NumberField = { kind: 'number', key: 'indexOverhead', label: 'Index overhead', unit: '%', scale: 0.01, rule: STORAGE_INPUT_RULES.indexOverhead };
const MIB: NumberField = { kind: 'number', key: 'blobSizeBytes', label: 'Blob size', unit: 'MiB', scale: 2 ** 20, rule: STORAGE_INPUT_RULES.blobSizeBytes };
const WHOLE: NumberField = { kind: 'number', key: 'poolSize', label: 'Pool size', unit: 'connections', rule: { min: 1, max: 1e6, integer: true } };
const ABOVE_ZERO: NumberField = { kind: 'number', key: 'x', label: 'X', unit: 'writes/s', rule: { min: 0, max: 10, minExclusive: true } };

describe('parseFieldText', () => {
  it.each<[string, NumberField, string, number]>([
    ['plain digits', BYTES, '250', 250],
    ['grouped thousands', BYTES, '200,000,000', 200_000_000],
    ['underscores and spaces as groups', BYTES, '1_000 000', 1_000_000],
    ['exponent', BYTES, '2e8', 200_000_000],
    ['surrounding space', BYTES, '  42  ', 42],
    ['a fraction', BYTES, '.5', 0.5],
    ['the unit typed after the number', BYTES, '250 B', 250],
    // 30 % → 0.3 exactly (not 0.30000000000000004)
    ['a percentage, scaled to a fraction', PERCENT, '30', 0.3],
    ['a percentage with its sign', PERCENT, '7%', 0.07],
    ['MiB scaled to bytes', MIB, '2', 2_097_152],
    ['zero', BYTES, '0', 0],
  ])('accepts %s', (_, field, text, expected) => {
    expect(parseFieldText(field, text)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, NumberField, string, string]>([
    ['empty', BYTES, '', 'Enter a number.'],
    ['only space', BYTES, '   ', 'Enter a number.'],
    ['text', BYTES, 'abc', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ['a number with text after it', BYTES, '12abc', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ['misplaced group separators', BYTES, '1,0', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ['markup', BYTES, '<script>alert(1)</script>', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ['a sign alone', BYTES, '-', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ['negative', BYTES, '-5', 'Must not be negative.'],
    ['above the maximum', BYTES, '1e30', 'Must be at most 1,000,000,000,000 B.'],
    ['overflowing to Infinity', BYTES, '1e400', 'That number is too large.'],
    ['a percentage over 100', PERCENT, '150', 'Must be at most 100%.'],
    ['a fraction of a connection', WHOLE, '12.5', 'Must be a whole number.'],
    ['below a minimum of 1', WHOLE, '0', 'Must be at least 1 connections.'],
    ['zero where it must be above zero', ABOVE_ZERO, '0', 'Must be more than 0 writes/s.'],
    ['far too long', BYTES, '1'.repeat(41), 'That is too long to be a number.'],
  ])('rejects %s with a message', (_, field, text, message) => {
    expect(parseFieldText(field, text)).toEqual({ ok: false, message });
  });

  it('round-trips every valid value through the text it shows (to 12 significant digits)', () => {
    for (const field of [BYTES, PERCENT, MIB]) {
      fc.assert(
        // Subnormal doubles (below ~1e-308) lose digits when scaled; no reader types one.
        fc.property(fc.double({ min: field.rule.min, max: field.rule.max, noNaN: true }).filter((v) => v === 0 || v > 1e-300), (value) => {
          const parsed = parseFieldText(field, formatFieldValue(field, value));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expectRelativelyClose(parsed.value, value, 1e-11);
        }),
      );
    }
  });
});

describe('formatFieldValue and describeRange', () => {
  it.each<[NumberField, number, string]>([
    [BYTES, 200_000_000, '200,000,000'],
    [PERCENT, 0.3, '30'],
    [PERCENT, 0.07, '7'],
    [MIB, 2_097_152, '2'],
  ])('shows %s', (field, value, text) => {
    expect(formatFieldValue(field, value)).toBe(text);
  });

  it('states the range in the field unit, rounding a large odd bound down', () => {
    expect(describeRange(BYTES)).toBe('0 to 1,000,000,000,000 B');
    expect(describeRange(PERCENT)).toBe('0 to 100%');
    // 5e12 B = 4,768,371.58… MiB; a reader may type up to 4,768,371
    expect(describeRange(MIB)).toBe('0 to 4,768,371 MiB');
    expect(describeRange(WHOLE)).toBe('1 to 1,000,000 connections, whole numbers');
    expect(describeRange(ABOVE_ZERO)).toBe('more than 0 to 10 writes/s');
  });

  it('names grouped fields with their group', () => {
    expect(fieldName(BYTES)).toBe('Record size');
    expect(fieldName({ ...BYTES, label: 'Ops time, high', group: 'Neon (Pro)' })).toBe('Neon (Pro): ops time, high');
  });
});

describe('parseChoice', () => {
  const MODE: ChoiceField = { kind: 'choice', key: 'poolMode', label: 'Pooler', choices: [{ value: 'none', label: 'No pooler' }, { value: 'transaction', label: 'Transaction mode' }] };
  it('accepts a listed value and rejects anything else', () => {
    expect(parseChoice(MODE, 'none')).toEqual({ ok: true, value: 'none' });
    expect(parseChoice(MODE, 'session')).toEqual({ ok: false, message: 'Choose one of: No pooler, Transaction mode.' });
  });
});
