import { describe, expect, it } from 'vitest';
import { planAddOns } from './add-ons';
import { buildContext } from './context';
import { planPrimary } from './postgres-first';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './thresholds';
import type { AddOn, DatabaseId, Workload } from './types';

const NO_GROWTH: Assumptions = { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 };

function addOnsFor(workload: Workload, primaryId: DatabaseId, assumptions = NO_GROWTH): AddOn[] {
  const ctx = buildContext(workload, assumptions);
  return planAddOns(ctx, primaryId, planPrimary(ctx));
}

const base = (patch: Partial<Workload>): Workload => ({
  consistency: 'strong',
  peakWritesPerSecond: 100,
  peakReadsPerSecond: 1_000,
  dataModel: 'relational',
  ...patch,
});

describe('planAddOns', () => {
  it.each<[string, Workload, DatabaseId, DatabaseId[]]>([
    ['nothing at small scale, whatever the patterns (EventFlow MVP)', base({ accessPatterns: ['full-text', 'geospatial', 'aggregation'] }), 'postgresql', []],
    ['a cache once reads pass one node', base({ peakReadsPerSecond: 10_001 }), 'postgresql', ['valkey']],
    ['no cache for a write-heavy profile', base({ peakReadsPerSecond: 20_000, peakWritesPerSecond: 9_000 }), 'postgresql', []],
    ['search moves off a busy primary', base({ peakReadsPerSecond: 20_000, accessPatterns: ['full-text'] }), 'postgresql', ['valkey', 'elasticsearch']],
    ['search for a corpus past 100M documents', base({ documentCount: 2e8, accessPatterns: ['full-text'] }), 'postgresql', ['elasticsearch']],
    ['search beside a store without full-text', base({ consistency: 'eventual', accessPatterns: ['full-text'] }), 'dynamodb', ['elasticsearch']],
    ['analytics past 1 TB', base({ dataSizeGb: 1_001, accessPatterns: ['aggregation'] }), 'postgresql', ['clickhouse']],
    ['analytics beside a key-value store at any size', base({ consistency: 'eventual', accessPatterns: ['aggregation'] }), 'dynamodb', ['clickhouse']],
    ['pgvector beside PostgreSQL for small collections', base({ vectorCount: 1e6, accessPatterns: ['similarity'] }), 'postgresql', ['pgvector']],
    ['a vector store past 10M vectors (managed → Pinecone)', base({ vectorCount: 2e7, accessPatterns: ['similarity'] }), 'postgresql', ['pinecone']],
    ['a geo index beside a store without geo queries', base({ consistency: 'eventual', dataModel: 'key-value', accessPatterns: ['geospatial'] }), 'cassandra', ['valkey']],
    ['PostGIS, not a geo index, beside PostgreSQL', base({ accessPatterns: ['geospatial'], peakWritesPerSecond: 20_000 }), 'postgresql', []],
    ['metadata beside object storage when it is queried', base({ dataModel: 'blob', accessPatterns: ['range-scan'] }), 's3', ['postgresql']],
    ['no metadata store for key-only blob access', base({ dataModel: 'blob', accessPatterns: ['point-lookup'] }), 's3', []],
  ])('%s', (_name, workload, primaryId, expected) => {
    expect(addOnsFor(workload, primaryId).map((addOn) => addOn.id)).toEqual(expected);
  });

  it('merges a cache and a geo index onto one in-memory store', () => {
    const addOns = addOnsFor(
      base({ consistency: 'eventual', dataModel: 'key-value', peakReadsPerSecond: 50_000, accessPatterns: ['geospatial'] }),
      'dynamodb',
    );
    expect(addOns).toHaveLength(1);
    expect(addOns[0]).toMatchObject({ id: 'valkey', role: 'cache and live geo index' });
  });

  it('uses Redis when the cacheEngine assumption says so', () => {
    expect(addOnsFor(base({ peakReadsPerSecond: 20_000 }), 'postgresql', { ...NO_GROWTH, cacheEngine: 'redis' })[0]?.id).toBe('redis');
  });

  it('puts the synced index first when strong consistency keeps PostgreSQL primary', () => {
    const addOns = addOnsFor(base({ dataModel: 'vector', vectorCount: 5e7 }), 'pgvector');
    expect(addOns[0]).toMatchObject({ id: 'pinecone', role: 'vector index' });
  });
});
