import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, QUERY_TOO_LONG_NOTICE, decodeQuery, encodeQuery, ownQuery } from '../form/query';
import type { FieldValues } from '../form/fields';
import { editField, initFormState, matchPreset } from '../form/form-state';
import { arbitraryValues } from '../form/test-support';
import { advise } from '../../advisor/advise';
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_FORM,
  DATA_FIELDS,
  DEFAULT_ASSUMPTION_VALUES,
  WORKLOAD_FIELDS,
  WORKLOAD_FORM,
  WORKLOAD_PRESETS,
  WORKLOAD_PRESET_SOURCES,
  assumptionsFromValues,
  changedAssumptions,
  valuesFromWorkload,
  workloadFromValues,
} from './form';
import { ADVISOR_PRESETS } from '../../advisor/presets';
import { ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS, type NumericAssumptionKey } from '../../advisor/thresholds';
import { ACCESS_PATTERNS, type Workload } from '../../advisor/types';
import { parseWorkload } from '../../advisor/validate';

const DEFAULTS = WORKLOAD_PRESETS[0]!.values;
const byId = (id: string) => WORKLOAD_PRESETS.find((preset) => preset.id === id)!;
const OPTIONAL_KEYS = DATA_FIELDS.map((field) => field.key as string).concat(['teamSize', 'monthlyBudgetUsd']);

/** A workload as `parseWorkload` returns it, with access patterns in catalog order (their order never matters). */
function canonical(workload: Workload): Workload {
  const clean = parseWorkload(workload);
  const patterns = ACCESS_PATTERNS.filter((pattern) => clean.accessPatterns?.includes(pattern));
  const { accessPatterns: _patterns, handlesMoney, multiRegion, ...rest } = clean;
  return {
    ...rest,
    ...(patterns.length ? { accessPatterns: patterns } : {}),
    ...(handlesMoney ? { handlesMoney } : {}),
    ...(multiRegion ? { multiRegion } : {}),
  };
}

/** Any workload the form can hold: every field within its rule, optional numbers present or not. */
const arbitraryWorkloadValues: fc.Arbitrary<FieldValues> = fc
  .tuple(arbitraryValues(WORKLOAD_FORM), fc.subarray(OPTIONAL_KEYS))
  .map(([values, dropped]) => Object.fromEntries(Object.entries(values).filter(([key]) => !dropped.includes(key))));

describe('workload ⇄ form values', () => {
  it.each(ADVISOR_PRESETS.map((preset) => [preset.id, preset.workload] as const))('%s round-trips exactly', (_id, workload) => {
    const back = workloadFromValues(valuesFromWorkload(workload));
    expect(back).toEqual(canonical(workload));
    // The form lists patterns in catalog order, so only the order of names in the data-model finding can differ.
    expect(advise(back)).toEqual(advise(canonical(workload)));
    const [original, reopened] = [advise(workload), advise(back)];
    expect(reopened.primary).toEqual(original.primary);
    expect(reopened.addOns).toEqual(original.addOns);
    expect(reopened.warnings).toEqual(original.warnings);
  });

  it('writes every pattern and flag explicitly, and optional numbers only when given', () => {
    const values = valuesFromWorkload({ consistency: 'eventual', peakWritesPerSecond: 1, peakReadsPerSecond: 2, dataModel: 'document', accessPatterns: ['ttl'] });
    expect(values).toEqual({
      consistency: 'eventual',
      peakWritesPerSecond: 1,
      peakReadsPerSecond: 2,
      dataModel: 'document',
      handlesMoney: 'no',
      multiRegion: 'no',
      opsExpertise: 'unstated',
      preferManaged: 'unstated',
      ...Object.fromEntries(ACCESS_PATTERNS.map((pattern) => [pattern, pattern === 'ttl' ? 'yes' : 'no'])),
    });
  });

  it('keeps preferManaged three-valued: not stated, yes, no', () => {
    const base: Workload = { consistency: 'strong', peakWritesPerSecond: 1, peakReadsPerSecond: 1, dataModel: 'relational' };
    expect(workloadFromValues(valuesFromWorkload(base)).preferManaged).toBeUndefined();
    expect(workloadFromValues(valuesFromWorkload({ ...base, preferManaged: true })).preferManaged).toBe(true);
    expect(workloadFromValues(valuesFromWorkload({ ...base, preferManaged: false })).preferManaged).toBe(false);
  });

  it('rejects values no form field would hold', () => {
    expect(() => workloadFromValues({ ...DEFAULTS, consistency: 'sometimes' })).toThrow(/consistency/);
    expect(() => workloadFromValues({ ...DEFAULTS, peakWritesPerSecond: -1 })).toThrow(/peakWritesPerSecond/);
    expect(WORKLOAD_FORM.check?.({ ...DEFAULTS, peakReadsPerSecond: Number.NaN })).toEqual({
      peakReadsPerSecond: 'The advisor cannot use this value together with the others.',
    });
  });

  it('labels every field and gives every number a unit and a range from the advisor', () => {
    for (const field of WORKLOAD_FIELDS) {
      expect(field.label.length).toBeGreaterThan(3);
      if (field.kind === 'number') {
        expect(field.unit).not.toBe('');
        expect(field.rule.min).toBe(0);
      }
    }
    expect(WORKLOAD_PRESET_SOURCES.map((source) => source.id)).toEqual(WORKLOAD_PRESETS.map((preset) => preset.id));
  });
});

