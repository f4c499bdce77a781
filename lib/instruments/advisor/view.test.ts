import { describe, expect, it } from 'vitest';
import { advise } from '../../advisor/advise';
import { DEFAULT_ASSUMPTION_VALUES, WORKLOAD_PRESETS } from './form';
import { adviceSummary, advisorView } from './view';

const preset = (id: string) => WORKLOAD_PRESETS.find((entry) => entry.id === id)!.values;

describe('advisorView', () => {
  it('bundles the advice, the path, the hosting and a summary', () => {
    const view = advisorView(preset('eventflow-growth'), DEFAULT_ASSUMPTION_VALUES);
    expect(view.advice).toEqual(advise(view.workload, view.assumptions));
    expect(view.path).toHaveLength(view.advice.trace.length);
    expect(view.hosting).toBe('Managed service');
    expect(view.summary).toBe('Recommended: PostgreSQL, with Valkey (cache) and Elasticsearch (search).');
  });

  it('follows the assumptions', () => {
    const lowered = advisorView(preset('eventflow-growth'), { ...DEFAULT_ASSUMPTION_VALUES, writeCeilingPerSecond: 400 });
    expect(lowered.path[4]!.taken).toBe('sharded');
    expect(advisorView(preset('eventflow-growth'), { ...DEFAULT_ASSUMPTION_VALUES, cacheEngine: 'redis' }).summary).toContain('Redis (cache)');
  });

  it('summarises add-ons and warnings in words', () => {
    expect(adviceSummary(advisorView(preset('recipe-app'), DEFAULT_ASSUMPTION_VALUES).advice)).toBe('Recommended: PostgreSQL, with no add-ons.');
    expect(adviceSummary(advisorView(preset('user-sessions'), DEFAULT_ASSUMPTION_VALUES).advice)).toBe('Recommended: Valkey, with no add-ons. 1 warning.');
  });

  it('throws for values the forms would reject', () => {
    expect(() => advisorView({ ...preset('recipe-app'), dataModel: 'spreadsheet' }, DEFAULT_ASSUMPTION_VALUES)).toThrow(/dataModel/);
    expect(() => advisorView(preset('recipe-app'), { ...DEFAULT_ASSUMPTION_VALUES, writeCeilingPerSecond: 0 })).toThrow(/writeCeilingPerSecond/);
  });
});
