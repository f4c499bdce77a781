import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { buildContext } from './context';
import { FAMILY_LABELS, FAMILY_MEMBERS, familiesOf, pickFromFamily, type StoreFamily } from './families';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { DatabaseId, Workload } from './types';

const ctx = (patch: Partial<Workload>, assumptions = DEFAULT_ASSUMPTIONS) =>
  buildContext({ consistency: 'eventual', peakWritesPerSecond: 20_000, peakReadsPerSecond: 100, dataModel: 'wide-column', ...patch }, assumptions);

describe('pickFromFamily', () => {
  it.each<[string, Partial<Workload>, StoreFamily, DatabaseId]>([
    ['managed wide-column → DynamoDB', { teamSize: 3 }, 'wide-column', 'dynamodb'],
    ['self-hosted wide-column → Cassandra', { teamSize: 10, opsExpertise: 'deep' }, 'wide-column', 'cassandra'],
    ['self-hosted, write-heavy → ScyllaDB', { teamSize: 10, opsExpertise: 'deep', peakWritesPerSecond: 60_000 }, 'wide-column', 'scylladb'],
    ['managed vectors → Pinecone', {}, 'vector-store', 'pinecone'],
    ['self-hosted vectors → Qdrant', { opsExpertise: 'deep' }, 'vector-store', 'qdrant'],
    ['in-memory → Valkey by default', {}, 'in-memory', 'valkey'],
    ['search → Elasticsearch', {}, 'search-engine', 'elasticsearch'],
    ['distributed SQL → CockroachDB', {}, 'distributed-sql', 'cockroachdb'],
  ])('%s', (_name, patch, family, id) => {
    expect(pickFromFamily(ctx(patch), family)).toBe(id);
  });

  it('honours the cacheEngine assumption', () => {
    expect(pickFromFamily(ctx({}, { ...DEFAULT_ASSUMPTIONS, cacheEngine: 'redis' }), 'in-memory')).toBe('redis');
  });
});

describe('families', () => {
  it('have labels and catalog members', () => {
    for (const family of Object.keys(FAMILY_MEMBERS) as StoreFamily[]) {
      expect(FAMILY_LABELS[family].length).toBeGreaterThan(0);
      for (const id of FAMILY_MEMBERS[family]) expect(CATALOG[id].id).toBe(id);
    }
  });

  it('finds the families of an id', () => {
    expect(familiesOf('clickhouse').sort()).toEqual(['columnar', 'metrics']);
    expect(familiesOf('postgresql')).toEqual([]);
  });
});