describe('workload URL state', () => {
  it('property: any form state survives encode → decode, with no notice', () => {
    fc.assert(
      fc.property(arbitraryWorkloadValues, (values) => {
        const decoded = decodeQuery(WORKLOAD_FORM, encodeQuery(WORKLOAD_FORM, values, DEFAULTS, ''), DEFAULTS);
        expect(decoded.notice).toBeNull();
        expect(decoded.values).toEqual(values);
        expect(workloadFromValues(decoded.values)).toEqual(workloadFromValues(values));
      }),
      { numRuns: 150 },
    );
  });

  it.each(WORKLOAD_PRESETS.map((preset) => [preset.id, preset] as const))('%s: its link reopens it, whatever the defaults', (_id, preset) => {
    for (const defaults of [DEFAULTS, byId('e-commerce').values]) {
      const link = encodeQuery(WORKLOAD_FORM, preset.values, defaults, '');
      const decoded = decodeQuery(WORKLOAD_FORM, link, defaults);
      expect(decoded.values).toEqual(preset.values);
      expect(matchPreset(WORKLOAD_FORM, decoded.values, WORKLOAD_PRESETS)?.id).toBe(preset.id);
    }
  });

  it('writes a clean URL for the defaults and readable parameters otherwise', () => {
    expect(encodeQuery(WORKLOAD_FORM, DEFAULTS, DEFAULTS, '')).toBe('');
    const values = { ...DEFAULTS, consistency: 'eventual', 'full-text': 'no', ttl: 'yes', peakWritesPerSecond: 5000 };
    expect(encodeQuery(WORKLOAD_FORM, values, DEFAULTS, '')).toBe('?consistency=eventual&peakWritesPerSecond=5000&full-text=no&ttl=yes');
  });

  it('writes an emptied optional field as `key=` when the default gives it, and reads that back as not given', () => {
    const { documentCount: _documents, ...cleared } = DEFAULTS;
    const link = encodeQuery(WORKLOAD_FORM, cleared, DEFAULTS, '');
    expect(link).toBe('?documentCount=');
    const decoded = decodeQuery(WORKLOAD_FORM, link, DEFAULTS);
    expect(decoded.notice).toBeNull();
    expect('documentCount' in decoded.values).toBe(false);
    expect(workloadFromValues(decoded.values).documentCount).toBeUndefined();
  });

  it('an optional field left empty is "not given", a required one is an error that keeps the last valid values', () => {
    const state = initFormState(WORKLOAD_FORM, DEFAULTS);
    expect(state.texts.documentCount).toBe('200,000');
    expect(state.texts.dataSizeGb).toBe('');
    const cleared = editField(WORKLOAD_FORM, state, 'documentCount', '  ');
    expect(cleared.errors).toEqual({});
    expect('documentCount' in cleared.valid).toBe(false);
    const bad = editField(WORKLOAD_FORM, cleared, 'peakWritesPerSecond', '');
    expect(bad.errors).toEqual({ peakWritesPerSecond: 'Enter a number.' });
    expect(bad.valid).toBe(cleared.valid);
    const negative = editField(WORKLOAD_FORM, cleared, 'teamSize', '-3');
    expect(negative.errors).toEqual({ teamSize: 'Must not be negative.' });
  });
});

