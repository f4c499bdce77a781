import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { decide } from './decide';
import { FACTORS } from './factors';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

const base = (patch: Partial<Workload>): Workload => ({ consistency: 'strong', peakWritesPerSecond: 10, peakReadsPerSecond: 10, dataModel: 'relational', ...patch });

describe('decide', () => {
  it('emits one trace entry per factor, in order', () => {
    expect(decide(base({}), DEFAULT_ASSUMPTIONS).trace.map((entry) => entry.factor)).toEqual([...FACTORS]);
  });

  it.each<[string, Partial<Workload>, RegExp]>([
    ['ACID', {}, /^Gives ACID transactions/],
    ['ACID on money', { handlesMoney: true }, /strong consistency on money requires/],
    ['tunable store, read-your-writes', { consistency: 'read-your-writes', dataModel: 'wide-column', peakWritesPerSecond: 20_000 }, /tunable consistency covers read-your-writes/],
    ['in-memory store, eventual', { consistency: 'eventual', dataModel: 'key-value', accessPatterns: ['ttl'], peakReadsPerSecond: 50_000 }, /acceptable here/],
  ])('opens the why with the consistency reason: %s', (_name, patch, pattern) => {
    expect(decide(base(patch), DEFAULT_ASSUMPTIONS).primaryWhy[0]).toMatch(pattern);
  });

  it('keeps PostgreSQL primary and says why when strong consistency rules out the specialised store', () => {
    const decision = decide(base({ dataModel: 'search', documentCount: 5e8 }), DEFAULT_ASSUMPTIONS);
    expect(decision.primaryId).toBe('postgresql');
    expect(CATALOG[decision.primaryId].consistency).toBe('strong');
    expect(decision.primaryWhy[1]).toMatch(/rules out a search engine as the system of record/);
    expect(decision.addOns[0]?.id).toBe('elasticsearch');
  });
});
