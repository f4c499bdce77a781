import { describe, expect, it } from 'vitest';
import { decodeQuery, encodeQuery } from '../form/query';
import { MIGRATION_PATTERNS, SYMPTOM_IDS, diagnose } from '../../advisor/diagnose';
import { SYMPTOM_FORM, isSymptomId, patternInfo, symptomDefaults } from './form';

describe('diagnosis form', () => {
  it('offers every symptom, in order', () => {
    const field = SYMPTOM_FORM.fields[0]!;
    expect(field.kind === 'choice' && field.choices.map((choice) => choice.value)).toEqual([...SYMPTOM_IDS]);
  });

  it('reads an embed prop, and says so when it is unknown', () => {
    expect(symptomDefaults(undefined)).toEqual({ values: { symptom: SYMPTOM_IDS[0] }, problem: null });
    expect(symptomDefaults('gc-pauses')).toEqual({ values: { symptom: 'gc-pauses' }, problem: null });
    const bad = symptomDefaults('slow <b>');
    expect(bad.values).toEqual({ symptom: SYMPTOM_IDS[0] });
    expect(bad.problem).toMatch(/^There is no symptom “slow <b>” \(known: p99-latency, /);
    expect(symptomDefaults(42).problem).toMatch(/^There is no symptom of that kind/);
    expect(isSymptomId('write-ceiling')).toBe(true);
    expect(isSymptomId('__proto__')).toBe(false);
  });

  it('keeps the symptom in the URL and rejects anything else with a notice', () => {
    const defaults = symptomDefaults(undefined).values;
    const link = encodeQuery(SYMPTOM_FORM, { symptom: 'write-ceiling' }, defaults, '');
    expect(link).toBe('?symptom=write-ceiling');
    expect(decodeQuery(SYMPTOM_FORM, link, defaults).values).toEqual({ symptom: 'write-ceiling' });
    const hostile = decodeQuery(SYMPTOM_FORM, `?symptom=${encodeURIComponent('<script>alert(1)</script>')}`, defaults);
    expect(hostile.values).toEqual(defaults);
    expect(hostile.notice).toBe('Some values in this link could not be used, so the defaults are shown for: Symptom.');
  });

  it('has a legend entry for every pattern a diagnosis uses', () => {
    for (const id of SYMPTOM_IDS) expect(patternInfo(diagnose(id).pattern).id).toBe(diagnose(id).pattern);
    expect(MIGRATION_PATTERNS.map((pattern) => patternInfo(pattern.id))).toEqual([...MIGRATION_PATTERNS]);
  });
});