describe('hostile and malformed workload links', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  it.each([
    ['markup in a number', `?peakWritesPerSecond=${encodeURIComponent(HOSTILE)}`, ['Peak writes today']],
    ['markup in a choice', `?consistency=${encodeURIComponent(HOSTILE)}`, ['Weakest consistency the data tolerates']],
    ['NaN and Infinity', '?peakReadsPerSecond=NaN&dataSizeGb=Infinity', ['Peak reads today', 'Data stored today']],
    ['negative and huge', '?teamSize=-4&vectorCount=1e400', ['Embeddings stored', 'Engineers on the team']],
    ['a repeated parameter', '?dataModel=graph&dataModel=vector', ['Data model']],
    ['a pattern that is neither yes nor no', '?joins=maybe', ['Joins across tables']],
    ['a required number sent empty', '?peakWritesPerSecond=', ['Peak writes today']],
  ])('%s: those fields fall back to their defaults and the notice names them, never the text', (_name, search, names) => {
    const decoded = decodeQuery(WORKLOAD_FORM, search, DEFAULTS);
    for (const field of decoded.rejected) expect(decoded.values[field.key]).toEqual(DEFAULTS[field.key]);
    expect(decoded.rejected.map((field) => field.label).sort()).toEqual([...names].sort());
    expect(decoded.notice).toBe(`Some values in this link could not be used, so the defaults are shown for: ${names.join(', ')}.`);
    expect(decoded.notice).not.toMatch(/[<>]|onerror|NaN|Infinity/);
    expect(() => advise(workloadFromValues(decoded.values))).not.toThrow();
  });

  it('ignores unknown parameters and reads the known ones', () => {
    const decoded = decodeQuery(WORKLOAD_FORM, `?utm=${encodeURIComponent(HOSTILE)}&__proto__=1&constructor=x&consistency=causal`, DEFAULTS);
    expect(decoded.notice).toBeNull();
    expect(decoded.values).toEqual({ ...DEFAULTS, consistency: 'causal' });
  });

  it('a link whose own parameters are too long to read shows the defaults with a notice', () => {
    // One own parameter longer than the form reads in all: every own value is dropped, the valid one too.
    const one = decodeQuery(WORKLOAD_FORM, `?consistency=eventual&peakWritesPerSecond=${'1'.repeat(MAX_QUERY_LENGTH)}`, DEFAULTS);
    expect(one.values).toEqual(DEFAULTS);
    expect(one.rejected).toEqual([]);
    expect(one.notice).toBe(QUERY_TOO_LONG_NOTICE);
    expect(ownQuery(WORKLOAD_FORM, `?peakWritesPerSecond=${'1'.repeat(MAX_QUERY_LENGTH + 1)}`)).toBe('too-long');
    expect(ownQuery(WORKLOAD_FORM, `?peakWritesPerSecond=${'1'.repeat(MAX_QUERY_LENGTH)}`)).not.toBe('too-long');
    // Own parameters that are too long only together count as well.
    const half = '1'.repeat(MAX_QUERY_LENGTH / 2 + 1);
    expect(decodeQuery(WORKLOAD_FORM, `?peakWritesPerSecond=${half}&peakReadsPerSecond=${half}`, DEFAULTS).notice).toBe(QUERY_TOO_LONG_NOTICE);
  });

  it('a long own parameter within the limit is rejected on its own, naming its field', () => {
    const decoded = decodeQuery(WORKLOAD_FORM, `?consistency=eventual&peakWritesPerSecond=${'1'.repeat(100)}`, DEFAULTS);
    expect(decoded.values).toEqual({ ...DEFAULTS, consistency: 'eventual' });
    expect(decoded.rejected.map((field) => field.key)).toEqual(['peakWritesPerSecond']);
    expect(decoded.notice).toMatch(/^Some values in this link could not be used/);
    expect(decoded.notice).not.toContain('1111');
  });

  it('a long parameter that is not the advisor’s is ignored and the advisor’s own values are kept', () => {
    const search = `?consistency=eventual&utm_campaign=${'a'.repeat(MAX_QUERY_LENGTH * 5)}&peakWritesPerSecond=250`;
    const decoded = decodeQuery(WORKLOAD_FORM, search, DEFAULTS);
    expect(decoded.values).toEqual({ ...DEFAULTS, consistency: 'eventual', peakWritesPerSecond: 250 });
    expect(decoded.notice).toBeNull();
    expect(ownQuery(WORKLOAD_FORM, search)).not.toBe('too-long');
    // Writing the state back keeps the other parameter as it was.
    expect(encodeQuery(WORKLOAD_FORM, decoded.values, DEFAULTS, search)).toContain(`utm_campaign=${'a'.repeat(MAX_QUERY_LENGTH * 5)}`);
  });
});

