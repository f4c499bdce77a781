import { describe, expect, it } from 'vitest';
import { expectRelativelyClose } from '../estimator/test-support';
import { ingestOverYearGb, projectTwelveMonths } from './projection';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

const BASE: Workload = { consistency: 'eventual', peakWritesPerSecond: 1_000, peakReadsPerSecond: 10_000, dataModel: 'relational' };
const GROWTH = 1.05 ** 12; // 1.795856…

describe('projectTwelveMonths', () => {
  it('grows rates by (1 + g)^12', () => {
    const p = projectTwelveMonths(BASE, DEFAULT_ASSUMPTIONS);
    expectRelativelyClose(p.growthFactor, GROWTH);
    expectRelativelyClose(p.writesPerSecond, 1_000 * GROWTH);
    expectRelativelyClose(p.readsPerSecond, 10_000 * GROWTH);
  });

  it('leaves absent quantities null', () => {
    expect(projectTwelveMonths(BASE, DEFAULT_ASSUMPTIONS)).toMatchObject({ dataGb: null, ingestGbPerDay: null, vectors: null, documents: null });
  });

  it.each<[string, Partial<Workload>, { dataGb: number; ingest: number | null }]>([
    // No ingest: data grows like the rates.
    ['data size only', { dataSizeGb: 100 }, { dataGb: 100 * GROWTH, ingest: null }],
    // With ingest: today's data plus a year of growing ingest; at g = 0 that would be 365 × daily.
    ['data and ingest', { dataSizeGb: 100, ingestGbPerDay: 1 }, { dataGb: 100 + ingestOverYearGb(1, 0.05), ingest: GROWTH }],
  ])('%s', (_name, patch, expected) => {
    const p = projectTwelveMonths({ ...BASE, ...patch }, DEFAULT_ASSUMPTIONS);
    expectRelativelyClose(p.dataGb ?? Number.NaN, expected.dataGb);
    if (expected.ingest === null) expect(p.ingestGbPerDay).toBeNull();
    else expectRelativelyClose(p.ingestGbPerDay ?? Number.NaN, expected.ingest);
  });

  it('sums a year of ingest: 365 × daily at zero growth, Σ 1.05^m × 365/12 at 5 %', () => {
    expectRelativelyClose(ingestOverYearGb(2, 0), 730);
    // Σ_{m=0}^{11} 1.05^m = (1.05^12 − 1) / 0.05 = 15.917127…
    expectRelativelyClose(ingestOverYearGb(1, 0.05), ((GROWTH - 1) / 0.05) * (365 / 12));
  });

  it('estimates time-series ingest from writes at the assumed point size', () => {
    const p = projectTwelveMonths({ ...BASE, dataModel: 'time-series' }, { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 });
    // 1,000 points/s × 86,400 s × 100 B = 8.64 GB/day
    expectRelativelyClose(p.ingestGbPerDay ?? Number.NaN, 8.64);
    expect(p.ingestEstimated).toBe(true);
  });

  it('estimates documents from data size only for searchable workloads', () => {
    const zero = { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 };
    // 10 GB ÷ 5,000 B = 2,000,000 documents
    const searchable = projectTwelveMonths({ ...BASE, dataSizeGb: 10, accessPatterns: ['full-text'] }, zero);
    expectRelativelyClose(searchable.documents ?? Number.NaN, 2_000_000);
    expect(searchable.documentsEstimated).toBe(true);
    expect(projectTwelveMonths({ ...BASE, dataSizeGb: 10 }, zero).documents).toBeNull();
    expect(projectTwelveMonths({ ...BASE, documentCount: 7, accessPatterns: ['full-text'] }, zero)).toMatchObject({ documents: 7, documentsEstimated: false });
  });

  it('stays finite at the largest accepted inputs and growth', () => {
    const p = projectTwelveMonths(
      { ...BASE, peakWritesPerSecond: 1e15, dataSizeGb: 1e15, ingestGbPerDay: 1e15, vectorCount: 1e15, accessPatterns: ['full-text'] },
      { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 1, bytesPerSearchDocument: 1 },
    );
    for (const value of [p.writesPerSecond, p.dataGb, p.ingestGbPerDay, p.vectors, p.documents]) expect(Number.isFinite(value)).toBe(true);
  });
});
