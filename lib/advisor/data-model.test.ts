import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { dataModelTrace } from './data-model';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import { DATA_MODELS, type Workload } from './types';

const trace = (patch: Partial<Workload>) =>
  dataModelTrace(buildContext({ consistency: 'eventual', peakWritesPerSecond: 1, peakReadsPerSecond: 1, dataModel: 'relational', ...patch }, DEFAULT_ASSUMPTIONS));

describe('dataModelTrace', () => {
  it.each(DATA_MODELS.map((model) => [model] as const))('%s has its own effect', (dataModel) => {
    const entry = trace({ dataModel });
    expect(entry.factor).toBe('Data model');
    expect(entry.finding.toLowerCase()).toContain(dataModel);
    expect(entry.effect.length).toBeGreaterThan(30);
  });

  it('lists capabilities to place, except the model’s own', () => {
    expect(trace({ accessPatterns: ['full-text', 'geospatial'] }).effect).toMatch(/Full-text and geospatial are capabilities to place/);
    expect(trace({ dataModel: 'time-series', accessPatterns: ['aggregation'] }).effect).not.toMatch(/to place/);
    expect(trace({ dataModel: 'vector', accessPatterns: ['similarity'] }).effect).not.toMatch(/to place/);
  });

  it('notes expiring data and missing patterns', () => {
    expect(trace({ dataModel: 'key-value', accessPatterns: ['ttl'] }).finding).toMatch(/expires and does not accumulate/);
    expect(trace({}).finding).toMatch(/no access patterns stated/);
  });
});