describe('assumptions form', () => {
  it('has a field for every numeric assumption, with its label, unit and bounds', () => {
    expect(ASSUMPTION_FIELDS.map((field) => field.key).sort()).toEqual(Object.keys(ASSUMPTION_INFO).sort());
    for (const field of ASSUMPTION_FIELDS) {
      const info = ASSUMPTION_INFO[field.key as NumericAssumptionKey];
      expect(field.label).toBe(info.label);
      expect(field.rule.min).toBe(info.min);
      expect(field.rule.max).toBe(info.max);
    }
    const growth = ASSUMPTION_FIELDS.find((field) => field.key === 'monthlyGrowthRate')!;
    expect(growth).toMatchObject({ unit: '%', scale: 0.01 });
    expect(initFormState(ASSUMPTION_FORM, DEFAULT_ASSUMPTION_VALUES).texts.monthlyGrowthRate).toBe('5');
  });

  it('turns values into assumptions and lists what changed', () => {
    expect(assumptionsFromValues(DEFAULT_ASSUMPTION_VALUES)).toEqual(DEFAULT_ASSUMPTIONS);
    expect(changedAssumptions(DEFAULT_ASSUMPTION_VALUES)).toEqual([]);
    const values = { ...DEFAULT_ASSUMPTION_VALUES, writeCeilingPerSecond: 400, cacheEngine: 'redis' };
    expect(assumptionsFromValues(values)).toMatchObject({ writeCeilingPerSecond: 400, cacheEngine: 'redis' });
    expect(changedAssumptions(values)).toEqual(['writeCeilingPerSecond', 'cacheEngine']);
    expect(ASSUMPTION_FORM.check?.({ ...DEFAULT_ASSUMPTION_VALUES, monthlyGrowthRate: 2 })).toEqual({
      monthlyGrowthRate: 'The advisor cannot use this value together with the others.',
    });
  });

  it('lives under its own prefix beside the workload, each round-tripping on its own', () => {
    const assumptions = { ...DEFAULT_ASSUMPTION_VALUES, writeCeilingPerSecond: 400, monthlyGrowthRate: 0.1 };
    const workload = { ...DEFAULTS, peakWritesPerSecond: 300 };
    const search = encodeQuery(ASSUMPTION_FORM, assumptions, DEFAULT_ASSUMPTION_VALUES, encodeQuery(WORKLOAD_FORM, workload, DEFAULTS, ''), 'a');
    expect(search).toBe('?peakWritesPerSecond=300&a.writeCeilingPerSecond=400&a.monthlyGrowthRate=0.1');
    expect(decodeQuery(WORKLOAD_FORM, search, DEFAULTS).values).toEqual(workload);
    expect(decodeQuery(ASSUMPTION_FORM, search, DEFAULT_ASSUMPTION_VALUES, 'a').values).toEqual(assumptions);
    // Changing an assumption does not disturb the workload's part of the URL.
    const moved = encodeQuery(ASSUMPTION_FORM, DEFAULT_ASSUMPTION_VALUES, DEFAULT_ASSUMPTION_VALUES, search, 'a');
    expect(ownQuery(WORKLOAD_FORM, moved)).toBe(ownQuery(WORKLOAD_FORM, search));
  });

  it('hostile assumption parameters fall back with a notice', () => {
    const decoded = decodeQuery(ASSUMPTION_FORM, '?a.writeCeilingPerSecond=0&a.monthlyGrowthRate=%3Cb%3E&a.cacheEngine=memcached', DEFAULT_ASSUMPTION_VALUES, 'a');
    expect(decoded.values).toEqual(DEFAULT_ASSUMPTION_VALUES);
    expect(decoded.notice).toBe('Some values in this link could not be used, so the defaults are shown for: Single-primary write ceiling, Monthly growth, Cache engine.');
  });
});
