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
    ['strong', {}, /^Meets what strong consistency needs\. Reads: .*Conditional writes: UPDATE … WHERE/],
    ['strong on money', { handlesMoney: true }, /^Meets what strong consistency on money needs\. Transactions: Multi-row.*Isolation: .*SERIALIZABLE.*idempotency key/],
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

  it('puts money on a document store with transactions when writes pass one primary, and says strong reads must be asked for', () => {
    const decision = decide(
      base({ dataModel: 'document', handlesMoney: true, peakWritesPerSecond: 30_000, teamSize: 10, opsExpertise: 'deep' }),
      { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 },
    );
    expect(decision.primaryId).toBe('mongodb');
    expect(CATALOG.mongodb.guarantees.multiItemWrites).toBe('transactions');
    expect(decision.primaryWhy[0]).toMatch(/^Meets what strong consistency on money needs\. Transactions: Multi-document/);
    expect(decision.primaryWhy[0]).toMatch(/Strong reads are not the default here/);
    expect(decision.primaryWhy[1]).toMatch(/multi-item transactions, conditional writes and strongly consistent reads money needs/);
  });

  it('keeps money on PostgreSQL and the files in object storage', () => {
    const decision = decide(base({ dataModel: 'blob', handlesMoney: true }), DEFAULT_ASSUMPTIONS);
    expect(decision.primaryId).toBe('postgresql');
    expect(decision.primaryWhy[1]).toMatch(/rules out object storage as the system of record \(it has no multi-object transactions\)/);
    expect(decision.addOns.map((addOn) => addOn.id)).toEqual(['s3']);
    expect(decision.addOns[0]?.role).toBe('object storage');
    expect(decision.addOns[0]?.why).not.toMatch(/change data capture/);
    // Without money, S3's per-object strong consistency is enough for it to be the primary.
    expect(decide(base({ dataModel: 'blob' }), DEFAULT_ASSUMPTIONS).primaryId).toBe('s3');
  });
});
