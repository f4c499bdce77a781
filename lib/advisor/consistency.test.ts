import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_ENTRIES } from './catalog';
import { consistencyTrace, eligibleNames, meetsConsistency, missingGuarantees, requiredGuarantees, shortfall } from './consistency';
import { buildContext } from './context';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import { CONSISTENCY_LEVELS, type Consistency, type DatabaseId, type Workload } from './types';

const ctx = (consistency: Consistency, patch: Partial<Workload> = {}) =>
  buildContext({ consistency, peakWritesPerSecond: 1, peakReadsPerSecond: 1, dataModel: 'relational', ...patch }, DEFAULT_ASSUMPTIONS);

const admitted = (context: ReturnType<typeof ctx>): DatabaseId[] =>
  CATALOG_ENTRIES.filter((entry) => meetsConsistency(context, entry)).map((entry) => entry.id);

describe('requiredGuarantees', () => {
  it('asks for fresh reads and conditional writes under strong consistency, and transactions too on money', () => {
    expect(requiredGuarantees(ctx('strong'))).toEqual(['strong-reads', 'conditional-writes']);
    expect(requiredGuarantees(ctx('strong', { handlesMoney: true }))).toEqual(['strong-reads', 'conditional-writes', 'transactions']);
    expect(requiredGuarantees(ctx('eventual', { handlesMoney: true }))).toEqual([]);
  });
});

describe('meetsConsistency', () => {
  it('admits, under strong consistency, exactly the stores with fresh reads (default or on request) and conditional writes', () => {
    const ids = admitted(ctx('strong'));
    for (const entry of CATALOG_ENTRIES) {
      const expected = entry.guarantees.strongReads !== 'none' && entry.guarantees.conditionalWrites;
      expect(ids.includes(entry.id), entry.id).toBe(expected);
    }
    // Strong reads on request count: DynamoDB's ConsistentRead, MongoDB's linearizable read concern, Cassandra's SERIAL.
    expect(ids).toEqual(expect.arrayContaining(['postgresql', 'mysql', 'cockroachdb', 'spanner', 'mongodb', 'dynamodb', 'cassandra', 's3']));
    for (const id of ['redis', 'valkey', 'elasticsearch', 'opensearch', 'pinecone'] as const) expect(ids).not.toContain(id);
  });

  it('admits, for money under strong consistency, the stores with ACID transactions and excludes the ones without', () => {
    const money = ctx('strong', { handlesMoney: true });
    const ids = admitted(money);
    // ACID transactions, not a relational model, are what money needs: MongoDB 4.0+ and DynamoDB qualify.
    expect(ids).toEqual(expect.arrayContaining(['postgresql', 'mysql', 'cockroachdb', 'spanner', 'mongodb', 'dynamodb']));
    // Cassandra's logged batch is atomic but not isolated; S3 writes one object at a time; Redis has no rollback.
    for (const id of ['cassandra', 'scylladb', 's3', 'redis', 'valkey', 'clickhouse', 'elasticsearch'] as const) {
      expect(ids, id).not.toContain(id);
    }
    for (const id of ids) expect(CATALOG[id].guarantees.multiItemWrites, id).toBe('transactions');
    expect(missingGuarantees(money, CATALOG.cassandra)).toEqual(['transactions']);
    expect(missingGuarantees(money, CATALOG.redis)).toEqual(['strong-reads', 'transactions']);
  });

  it.each(CONSISTENCY_LEVELS.filter((level) => level !== 'strong'))('admits every store under %s, money or not', (level) => {
    expect(CATALOG_ENTRIES.every((entry) => meetsConsistency(ctx(level), entry))).toBe(true);
    expect(CATALOG_ENTRIES.every((entry) => meetsConsistency(ctx(level, { handlesMoney: true }), entry))).toBe(true);
  });
});

describe('shortfall', () => {
  it('names the first missing guarantee in the store’s own terms', () => {
    expect(shortfall(ctx('strong'), CATALOG.postgresql)).toBeNull();
    expect(shortfall(ctx('strong'), CATALOG.elasticsearch)).toMatch(/^Searches see a write only after the next refresh.*Strong consistency needs reads that see the latest write$/);
    expect(shortfall(ctx('strong', { handlesMoney: true }), CATALOG.cassandra)).toMatch(/^A logged batch .* Money needs isolated, all-or-nothing writes/);
    expect(shortfall(ctx('strong', { handlesMoney: true }), CATALOG.mongodb)).toBeNull();
  });
});

describe('eligibleNames', () => {
  it('names PostgreSQL once for its extension builds', () => {
    const names = eligibleNames(ctx('strong', { handlesMoney: true }));
    expect(names.filter((name) => name.startsWith('PostgreSQL'))).toEqual(['PostgreSQL (with extensions)']);
    expect(names).toEqual(expect.arrayContaining(['MongoDB', 'Amazon DynamoDB']));
  });
});

describe('consistencyTrace', () => {
  it.each<[Consistency, Partial<Workload>, RegExp, RegExp]>([
    ['strong', {}, /^Strong/, /Only stores that offer reads of the latest write and conditional writes can hold the system of record/],
    ['strong', { multiRegion: true }, /^Strong/, /distributed SQL/],
    ['strong', { handlesMoney: true }, /carries money/, /Money needs atomic, isolated writes across several items.*idempotency key/],
    ['read-your-writes', {}, /^Read-your-writes/, /session routing/],
    ['causal', {}, /^Causal/, /in order/],
    ['eventual', {}, /^Eventual/, /Every store stays eligible/],
    ['eventual', { handlesMoney: true }, /carries money/, /warnings/],
  ])('%s %j', (level, patch, finding, effect) => {
    const entry = consistencyTrace(ctx(level, patch));
    expect(entry.factor).toBe('Consistency');
    expect(entry.finding).toMatch(finding);
    expect(entry.effect).toMatch(effect);
  });

  it('lists MongoDB and DynamoDB among the stores money can live in, and not Cassandra', () => {
    const effect = consistencyTrace(ctx('strong', { handlesMoney: true })).effect;
    expect(effect).toMatch(/MongoDB/);
    expect(effect).toMatch(/DynamoDB/);
    expect(effect).not.toMatch(/Cassandra/);
  });

  it('names PostgreSQL once, not once per extension build', () => {
    expect(consistencyTrace(ctx('strong')).effect.match(/PostgreSQL/g)).toHaveLength(1);
  });
});
