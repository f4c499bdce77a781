import { SINGLE_PRIMARY_WRITE_CEILING_RANGE } from '../estimator/write-ceiling';
import { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from './sources';
import { DATABASE_IDS, type DataModel, type DatabaseId } from './types';

/** Broad family a database belongs to (seed 001's Quick Reference Card categories, plus object storage). */
export type DatabaseCategory =
  | 'relational'
  | 'document'
  | 'key-value'
  | 'wide-column'
  | 'time-series'
  | 'analytics'
  | 'search'
  | 'graph'
  | 'vector'
  | 'distributed-sql'
  | 'object-store';

/** 'strong': every read sees the latest committed write; 'tunable': eventual by default, stronger on request. */
export type ConsistencyModel = 'strong' | 'tunable' | 'eventual';

/** Seed 001's Quick Reference Card scale for running the store yourself. */
export type OperationalComplexity = 'low' | 'low-medium' | 'medium' | 'medium-high' | 'high';

/** Sustained writes/s one node is quoted at; `high: null` when the seed gives only a floor ("100K+"). */
export interface WriteRange {
  /** Conservative end, writes/s. */
  low: number;
  /** Optimistic end, writes/s, or `null` when open-ended. */
  high: number | null;
  /** What the range measures and where it is from. */
  note: string;
}

/** One database, as data. */
export interface CatalogEntry {
  /** Stable id. */
  id: DatabaseId;
  /** Display name. */
  name: string;
  /** Broad family. */
  category: DatabaseCategory;
  /** The engine the team has to operate; PostgreSQL extensions share `'postgresql'` (one technology, not two). */
  technology: string;
  /** Data models it serves well without contortions. */
  models: readonly DataModel[];
  /** Default consistency of reads. */
  consistency: ConsistencyModel;
  /** What the consistency label means for this store. */
  consistencyNote: string;
  /** Largest unit a transaction can cover. */
  transactions: 'multi-row' | 'single-item' | 'none';
  /** Per-node write throughput, or `null` when the seeds give none. */
  singleNodeWrites: WriteRange | null;
  /** What queries it answers well. */
  queryFlexibility: string;
  /** Effort to run it yourself. */
  operationalComplexity: OperationalComplexity;
  /** Built to spread data over many nodes: overkill for a workload one node handles (seed 001 "Tier 1"). */
  scaleOut: boolean;
  /** Keeps its data set in memory: fast, but a restart without persistence loses it. */
  inMemory: boolean;
  /** Hosted offerings where a provider runs it (for managed-only stores, the provider). */
  managedOfferings: readonly string[];
  /** Whether a team can run it on its own machines at all. */
  selfHostable: boolean;
  /** Licence as of 2025. */
  licence: string;
  /** Where each figure above comes from. */
  sources: readonly string[];
}

const PG_WRITES: WriteRange = {
  low: SINGLE_PRIMARY_WRITE_CEILING_RANGE.low,
  high: SINGLE_PRIMARY_WRITE_CEILING_RANGE.high,
  // Shared with lib/estimator so both instruments quote one range. Seed 001's Quick Reference Card says 10K–100K
  // with a "highly workload-dependent" dagger; the other seeds quote 5k–10k (000), ~10K (001's migration
  // matrix) and 10K–50K (002), so the estimator's 5k–50k is the defensible span.
  note: `single primary with indexes and WAL; ${SEED_000} 5k–10k, ${SEED_002} 10K–50K (lib/estimator/write-ceiling.ts)`,
};

const WIDE_COLUMN_WRITES: WriteRange = {
  low: 50_000,
  high: 500_000,
  note: `per node, ${SEED_001} Quick Reference Card (Wide-Column row)`,
};

const SEARCH_WRITES: WriteRange = {
  low: 10_000,
  high: 50_000,
  note: `documents indexed per node, ${SEED_001} Quick Reference Card (Search row)`,
};

const NEWSQL_WRITES: WriteRange = {
  low: 10_000,
  high: 50_000,
  note: `per node, ${SEED_001} Quick Reference Card (NewSQL row)`,
};

const IN_MEMORY_WRITES: WriteRange = {
  low: 100_000,
  high: null,
  note: `"100K+ (Redis in-memory)", ${SEED_001} Quick Reference Card (Key-Value row)`,
};

const ENTRIES: readonly CatalogEntry[] = [
  {
    id: 'postgresql',
    name: 'PostgreSQL',
    category: 'relational',
    technology: 'postgresql',
    // JSONB covers documents, a composite primary key covers key-value and partition+sort-key shapes at
    // single-node scale, tsvector/GIN covers moderate full-text, recursive CTEs cover shallow graphs
    // (seed 001 "PostgreSQL as a Platform"; seed 004 "Start with PostgreSQL").
    models: ['relational', 'document', 'key-value', 'wide-column', 'search', 'graph'],
    consistency: 'strong',
    consistencyNote: 'ACID transactions on a single primary; replicas lag unless reads go to the primary.',
    transactions: 'multi-row',
    singleNodeWrites: PG_WRITES,
    queryFlexibility: 'Any SQL: joins, JSONB, full-text, window functions, plus extensions (PostGIS, pgvector, TimescaleDB, Citus).',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Amazon RDS', 'Amazon Aurora', 'Google Cloud SQL', 'Neon', 'Supabase'],
    selfHostable: true,
    licence: 'PostgreSQL Licence (permissive, BSD-style)',
    inMemory: false,
    sources: [SEED_001, SEED_002, SEED_004, SEED_000],
  },
  {
    id: 'mysql',
    name: 'MySQL',
    category: 'relational',
    technology: 'mysql',
    models: ['relational', 'key-value'],
    consistency: 'strong',
    consistencyNote: 'ACID transactions with InnoDB on a single primary.',
    transactions: 'multi-row',
    singleNodeWrites: PG_WRITES,
    queryFlexibility: 'SQL with joins; JSON support is thinner than JSONB and there is no PostGIS/pgvector ecosystem.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Amazon RDS', 'Amazon Aurora MySQL', 'PlanetScale (Vitess)', 'Google Cloud SQL'],
    selfHostable: true,
    licence: 'GPLv2 (Community Edition); commercial Enterprise Edition',
    inMemory: false,
    // Seed 001 groups it with PostgreSQL (Quick Reference) and lists MySQL → PostgreSQL for JSONB/PostGIS.
    sources: [SEED_001, SEED_003],
  },
  {
    id: 'mongodb',
    name: 'MongoDB',
    category: 'document',
    technology: 'mongodb',
    models: ['document'],
    consistency: 'tunable',
    consistencyNote: 'Read and write concerns are configurable; multi-document ACID transactions exist since 4.0 (seed 004).',
    transactions: 'multi-row',
    singleNodeWrites: { low: 20_000, high: 50_000, note: `${SEED_001} Quick Reference Card (Document row)` },
    queryFlexibility: 'Flexible queries within a document; no joins in the relational sense.',
    operationalComplexity: 'low-medium',
    scaleOut: false,
    managedOfferings: ['MongoDB Atlas'],
    selfHostable: true,
    licence: 'SSPL v1 (since October 2018)',
    inMemory: false,
    sources: [SEED_001, SEED_004],
  },
  {
    id: 'dynamodb',
    name: 'Amazon DynamoDB',
    category: 'key-value',
    technology: 'dynamodb',
    models: ['key-value', 'wide-column'],
    consistency: 'tunable',
    consistencyNote: 'Reads are eventually consistent unless a strongly consistent read is requested; item-level ACID (seed 004).',
    transactions: 'single-item',
    // Seeds 000 and 004 quote 100,000+ writes/s; DynamoDB spreads a table over partitions, so "per node" is the
    // table's capacity as AWS provisions it rather than a machine's.
    singleNodeWrites: { low: 100_000, high: null, note: `"100k+ WPS", ${SEED_000}; "100,000+ writes/sec", ${SEED_004}` },
    queryFlexibility: 'Get/put by partition key, range on the sort key, secondary indexes (each one adds cost).',
    operationalComplexity: 'low',
    scaleOut: true,
    managedOfferings: ['Amazon Web Services'],
    selfHostable: false,
    licence: 'Proprietary AWS service',
    inMemory: false,
    sources: [SEED_000, SEED_001, SEED_003, SEED_004],
  },
  {
    id: 'cassandra',
    name: 'Apache Cassandra',
    category: 'wide-column',
    technology: 'cassandra',
    models: ['wide-column', 'key-value', 'time-series'],
    consistency: 'tunable',
    consistencyNote: 'Per-query consistency level (ONE … QUORUM … ALL); eventual by default; row-level atomicity only.',
    transactions: 'single-item',
    singleNodeWrites: WIDE_COLUMN_WRITES,
    queryFlexibility: 'Queries must name the partition key; ranges only on clustering columns.',
    operationalComplexity: 'high',
    scaleOut: true,
    managedOfferings: ['DataStax Astra DB', 'Amazon Keyspaces', 'Instaclustr'],
    selfHostable: true,
    licence: 'Apache 2.0',
    inMemory: false,
    sources: [SEED_000, SEED_001, SEED_003, SEED_004],
  },
  {
    id: 'scylladb',
    name: 'ScyllaDB',
    category: 'wide-column',
    technology: 'scylladb',
    models: ['wide-column', 'key-value', 'time-series'],
    consistency: 'tunable',
    consistencyNote: 'Cassandra-compatible (CQL) tunable consistency.',
    transactions: 'single-item',
    singleNodeWrites: WIDE_COLUMN_WRITES,
    queryFlexibility: 'Same CQL model as Cassandra: partition key required.',
    operationalComplexity: 'high',
    scaleOut: true,
    managedOfferings: ['ScyllaDB Cloud'],
    selfHostable: true,
    // ScyllaDB moved to a single source-available release from 2025.1; earlier open-source releases were AGPLv3.
    licence: 'ScyllaDB Source Available License (from 2025.1); earlier open-source releases AGPLv3',
    inMemory: false,
    // Discord's history is MongoDB → Cassandra (2017) → ScyllaDB (2022–23). Seed 003 wrongly says Discord moved
    // from PostgreSQL to Cassandra; seed 002 dates the ScyllaDB move to 2023 (the migration ran 2022, the
    // write-up was 2023).
    sources: [SEED_001, SEED_002, SEED_003],
  },
  {
    id: 'redis',
    name: 'Redis',
    category: 'key-value',
    technology: 'redis',
    models: ['key-value'],
    consistency: 'eventual',
    consistencyNote: 'Replication is asynchronous (seed 001); a failover can drop acknowledged writes.',
    transactions: 'single-item',
    singleNodeWrites: IN_MEMORY_WRITES,
    queryFlexibility: 'GET/SET by key plus data structures: sorted sets, streams, geo indexes, TTL expiry.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Redis Cloud', 'Azure Managed Redis'],
    selfHostable: true,
    // Seed 001 says "BSLv1 + AGPLv3 in 2024", which is wrong: Redis 7.4 (March 2024) moved to RSALv2/SSPLv1, and
    // Redis 8 (May 2025) added AGPLv3 as a third option.
    licence: 'RSALv2 or SSPLv1 since Redis 7.4 (March 2024); AGPLv3 added as a third option in Redis 8 (May 2025)',
    inMemory: true,
    sources: [SEED_001, SEED_003, SEED_004],
  },
  {
    id: 'valkey',
    name: 'Valkey',
    category: 'key-value',
    technology: 'valkey',
    models: ['key-value'],
    consistency: 'eventual',
    consistencyNote: 'Redis-compatible; replication is asynchronous.',
    transactions: 'single-item',
    singleNodeWrites: IN_MEMORY_WRITES,
    queryFlexibility: 'The Redis API: keys, data structures, geo indexes, TTL expiry.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Amazon ElastiCache for Valkey', 'Amazon MemoryDB for Valkey', 'Google Cloud Memorystore for Valkey'],
    selfHostable: true,
    licence: 'BSD 3-Clause (Linux Foundation fork of Redis 7.2.4, March 2024)',
    inMemory: true,
    sources: [SEED_001],
  },
  {
    id: 'clickhouse',
    name: 'ClickHouse',
    category: 'analytics',
    technology: 'clickhouse',
    models: ['time-series'],
    consistency: 'eventual',
    consistencyNote: 'Replicas catch up asynchronously; built for analytical reads, not transactions.',
    transactions: 'none',
    singleNodeWrites: { low: 1_000_000, high: 4_000_000, note: `rows/s, ${SEED_001} Quick Reference Card (Time-Series row)` },
    queryFlexibility: 'SQL aggregations over billions of rows in a few columns; weak at point updates.',
    operationalComplexity: 'medium-high',
    scaleOut: false,
    managedOfferings: ['ClickHouse Cloud'],
    selfHostable: true,
    licence: 'Apache 2.0',
    inMemory: false,
    sources: [SEED_001, SEED_003],
  },
  {
    id: 'timescaledb',
    name: 'PostgreSQL + TimescaleDB',
    category: 'time-series',
    technology: 'postgresql',
    models: ['time-series', 'relational'],
    consistency: 'strong',
    consistencyNote: 'It is PostgreSQL: ACID on a single primary.',
    transactions: 'multi-row',
    // The seeds size TimescaleDB by ingest volume (below 50 GB/day, seed 001), not by writes/s.
    singleNodeWrites: null,
    queryFlexibility: 'Full SQL plus time buckets, continuous aggregates, compression and retention policies.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Timescale Cloud', 'any PostgreSQL host that offers the extension'],
    selfHostable: true,
    licence: 'Apache 2.0 core; Timescale License (TSL) for compression and other advanced features',
    inMemory: false,
    sources: [SEED_001, SEED_004],
  },
  {
    id: 'influxdb',
    name: 'InfluxDB',
    category: 'time-series',
    technology: 'influxdb',
    models: ['time-series'],
    consistency: 'eventual',
    consistencyNote: 'Writes become queryable shortly after ingest; no multi-row transactions.',
    transactions: 'none',
    singleNodeWrites: { low: 1_000_000, high: null, note: `InfluxDB 3.0 "> 1M points/sec" sustained, ${SEED_001}` },
    queryFlexibility: 'Time-range queries, downsampling and retention over (timestamp, tags, value) points.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['InfluxDB Cloud'],
    selfHostable: true,
    licence: 'InfluxDB 3 Core: MIT or Apache 2.0',
    inMemory: false,
    sources: [SEED_001, SEED_002, SEED_003],
  },
  {
    id: 'elasticsearch',
    name: 'Elasticsearch',
    category: 'search',
    technology: 'elasticsearch',
    models: ['search'],
    consistency: 'eventual',
    consistencyNote: 'Near real-time: a synced index trails the primary by roughly 100–500 ms (seed 001).',
    transactions: 'none',
    singleNodeWrites: SEARCH_WRITES,
    queryFlexibility: 'Full-text relevance, facets, typo tolerance, geo filters; not a system of record (seed 004).',
    operationalComplexity: 'high',
    scaleOut: false,
    managedOfferings: ['Elastic Cloud'],
    selfHostable: true,
    licence: 'SSPL or Elastic License 2.0 since 2021; AGPLv3 added as an option in 2024',
    inMemory: false,
    sources: [SEED_001, SEED_003, SEED_004],
  },
  {
    id: 'opensearch',
    name: 'OpenSearch',
    category: 'search',
    technology: 'opensearch',
    models: ['search'],
    consistency: 'eventual',
    consistencyNote: 'Near real-time, like Elasticsearch, from which it was forked.',
    transactions: 'none',
    singleNodeWrites: SEARCH_WRITES,
    queryFlexibility: 'Elasticsearch 7.10-compatible full-text search, facets and log analytics.',
    operationalComplexity: 'high',
    scaleOut: false,
    managedOfferings: ['Amazon OpenSearch Service'],
    selfHostable: true,
    licence: 'Apache 2.0 (fork of Elasticsearch 7.10, 2021; OpenSearch Software Foundation under the Linux Foundation)',
    inMemory: false,
    sources: [SEED_004, SEED_001],
  },
  {
    id: 'neo4j',
    name: 'Neo4j',
    category: 'graph',
    technology: 'neo4j',
    models: ['graph'],
    consistency: 'strong',
    consistencyNote: 'ACID transactions on the cluster leader.',
    transactions: 'multi-row',
    singleNodeWrites: { low: 5_000, high: 20_000, note: `${SEED_001} Quick Reference Card (Graph row)` },
    queryFlexibility: 'Cypher traversals several hops deep, which would be chains of self-joins in SQL.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Neo4j AuraDB'],
    selfHostable: true,
    licence: 'GPLv3 (Community Edition); commercial Enterprise Edition',
    inMemory: false,
    sources: [SEED_001, SEED_002, SEED_003],
  },
  {
    id: 'pgvector',
    name: 'PostgreSQL + pgvector',
    category: 'vector',
    technology: 'postgresql',
    models: ['vector', 'relational'],
    consistency: 'strong',
    consistencyNote: 'Embeddings live in ACID tables beside the rows they describe.',
    transactions: 'multi-row',
    singleNodeWrites: PG_WRITES,
    // Seed 001: pgvector 0.8 HNSW at 768 dimensions serves ~1,000–3,000 queries/s per core (early 2026).
    queryFlexibility: 'Approximate nearest-neighbour (HNSW, IVFFlat) joined with ordinary SQL filters.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Amazon RDS', 'Google Cloud SQL', 'Supabase', 'Neon'],
    selfHostable: true,
    licence: 'PostgreSQL Licence',
    inMemory: false,
    sources: [SEED_001],
  },
  {
    id: 'qdrant',
    name: 'Qdrant',
    category: 'vector',
    technology: 'qdrant',
    models: ['vector'],
    consistency: 'eventual',
    consistencyNote: 'Seed 001 rates dedicated vector stores as eventually consistent.',
    transactions: 'none',
    // Seed 001: "Varies" with index type, dimensions and recall target.
    singleNodeWrites: null,
    queryFlexibility: 'ANN similarity with payload filters; Rust engine (seed 001 notes a 10–25% latency edge).',
    operationalComplexity: 'low-medium',
    scaleOut: false,
    managedOfferings: ['Qdrant Cloud'],
    selfHostable: true,
    licence: 'Apache 2.0',
    inMemory: false,
    sources: [SEED_001],
  },
  {
    id: 'pinecone',
    name: 'Pinecone',
    category: 'vector',
    technology: 'pinecone',
    models: ['vector'],
    consistency: 'eventual',
    consistencyNote: 'Upserts become searchable after a short delay.',
    transactions: 'none',
    singleNodeWrites: null,
    queryFlexibility: 'ANN similarity with metadata filters, as a hosted service.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Pinecone'],
    selfHostable: false,
    licence: 'Proprietary service',
    inMemory: false,
    sources: [SEED_001],
  },
  {
    id: 'cockroachdb',
    name: 'CockroachDB',
    category: 'distributed-sql',
    technology: 'cockroachdb',
    models: ['relational', 'document', 'key-value'],
    consistency: 'strong',
    consistencyNote: 'Serializable ACID across nodes and regions (seed 001: "Distributed ACID").',
    transactions: 'multi-row',
    singleNodeWrites: NEWSQL_WRITES,
    queryFlexibility: 'PostgreSQL-wire SQL across a cluster; cross-region writes pay consensus latency.',
    operationalComplexity: 'high',
    scaleOut: true,
    managedOfferings: ['CockroachDB Cloud'],
    selfHostable: true,
    licence: 'CockroachDB Software License (source-available; enterprise features free below a revenue threshold) since v24.3, November 2024',
    inMemory: false,
    sources: [SEED_001],
  },
  {
    id: 'spanner',
    name: 'Google Cloud Spanner',
    category: 'distributed-sql',
    technology: 'spanner',
    models: ['relational', 'key-value'],
    consistency: 'strong',
    consistencyNote: 'Externally consistent (serializable) transactions across regions.',
    transactions: 'multi-row',
    singleNodeWrites: NEWSQL_WRITES,
    queryFlexibility: 'SQL (GoogleSQL or PostgreSQL dialect) across regions.',
    operationalComplexity: 'low',
    scaleOut: true,
    managedOfferings: ['Google Cloud'],
    selfHostable: false,
    licence: 'Proprietary Google Cloud service',
    inMemory: false,
    sources: [SEED_001, SEED_003],
  },
  {
    id: 's3',
    name: 'Amazon S3',
    category: 'object-store',
    technology: 's3',
    models: ['blob'],
    consistency: 'strong',
    // Not in the seeds: AWS made S3 strongly read-after-write consistent for every object in December 2020.
    consistencyNote: 'Read-after-write consistent per object (AWS, December 2020); no multi-object transactions.',
    transactions: 'none',
    singleNodeWrites: {
      low: 3_500,
      high: null,
      note: 'per key prefix, from AWS S3 performance guidelines (not in the seeds); scales with more prefixes',
    },
    queryFlexibility: 'GET/PUT whole objects by key; list by prefix.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Amazon Web Services'],
    selfHostable: false,
    licence: 'Proprietary AWS service',
    inMemory: false,
    sources: [SEED_003],
  },
];

/** Every catalog entry, keyed by id. */
export const CATALOG: Readonly<Record<DatabaseId, CatalogEntry>> = Object.fromEntries(
  ENTRIES.map((entry) => [entry.id, entry]),
) as Record<DatabaseId, CatalogEntry>;

/** Catalog entries in `DATABASE_IDS` order. */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = DATABASE_IDS.map((id) => CATALOG[id]);

/** Whether an untrusted value is a catalog id. */
export function isDatabaseId(value: unknown): value is DatabaseId {
  return typeof value === 'string' && (DATABASE_IDS as readonly string[]).includes(value);
}
