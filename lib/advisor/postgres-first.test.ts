import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import type { StoreFamily } from './families';
import { planPrimary, postgresFirstTrace, type PrimaryPlan } from './postgres-first';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

// Growth 0 so that the figures below are the projected ones.
const NO_GROWTH = { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 };
const plan = (workload: Workload): PrimaryPlan => planPrimary(buildContext(workload, NO_GROWTH));

const w = (patch: Partial<Workload>): Workload => ({
  consistency: 'eventual',
  peakWritesPerSecond: 100,
  peakReadsPerSecond: 100,
  dataModel: 'relational',
  ...patch,
});

type Expected = { enough: boolean; family?: StoreFamily | null; synced?: StoreFamily | null; sharded?: boolean; flavour?: PrimaryPlan['flavour'] };

describe('planPrimary: "can PostgreSQL plus an extension do it for 12 months?"', () => {
  it.each<[string, Workload, Expected]>([
    ['relational under the ceiling', w({}), { enough: true, family: null, sharded: false }],
    ['relational exactly at the ceiling (not over)', w({ peakWritesPerSecond: 10_000 }), { enough: true, sharded: false }],
    ['ACID over the ceiling, under write-heavy → shard', w({ consistency: 'strong', peakWritesPerSecond: 20_000 }), { enough: true, sharded: true }],
    ['joins over the ceiling → shard', w({ peakWritesPerSecond: 20_000, accessPatterns: ['joins'] }), { enough: true, sharded: true }],
    ['ACID past write-heavy → distributed SQL', w({ consistency: 'strong', peakWritesPerSecond: 60_000 }), { enough: false, family: 'distributed-sql' }],
    ['no ACID, no joins, over the ceiling → LSM', w({ peakWritesPerSecond: 20_000 }), { enough: false, family: 'wide-column' }],
    ['document over the ceiling, no ACID → document store', w({ dataModel: 'document', peakWritesPerSecond: 20_000 }), { enough: false, family: 'document-store' }],
    ['ACID in several regions → distributed SQL', w({ consistency: 'strong', multiRegion: true }), { enough: false, family: 'distributed-sql' }],
    ['eventual in several regions stays on PostgreSQL', w({ multiRegion: true }), { enough: true, family: null }],
    ['sessions beyond one node → in-memory', w({ dataModel: 'key-value', accessPatterns: ['ttl'], peakReadsPerSecond: 20_000 }), { enough: false, family: 'in-memory' }],
    ['sessions that fit one node stay', w({ dataModel: 'key-value', accessPatterns: ['ttl'] }), { enough: true }],
    ['expiring data that is also kept (ingest) is not ephemeral', w({ dataModel: 'key-value', accessPatterns: ['ttl'], ingestGbPerDay: 5, peakReadsPerSecond: 20_000 }), { enough: true }],
    ['time-series under 50 GB/day → TimescaleDB', w({ dataModel: 'time-series', ingestGbPerDay: 50 }), { enough: true, flavour: 'timescaledb' }],
    ['time-series metrics over 50 GB/day → time-series engine', w({ dataModel: 'time-series', ingestGbPerDay: 51 }), { enough: false, family: 'metrics' }],
    ['time-series analytics over 50 GB/day → columnar', w({ dataModel: 'time-series', ingestGbPerDay: 51, accessPatterns: ['aggregation'] }), { enough: false, family: 'columnar' }],
    ['strong time-series over 50 GB/day → TimescaleDB + synced copy', w({ consistency: 'strong', dataModel: 'time-series', ingestGbPerDay: 51 }), { enough: false, family: null, synced: 'metrics', flavour: 'timescaledb' }],
    ['10M vectors → pgvector', w({ dataModel: 'vector', vectorCount: 10_000_000 }), { enough: true, flavour: 'pgvector' }],
    ['vectors unknown → pgvector', w({ dataModel: 'vector' }), { enough: true, flavour: 'pgvector' }],
    ['10M + 1 vectors → vector store', w({ dataModel: 'vector', vectorCount: 10_000_001 }), { enough: false, family: 'vector-store' }],
    ['strong + 50M vectors → pgvector + synced index', w({ consistency: 'strong', dataModel: 'vector', vectorCount: 5e7 }), { enough: false, synced: 'vector-store', flavour: 'pgvector' }],
    ['100M documents → PostgreSQL full-text', w({ dataModel: 'search', documentCount: 1e8 }), { enough: true }],
    ['over 100M documents → search engine', w({ dataModel: 'search', documentCount: 1e8 + 1 }), { enough: false, family: 'search-engine' }],
    ['documents estimated from 600 GB at 5 KB → 120M → search engine', w({ dataModel: 'search', dataSizeGb: 600 }), { enough: false, family: 'search-engine' }],
    ['graph traversal → graph database', w({ dataModel: 'graph', accessPatterns: ['traversal'] }), { enough: false, family: 'graph' }],
    ['graph by id only → PostgreSQL', w({ dataModel: 'graph', accessPatterns: ['point-lookup'] }), { enough: true }],
    ['blobs → object storage', w({ dataModel: 'blob' }), { enough: false, family: 'object-store' }],
  ])('%s', (_name, workload, expected) => {
    const result = plan(workload);
    expect(result.postgresEnough).toBe(expected.enough);
    if (expected.family !== undefined) expect(result.family).toBe(expected.family);
    if (expected.synced !== undefined) expect(result.syncedIndex).toBe(expected.synced);
    if (expected.sharded !== undefined) expect(result.sharded).toBe(expected.sharded);
    if (expected.flavour !== undefined) expect(result.flavour).toBe(expected.flavour);
    expect(result.reason.length).toBeGreaterThan(40);
  });

  it('trace entry answers the question and names the family', () => {
    const entry = postgresFirstTrace(plan(w({ peakWritesPerSecond: 20_000 })));
    expect(entry.factor).toBe('PostgreSQL first');
    expect(entry.finding).toMatch(/\? No\./);
    expect(entry.effect).toContain('Amazon DynamoDB');
  });
});
