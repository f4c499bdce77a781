import { describe, expect, it } from 'vitest';
import { SINGLE_PRIMARY_WRITE_CEILING_RANGE } from '../estimator/write-ceiling';
import { CATALOG, CATALOG_ENTRIES, isDatabaseId, type MultiItemWrites } from './catalog';
import { citationListProblems, citationProblems } from './citation-problems';
import {
  CLICKHOUSE_INSERTS,
  DYNAMODB_PARTITION_LIMITS,
  NETFLIX_CASSANDRA_BENCHMARK,
  REDIS_AGPL,
  REDIS_DUAL_LICENSE,
  S3_PERFORMANCE,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  SPANNER_PERFORMANCE,
  VALKEY_LAUNCH,
  isAssumption,
  isSource,
  sourcesOf,
} from './sources';
import { DATABASE_IDS, DATA_MODELS, type DatabaseId } from './types';

const REQUIRED: DatabaseId[] = [
  'postgresql', 'mysql', 'mongodb', 'dynamodb', 'cassandra', 'scylladb', 'redis', 'valkey', 'clickhouse', 'timescaledb',
  'influxdb', 'elasticsearch', 'neo4j', 'pgvector', 'qdrant', 'pinecone', 'cockroachdb', 'spanner', 's3',
];

const urlsOf = (id: DatabaseId) => sourcesOf(CATALOG[id].sources).map((ref) => ref.url);

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
    // Every source is a public page with an https url and the day it was read; every assumption explains itself.
    expect(citationListProblems(entry.sources, id)).toEqual([]);
    // At least one public page: an entry may not rest on the course's assumptions alone.
    expect(entry.sources.some(isSource)).toBe(true);
    if (entry.singleNodeWrites !== null) {
      const writes = entry.singleNodeWrites;
      expect(writes.low).toBeGreaterThan(0);
      if (writes.high !== null) expect(writes.high).toBeGreaterThanOrEqual(writes.low);
      expect(writes.note.length).toBeGreaterThan(0);
      expect(citationProblems(writes.basis, `${id} writes`)).toEqual([]);
      // The figure's basis is listed among the entry's own sources, so a reader finds it there.
      expect(entry.sources).toContain(writes.basis);
    }
  });

  it.each(CATALOG_ENTRIES.filter((entry) => entry.singleNodeWrites !== null && isAssumption(entry.singleNodeWrites.basis)).map((entry) => [entry.id, entry] as const))(
    '%s write range is the range its planning assumption states',
    (_id, entry) => {
      const writes = entry.singleNodeWrites!;
      const basis = writes.basis;
      if (!isAssumption(basis) || basis.range === undefined) throw new Error('an assumed write range must state its range');
      expect(writes.low).toBe(basis.range.low);
      if (writes.high !== null) expect(writes.high).toBe(basis.range.high);
      else expect(basis.range.high).toBeGreaterThan(writes.low);
    },
  );

  it('lists entries in DATABASE_IDS order', () => {
    expect(CATALOG_ENTRIES.map((entry) => entry.id)).toEqual([...DATABASE_IDS]);
  });

  it('quotes the same single-primary planning range as lib/estimator for relational engines, labelled as an assumption', () => {
    for (const id of ['postgresql', 'mysql', 'pgvector'] as const) {
      expect(CATALOG[id].singleNodeWrites).toMatchObject({ low: SINGLE_PRIMARY_WRITE_CEILING_RANGE.low, high: SINGLE_PRIMARY_WRITE_CEILING_RANGE.high });
      expect(CATALOG[id].singleNodeWrites?.basis).toBe(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION);
    }
    expect(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION.range).toMatchObject({ low: 5_000, high: 50_000 });
  });

  it.each<[DatabaseId, { low: number; high: number | null }, RegExp]>([
    ['dynamodb', { low: 1_000, high: 1_000 }, /1,000 write units/],
    ['spanner', { low: 3_500, high: 22_500 }, /3,500 writes\/s \(22,500 with throughput-optimised writes\)/],
    ['s3', { low: 3_500, high: null }, /3,500 PUT/],
    ['clickhouse', { low: 1_000_000, high: null }, /millions of rows per second/],
  ])('%s write range matches its cited documentation', (id, range, figure) => {
    const writes = CATALOG[id].singleNodeWrites;
    expect(writes).toMatchObject(range);
    if (writes === null || !isSource(writes.basis)) throw new Error(`${id}: expected a documented figure`);
    expect(writes.basis.note).toMatch(figure);
  });

  it('uses the documented limits, not round numbers, for DynamoDB, Spanner, S3 and ClickHouse', () => {
    expect(CATALOG.dynamodb.singleNodeWrites?.basis).toBe(DYNAMODB_PARTITION_LIMITS);
    expect(DYNAMODB_PARTITION_LIMITS.note).toMatch(/1,000 write units and 3,000 read units per second/);
    expect(CATALOG.spanner.singleNodeWrites?.basis).toBe(SPANNER_PERFORMANCE);
    expect(CATALOG.s3.singleNodeWrites?.basis).toBe(S3_PERFORMANCE);
    expect(CATALOG.clickhouse.singleNodeWrites?.basis).toBe(CLICKHOUSE_INSERTS);
  });

  it('cassandra and scylladb write range contains its cited benchmark’s per-node rate', () => {
    // Netflix 2011: about 3.3 million replica writes/s on 288 instances.
    const perNode = 3_300_000 / 288;
    expect(NETFLIX_CASSANDRA_BENCHMARK.note).toMatch(/3\.3 million counting replicas: about 11,500 per node/);
    expect(Math.round(perNode / 500) * 500).toBe(11_500);
    for (const id of ['cassandra', 'scylladb'] as const) {
      const writes = CATALOG[id].singleNodeWrites!;
      expect(writes.low).toBeLessThanOrEqual(perNode);
      expect(writes.high).toBeGreaterThanOrEqual(perNode);
      expect(writes.note).toMatch(/per node/);
      const basis = writes.basis;
      expect(isAssumption(basis) && basis.basis?.includes(NETFLIX_CASSANDRA_BENCHMARK)).toBe(true);
    }
  });

  it('cockroachdb write range contains Spanner’s documented per-node write rate', () => {
    const writes = CATALOG.cockroachdb.singleNodeWrites!;
    expect(writes).toMatchObject({ low: 2_000, high: 20_000 });
    expect(writes.low).toBeLessThanOrEqual(CATALOG.spanner.singleNodeWrites!.low);
    expect(writes.high).toBeGreaterThanOrEqual(CATALOG.spanner.singleNodeWrites!.low);
  });

  it.each<[DatabaseId, { low: number; high: number | null }]>([
    ['mongodb', { low: 5_000, high: 50_000 }],
    ['neo4j', { low: 1_000, high: 50_000 }],
    ['elasticsearch', { low: 1_000, high: 50_000 }],
    ['redis', { low: 100_000, high: null }],
  ])('%s write range is labelled as the course’s planning assumption', (id, range) => {
    const writes = CATALOG[id].singleNodeWrites!;
    expect(writes).toMatchObject(range);
    expect(isAssumption(writes.basis)).toBe(true);
  });

  it('keeps ACID transactions, isolation and strong reads apart', () => {
    const writes = (id: DatabaseId): MultiItemWrites => CATALOG[id].guarantees.multiItemWrites;
    // MongoDB 4.0+ and DynamoDB have multi-item ACID transactions without being strongly consistent by default.
    for (const id of ['mongodb', 'dynamodb'] as const) {
      expect(writes(id)).toBe('transactions');
      expect(CATALOG[id].consistency).not.toBe('strong');
      expect(CATALOG[id].guarantees.strongReads).toBe('on-request');
    }
    expect(urlsOf('mongodb')).toContain('https://www.mongodb.com/docs/manual/core/transactions/');
    expect(urlsOf('dynamodb')).toContain('https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html');
    // Cassandra's logged batch is atomic but not isolated; Redis MULTI/EXEC has no rollback.
    expect(writes('cassandra')).toBe('atomic-batch');
    expect(writes('redis')).toBe('atomic-batch');
    // S3 is strongly consistent per object but has no multi-object transactions.
    expect(CATALOG.s3.consistency).toBe('strong');
    expect(writes('s3')).toBe('single-item');
    for (const id of ['postgresql', 'mysql', 'cockroachdb', 'spanner'] as const) expect(writes(id)).toBe('transactions');
    expect(CATALOG.spanner.guarantees.isolation).toBe('strict-serializable');
  });

  it('cites the DynamoDB paper at its USENIX page and says its storage nodes keep B-trees, not an LSM tree', () => {
    const paper = CATALOG.dynamodb.sources.find((citation) => isSource(citation) && citation.url.startsWith('https://www.usenix.org/'));
    expect(paper).toMatchObject({ url: 'https://www.usenix.org/conference/atc22/presentation/vig', publisher: 'Elhemali et al., USENIX ATC 2022' });
    expect(paper && isSource(paper) ? paper.note : '').toMatch(/B-tree and a replicated write-ahead log/);
  });

  it('a strongly consistent entry serves strong reads by default; an eventual one never does', () => {
    for (const entry of CATALOG_ENTRIES) {
      if (entry.consistency === 'strong') expect(entry.guarantees.strongReads, entry.id).toBe('default');
      if (entry.consistency === 'tunable') expect(entry.guarantees.strongReads, entry.id).toBe('on-request');
    }
  });

  it('counts PostgreSQL extension builds as one technology', () => {
    expect(CATALOG.pgvector.technology).toBe('postgresql');
    expect(CATALOG.timescaledb.technology).toBe('postgresql');
    expect(CATALOG.postgresql.technology).toBe('postgresql');
  });

  it('records the 2024–25 licence changes as the vendors announced them', () => {
    expect(CATALOG.redis.licence).toMatch(/RSALv2/);
    expect(CATALOG.redis.licence).toMatch(/SSPLv1/);
    expect(CATALOG.redis.licence).toMatch(/AGPLv3.*Redis 8/);
    expect(CATALOG.redis.licence).not.toMatch(/BSL/);
    expect(CATALOG.redis.sources).toEqual(expect.arrayContaining([REDIS_DUAL_LICENSE, REDIS_AGPL]));
    expect(CATALOG.valkey.licence).toMatch(/BSD/);
    expect(CATALOG.valkey.sources).toContain(VALKEY_LAUNCH);
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
