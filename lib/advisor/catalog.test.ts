import { describe, expect, it } from 'vitest';
import { SINGLE_PRIMARY_WRITE_CEILING_RANGE } from '../estimator/write-ceiling';
import { CATALOG, CATALOG_ENTRIES, isDatabaseId } from './catalog';
import { DATABASE_IDS, DATA_MODELS, type DatabaseId } from './types';

const REQUIRED: DatabaseId[] = [
  'postgresql', 'mysql', 'mongodb', 'dynamodb', 'cassandra', 'scylladb', 'redis', 'valkey', 'clickhouse', 'timescaledb',
  'influxdb', 'elasticsearch', 'neo4j', 'pgvector', 'qdrant', 'pinecone', 'cockroachdb', 'spanner', 's3',
];

describe('catalog', () => {
  it('covers every id the contract requires', () => {
    for (const id of REQUIRED) expect(CATALOG[id]?.id).toBe(id);
  });

  it.each(CATALOG_ENTRIES.map((entry) => [entry.id, entry] as const))('%s is complete and sourced', (id, entry) => {
    expect(entry.id).toBe(id);
    expect(entry.name.length).toBeGreaterThan(0);
    expect(entry.models.length).toBeGreaterThan(0);
    for (const model of entry.models) expect(DATA_MODELS).toContain(model);
    expect(entry.managedOfferings.length).toBeGreaterThan(0);
    expect(entry.licence.length).toBeGreaterThan(0);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(source).toMatch(/^Seed 00\d "/);
    if (entry.singleNodeWrites !== null) {
      expect(entry.singleNodeWrites.low).toBeGreaterThan(0);
      if (entry.singleNodeWrites.high !== null) expect(entry.singleNodeWrites.high).toBeGreaterThanOrEqual(entry.singleNodeWrites.low);
      expect(entry.singleNodeWrites.note.length).toBeGreaterThan(0);
    }
  });

  it('lists entries in DATABASE_IDS order', () => {
    expect(CATALOG_ENTRIES.map((entry) => entry.id)).toEqual([...DATABASE_IDS]);
  });

  it('quotes the same single-primary range as lib/estimator for relational engines', () => {
    for (const id of ['postgresql', 'mysql', 'pgvector'] as const) {
      expect(CATALOG[id].singleNodeWrites).toMatchObject(SINGLE_PRIMARY_WRITE_CEILING_RANGE);
    }
  });

  it.each<[DatabaseId, { low: number; high: number | null }]>([
    // seed 001 Quick Reference Card rows
    ['mongodb', { low: 20_000, high: 50_000 }],
    ['cassandra', { low: 50_000, high: 500_000 }],
    ['neo4j', { low: 5_000, high: 20_000 }],
    ['clickhouse', { low: 1_000_000, high: 4_000_000 }],
    ['elasticsearch', { low: 10_000, high: 50_000 }],
    ['cockroachdb', { low: 10_000, high: 50_000 }],
    ['redis', { low: 100_000, high: null }],
  ])('%s write range matches the seeds', (id, range) => {
    expect(CATALOG[id].singleNodeWrites).toMatchObject(range);
  });

  it('counts PostgreSQL extension builds as one technology', () => {
    expect(CATALOG.pgvector.technology).toBe('postgresql');
    expect(CATALOG.timescaledb.technology).toBe('postgresql');
    expect(CATALOG.postgresql.technology).toBe('postgresql');
  });

  it('records the 2024–25 licence changes correctly (seed 001 misstates Redis)', () => {
    expect(CATALOG.redis.licence).toMatch(/RSALv2/);
    expect(CATALOG.redis.licence).toMatch(/SSPLv1/);
    expect(CATALOG.redis.licence).toMatch(/AGPLv3.*Redis 8/);
    expect(CATALOG.redis.licence).not.toMatch(/BSL/);
    expect(CATALOG.valkey.licence).toMatch(/BSD/);
    expect(CATALOG.valkey.managedOfferings.join(' ')).toMatch(/ElastiCache/);
  });

  it.each<[DatabaseId, boolean]>([
    ['dynamodb', false],
    ['pinecone', false],
    ['spanner', false],
    ['s3', false],
    ['postgresql', true],
    ['cassandra', true],
  ])('%s self-hostable: %s', (id, selfHostable) => {
    expect(CATALOG[id].selfHostable).toBe(selfHostable);
  });

  it('isDatabaseId accepts catalog ids only', () => {
    expect(isDatabaseId('postgresql')).toBe(true);
    expect(isDatabaseId('oracle')).toBe(false);
    expect(isDatabaseId(3)).toBe(false);
  });
});
