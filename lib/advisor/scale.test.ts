import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { scaleTrace } from './scale';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './thresholds';
import type { Workload } from './types';

const trace = (patch: Partial<Workload>, assumptions: Partial<Assumptions> = {}) =>
  scaleTrace(buildContext({ consistency: 'eventual', peakWritesPerSecond: 1_000, peakReadsPerSecond: 1_000, dataModel: 'relational', ...patch }, { ...DEFAULT_ASSUMPTIONS, ...assumptions }));

describe('scaleTrace', () => {
  it('states the projected peak and the growth used: 1,000 × 1.05^12 = 1,796', () => {
    const entry = trace({});
    expect(entry.factor).toBe('12-month scale');
    expect(entry.finding).toBe('At 5% a month (×1.80 over 12 months), peak reaches 1,796 writes/s and 1,796 reads/s.');
    expect(entry.effect).toMatch(/Scale tier 1/);
    expect(entry.effect).toMatch(/the course's planning assumption, planning range 5,000–50,000/);
  });

  it.each<[string, Partial<Workload>, RegExp]>([
    ['tier 2 when reads pass one node', { peakReadsPerSecond: 10_000 }, /Scale tier 2/],
    ['tier 3 past the ceiling', { peakWritesPerSecond: 6_000 }, /Above the 10,000 writes\/s single-primary ceiling.*Scale tier 3/],
    ['names the write-heavy line', { peakWritesPerSecond: 30_000 }, /50,000 writes\/s write-heavy line/],
  ])('%s', (_name, patch, effect) => {
    expect(trace(patch).effect).toMatch(effect);
  });

  it('lists data, ingest, vectors and documents when known', () => {
    const entry = trace({ dataSizeGb: 10, vectorCount: 1_000, documentCount: 5, accessPatterns: ['full-text'] }, { monthlyGrowthRate: 0 });
    expect(entry.finding).toMatch(/data about 10 GB; 1,000 vectors; 5 searchable documents/);
    expect(trace({ dataModel: 'time-series' }).finding).toMatch(/estimated from writes/);
  });
});
