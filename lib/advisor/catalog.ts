import { SINGLE_PRIMARY_WRITE_CEILING_RANGE } from '../estimator/write-ceiling';
import {
  CASSANDRA_BATCH,
  CASSANDRA_DYNAMO,
  CASSANDRA_LWT,
  CASSANDRA_REPO,
  CLICKHOUSE_INSERTS,
  CLICKHOUSE_QUORUM,
  CLICKHOUSE_REPO,
  COCKROACHDB_LICENSING,
  COCKROACHDB_READ_COMMITTED,
  DISCORD_BILLIONS,
  DISCORD_TRILLIONS,
  DYNAMODB_CONDITIONS,
  DYNAMODB_PAPER,
  DYNAMODB_PARTITION_LIMITS,
  DYNAMODB_READ_CONSISTENCY,
  DYNAMODB_TRANSACTIONS,
  ELASTICACHE_VALKEY,
  ES_AGPL,
  ES_NEAR_REAL_TIME,
  ES_OPTIMISTIC_CONCURRENCY,
  INFLUXDB_REPO,
  MEMORYSTORE_VALKEY,
  MONGODB_LINEARIZABLE,
  MONGODB_SSPL,
  MONGODB_TRANSACTIONS,
  MONGODB_WRITE_CONCERN,
  MYSQL_ISOLATION,
  MYSQL_SERVER,
  NEO4J_REPO,
  NEO4J_TRANSACTIONS,
  NETFLIX_CASSANDRA_BENCHMARK,
  OPENSEARCH_FOUNDATION,
  OPENSEARCH_REPO,
  PGVECTOR,
  PG_JSON,
  PG_LICENCE,
  PG_RECURSIVE_QUERIES,
  PG_TEXT_SEARCH,
  PG_TRANSACTION_ISOLATION,
  PG_WARM_STANDBY,
  PINECONE_FRESHNESS,
  QDRANT_CONSISTENCY,
  QDRANT_REPO,
  REDIS_AGPL,
  REDIS_BENCHMARKS,
  REDIS_DUAL_LICENSE,
  REDIS_REPLICATION,
  REDIS_TRANSACTIONS,
  REDIS_WAIT,
  S3_CONDITIONAL_WRITES,
  S3_CONSISTENCY,
  S3_PERFORMANCE,
  SCYLLADB_LICENSE,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  SPANNER_EXTERNAL_CONSISTENCY,
  SPANNER_PERFORMANCE,
  TIGER_CLOUD,
  TIMESCALEDB,
  VALKEY_LAUNCH,
  assumption,
  type Citation,
} from './sources';
import { DATABASE_IDS, type DataModel, type DatabaseId } from './types';

/** Broad family a database belongs to (the course's categories, plus object storage). */
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

/**
 * Default consistency of reads: 'strong', every read sees the latest committed write; 'tunable', eventual or
 * weaker by default, stronger on request; 'eventual', replicas and indexes converge later.
 */
export type ConsistencyModel = 'strong' | 'tunable' | 'eventual';

/** The course's scale for the effort of running the store yourself. */
export type OperationalComplexity = 'low' | 'low-medium' | 'medium' | 'medium-high' | 'high';

/** Sustained writes/s one node takes; `high: null` when only a floor can be given. */
export interface WriteRange {
  /** Conservative end, writes/s. */
  low: number;
  /** Optimistic end, writes/s, or `null` when open-ended. */
  high: number | null;
  /** What the range measures. */
  note: string;
  /** A public measurement or documented limit, or the course's labelled planning assumption. */
  basis: Citation;
}

/**
 * How far one atomic write reaches: 'transactions', isolated all-or-nothing writes across rows, documents or items;
 * 'atomic-batch', all-or-nothing but not isolated (readers can see it half done); 'single-item', one row, document
 * or object at a time; 'none', appends with no atomicity the application can build on.
 */
export type MultiItemWrites = 'transactions' | 'atomic-batch' | 'single-item' | 'none';

/** The strongest isolation a store's writes can run under. */
export type IsolationLevel = 'strict-serializable' | 'serializable' | 'snapshot' | 'read-committed' | 'per-item' | 'none';

/** Whether a read can be made to see every write that completed before it: always, when asked, or not at all. */
export type StrongReads = 'default' | 'on-request' | 'none';

/**
 * What a store guarantees, as four separate properties (ACID transactions, an isolation level and linearizable
 * reads are different guarantees, and stores mix them): each with the store's own terms in a note.
 */
export interface StoreGuarantees {
  /** Atomic writes across several items. */
  multiItemWrites: MultiItemWrites;
  /** What the atomic unit is, in the store's terms. */
  multiItemNote: string;
  /** The strongest isolation on offer. */
  isolation: IsolationLevel;
  /** The default and the options, in the store's terms. */
  isolationNote: string;
  /** Strongly consistent (read-your-latest-write or linearizable) reads. */
  strongReads: StrongReads;
  /** How to get them, and where they are not available. */
  readsNote: string;
  /** Writes that check a condition atomically (compare-and-set, conditional update, unique constraint). */
  conditionalWrites: boolean;
  /** The mechanism. */
  conditionalNote: string;
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
  /** Transactions, isolation, read freshness and conditional writes, separately. */
  guarantees: StoreGuarantees;
  /** Per-node write throughput, or `null` when no figure can be given. */
  singleNodeWrites: WriteRange | null;
  /** What queries it answers well. */
  queryFlexibility: string;
  /** Effort to run it yourself (the course's judgement). */
  operationalComplexity: OperationalComplexity;
  /** Built to spread data over many nodes: overkill for a workload one node handles (scale tier 1). */
  scaleOut: boolean;
  /** Keeps its data set in memory: fast, but a restart without persistence loses it. */
  inMemory: boolean;
  /** Hosted offerings where a provider runs it (for managed-only stores, the provider). */
  managedOfferings: readonly string[];
  /** Whether a team can run it on its own machines at all. */
  selfHostable: boolean;
  /** Licence, as of December 2026. */
  licence: string;
  /** The public pages (and labelled assumptions) behind the entry's guarantees, figures and licence. */
  sources: readonly Citation[];
}

const PG_WRITES: WriteRange = {
  low: SINGLE_PRIMARY_WRITE_CEILING_RANGE.low,
  high: SINGLE_PRIMARY_WRITE_CEILING_RANGE.high,
  // Shared with lib/estimator so both instruments quote one planning range.
  note: 'small write transactions per second on one primary with indexes and WAL (planning range; plan with 10,000)',
  basis: SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
};

const PG_GUARANTEES: StoreGuarantees = {
  multiItemWrites: 'transactions',
  multiItemNote: 'Multi-row, multi-table transactions.',
  isolation: 'serializable',
  isolationNote: 'READ COMMITTED by default; REPEATABLE READ and SERIALIZABLE on request.',
  strongReads: 'default',
  readsNote: 'Reads on the primary see every committed write; streaming replicas are asynchronous by default and lag.',
  conditionalWrites: true,
  conditionalNote: 'UPDATE … WHERE with a check, SELECT … FOR UPDATE, unique and check constraints.',
};

const PG_SOURCES: readonly Citation[] = [PG_TRANSACTION_ISOLATION, PG_WARM_STANDBY, PG_LICENCE, SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION];

const DOCUMENT_WRITES: WriteRange = {
  low: 5_000,
  high: 50_000,
  note: 'writes per second on one primary (per shard when sharded)',
  basis: assumption(
    'About the same as one relational primary: 5,000 to 50,000 writes per second',
    'A MongoDB write also updates one B-tree per index and waits for a journal that concurrent writes share, so the course plans with the relational range. No public per-node figure is cited; load-test your own documents.',
    { low: 5_000, high: 50_000, unit: 'writes/s' },
  ),
};

const WIDE_COLUMN_WRITES: WriteRange = {
  low: 10_000,
  high: 100_000,
  note: 'replica writes per second per node',
  basis: assumption(
    'Roughly 10,000 to 100,000 replica writes per second per node',
    'A write appends to the commit log and a memtable without reading first, and every replica does that work. Netflix’s 2011 benchmark took 3.3 million replica writes/s on 288 instances, about 11,500 per node on 2011 hardware; current instances with local NVMe do several times that. A "million writes per second" headline is a cluster figure.',
    { low: 10_000, high: 100_000, unit: 'writes/s per node' },
    [NETFLIX_CASSANDRA_BENCHMARK],
  ),
};

const SEARCH_WRITES: WriteRange = {
  low: 1_000,
  high: 50_000,
  note: 'documents indexed per second per node',
  basis: assumption(
    'Thousands to tens of thousands of documents indexed per second per node',
    'Every field of every document is analysed and indexed, far more work per write than a key-value store does. No public per-node figure is cited; load-test with your own mappings.',
    { low: 1_000, high: 50_000, unit: 'documents/s per node' },
  ),
};

const GRAPH_WRITES: WriteRange = {
  low: 1_000,
  high: 50_000,
  note: 'small write transactions per second',
  basis: assumption(
    'Thousands to tens of thousands of small write transactions per second',
    'Each write creates node and relationship records inside an ACID transaction, with write locks on what it touches. No public per-node figure is cited; load-test your own graph.',
    { low: 1_000, high: 50_000, unit: 'writes/s' },
  ),
};

const IN_MEMORY_WRITES: WriteRange = {
  low: 100_000,
  high: null,
  note: 'simple commands per second on one instance',
  basis: assumption(
    'About 100,000 or more simple commands per second on one instance',
    'Each command runs in memory on one main thread in a few microseconds, so network round trips usually bind first; pipelining raises the figure. Run redis-benchmark on your own hardware.',
    { low: 100_000, high: 1_000_000, unit: 'commands/s' },
    [REDIS_BENCHMARKS],
  ),
};

const IN_MEMORY_GUARANTEES: StoreGuarantees = {
  multiItemWrites: 'atomic-batch',
  multiItemNote: 'MULTI/EXEC runs a group of commands without interleaving, on one node (one hash slot in a cluster), with no rollback.',
  isolation: 'serializable',
  isolationNote: 'Commands run one at a time on one node.',
  strongReads: 'none',
  readsNote: 'Replication is asynchronous: a failover can lose writes the old primary acknowledged, even after WAIT.',
  conditionalWrites: true,
  conditionalNote: 'SET … NX, and WATCH for optimistic check-and-set.',
};

const SEARCH_GUARANTEES: StoreGuarantees = {
  multiItemWrites: 'single-item',
  multiItemNote: 'Each document write is atomic; a bulk request is not.',
  isolation: 'per-item',
  isolationNote: 'Per document.',
  strongReads: 'none',
  readsNote: 'Searches see a write only after the next refresh, every second by default.',
  conditionalWrites: true,
  conditionalNote: 'Optimistic concurrency control with if_seq_no and if_primary_term.',
};

const WIDE_COLUMN_GUARANTEES: StoreGuarantees = {
  multiItemWrites: 'atomic-batch',
  multiItemNote: 'A logged batch eventually applies all its statements or none, but readers can see it half applied and it cannot check a condition across partitions.',
  isolation: 'per-item',
  isolationNote: 'Row-level isolation within a partition; nothing across partitions.',
  strongReads: 'on-request',
  readsNote: 'QUORUM reads after QUORUM writes overlap on a replica; SERIAL reads and lightweight transactions are linearizable within one partition.',
  conditionalWrites: true,
  conditionalNote: 'Lightweight transactions (INSERT … IF NOT EXISTS, UPDATE … IF): Paxos, about four times the latency of a plain write.',
};

const NO_TRANSACTION_GUARANTEES = (readsNote: string, strongReads: StrongReads): StoreGuarantees => ({
  multiItemWrites: 'none',
  multiItemNote: 'No multi-item transactions.',
  isolation: 'none',
  isolationNote: 'No transaction isolation.',
  strongReads,
  readsNote,
  conditionalWrites: false,
  conditionalNote: 'No conditional (compare-and-set) writes.',
});

const DISTRIBUTED_SQL_WRITES: WriteRange = {
  low: 2_000,
  high: 20_000,
  note: 'writes per second per node',
  basis: assumption(
    'A few thousand to about 20,000 writes per second per node',
    'Every write commits through consensus among replicas (Raft in CockroachDB), so each node does more work per write than a single primary; the cluster scales by adding nodes. Google documents about 3,500 writes/s per Spanner node (regional, SSD) as a reference point.',
    { low: 2_000, high: 20_000, unit: 'writes/s per node' },
    [SPANNER_PERFORMANCE],
  ),
};

const ENTRIES: readonly CatalogEntry[] = [
  {
    id: 'postgresql',
    name: 'PostgreSQL',
    category: 'relational',
    technology: 'postgresql',
    // JSONB covers documents, a composite primary key covers key-value and partition+sort-key shapes at
    // single-node scale, tsvector/GIN covers moderate full-text, recursive CTEs cover shallow graphs.
    models: ['relational', 'document', 'key-value', 'wide-column', 'search', 'graph'],
    consistency: 'strong',
    consistencyNote: 'Reads on the primary see every committed write; replicas lag unless reads go to the primary.',
    guarantees: PG_GUARANTEES,
    singleNodeWrites: PG_WRITES,
    queryFlexibility: 'Any SQL: joins, JSONB, full-text, window functions, plus extensions (PostGIS, pgvector, TimescaleDB, Citus).',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Amazon RDS', 'Amazon Aurora', 'Google Cloud SQL', 'Neon', 'Supabase'],
    selfHostable: true,
    licence: 'PostgreSQL Licence (permissive, similar to BSD or MIT)',
    inMemory: false,
    sources: [...PG_SOURCES, PG_JSON, PG_TEXT_SEARCH, PG_RECURSIVE_QUERIES],
  },
  {
    id: 'mysql',
    name: 'MySQL',
    category: 'relational',
    technology: 'mysql',
    models: ['relational', 'key-value'],
    consistency: 'strong',
    consistencyNote: 'InnoDB transactions on a single primary; replicas are asynchronous by default.',
    guarantees: {
      ...PG_GUARANTEES,
      isolationNote: 'REPEATABLE READ by default (InnoDB); READ COMMITTED and SERIALIZABLE on request.',
      readsNote: 'Reads on the primary see every committed write; replicas are asynchronous by default and lag.',
      conditionalNote: 'UPDATE … WHERE with a check, SELECT … FOR UPDATE, unique constraints.',
    },
    // The course applies the single-primary planning range to MySQL as to PostgreSQL.
    singleNodeWrites: PG_WRITES,
    queryFlexibility: 'SQL with joins, a JSON type and spatial indexes, without an extension ecosystem like PostgreSQL’s (PostGIS, pgvector, TimescaleDB, Citus).',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Amazon RDS', 'Amazon Aurora MySQL', 'PlanetScale (Vitess)', 'Google Cloud SQL'],
    selfHostable: true,
    licence: 'GPLv2 (Community Edition); commercial Enterprise Edition',
    inMemory: false,
    sources: [MYSQL_ISOLATION, MYSQL_SERVER, SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION],
  },
  {
    id: 'mongodb',
    name: 'MongoDB',
    category: 'document',
    technology: 'mongodb',
    models: ['document'],
    consistency: 'tunable',
    consistencyNote: 'Reads go to the primary by default; read and write concerns set how durable and how fresh each operation is.',
    guarantees: {
      multiItemWrites: 'transactions',
      multiItemNote: 'Multi-document ACID transactions: replica sets since 4.0, sharded clusters since 4.2; a single-document write is always atomic.',
      isolation: 'snapshot',
      isolationNote: 'Transactions read one majority-committed snapshot (read concern "snapshot"); that is snapshot isolation, not serializable.',
      strongReads: 'on-request',
      readsNote: 'Read concern "linearizable" on the primary (one document), or "majority" reads after w: "majority" writes in a causally consistent session.',
      conditionalWrites: true,
      conditionalNote: 'An update’s filter is checked and applied in one atomic document write; unique indexes.',
    },
    singleNodeWrites: DOCUMENT_WRITES,
    queryFlexibility: 'Rich queries, secondary indexes and aggregation pipelines within a collection; $lookup joins exist but cost more than embedding.',
    operationalComplexity: 'low-medium',
    scaleOut: false,
    managedOfferings: ['MongoDB Atlas'],
    selfHostable: true,
    licence: 'SSPL v1 (since October 2018)',
    inMemory: false,
    sources: [MONGODB_TRANSACTIONS, MONGODB_LINEARIZABLE, MONGODB_WRITE_CONCERN, MONGODB_SSPL, DOCUMENT_WRITES.basis],
  },
  {
    id: 'dynamodb',
    name: 'Amazon DynamoDB',
    category: 'key-value',
    technology: 'dynamodb',
    models: ['key-value', 'wide-column'],
    consistency: 'tunable',
    consistencyNote: 'Reads are eventually consistent unless ConsistentRead is set (never on global secondary indexes); transactions cover up to 100 items.',
    guarantees: {
      multiItemWrites: 'transactions',
      multiItemNote: 'TransactWriteItems: up to 100 items in one account and Region, all or nothing, at twice the write units.',
      isolation: 'serializable',
      isolationNote: 'Transactions are serializable against other writes to the same items; multi-item reads such as Query are read-committed.',
      strongReads: 'on-request',
      readsNote: 'ConsistentRead on tables and local secondary indexes; global secondary indexes are eventually consistent only.',
      conditionalWrites: true,
      conditionalNote: 'Condition expressions on every write; a client request token makes a retried transaction idempotent.',
    },
    // Storage nodes keep a B-tree and a replicated write-ahead log (Elhemali et al. 2022), not an LSM tree.
    singleNodeWrites: {
      low: 1_000,
      high: 1_000,
      note: 'write units per second per partition (items up to 1 KB); a table spreads over as many partitions as its load needs',
      basis: DYNAMODB_PARTITION_LIMITS,
    },
    queryFlexibility: 'Get/put by partition key, range on the sort key, secondary indexes (each one adds cost).',
    operationalComplexity: 'low',
    scaleOut: true,
    managedOfferings: ['Amazon Web Services'],
    selfHostable: false,
    licence: 'Proprietary AWS service',
    inMemory: false,
    sources: [DYNAMODB_TRANSACTIONS, DYNAMODB_READ_CONSISTENCY, DYNAMODB_CONDITIONS, DYNAMODB_PARTITION_LIMITS, DYNAMODB_PAPER],
  },
  {
    id: 'cassandra',
    name: 'Apache Cassandra',
    category: 'wide-column',
    technology: 'cassandra',
    models: ['wide-column', 'key-value', 'time-series'],
    consistency: 'tunable',
    consistencyNote: 'Per-query consistency level (ONE … QUORUM … ALL), leaderless replication; lightweight transactions are linearizable within one partition.',
    guarantees: WIDE_COLUMN_GUARANTEES,
    singleNodeWrites: WIDE_COLUMN_WRITES,
    queryFlexibility: 'Queries must name the partition key; ranges only on clustering columns.',
    operationalComplexity: 'high',
    scaleOut: true,
    managedOfferings: ['DataStax Astra DB', 'Amazon Keyspaces (Cassandra-compatible)', 'Instaclustr'],
    selfHostable: true,
    licence: 'Apache 2.0',
    inMemory: false,
    sources: [CASSANDRA_DYNAMO, CASSANDRA_LWT, CASSANDRA_BATCH, CASSANDRA_REPO, WIDE_COLUMN_WRITES.basis, DISCORD_BILLIONS],
  },
  {
    id: 'scylladb',
    name: 'ScyllaDB',
    category: 'wide-column',
    technology: 'scylladb',
    models: ['wide-column', 'key-value', 'time-series'],
    consistency: 'tunable',
    consistencyNote: 'Cassandra-compatible (CQL) tunable consistency, with lightweight transactions.',
    guarantees: WIDE_COLUMN_GUARANTEES,
    singleNodeWrites: WIDE_COLUMN_WRITES,
    queryFlexibility: 'Same CQL model as Cassandra: partition key required.',
    operationalComplexity: 'high',
    scaleOut: true,
    managedOfferings: ['ScyllaDB Cloud'],
    selfHostable: true,
    licence: 'ScyllaDB Source Available License (from 2025.1); ScyllaDB OSS 6.2 was the last AGPLv3 release',
    inMemory: false,
    // Discord's messages went MongoDB → Cassandra (2017 post) → ScyllaDB (2023 post: 177 Cassandra nodes → 72 ScyllaDB).
    sources: [SCYLLADB_LICENSE, CASSANDRA_LWT, WIDE_COLUMN_WRITES.basis, DISCORD_TRILLIONS],
  },
  {
    id: 'redis',
    name: 'Redis',
    category: 'key-value',
    technology: 'redis',
    models: ['key-value'],
    consistency: 'eventual',
    consistencyNote: 'Replication is asynchronous; a failover can drop acknowledged writes.',
    guarantees: IN_MEMORY_GUARANTEES,
    singleNodeWrites: IN_MEMORY_WRITES,
    queryFlexibility: 'GET/SET by key plus data structures: sorted sets, streams, geo indexes, TTL expiry.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Redis Cloud', 'Azure Managed Redis'],
    selfHostable: true,
    // A common claim is "BSL plus AGPLv3 in 2024": the 2024 change was to RSALv2/SSPLv1, and AGPLv3 came in 2025.
    licence: 'RSALv2 or SSPLv1 from Redis 7.4 (announced March 2024); AGPLv3 added as a third option from Redis 8 (May 2025)',
    inMemory: true,
    sources: [REDIS_REPLICATION, REDIS_WAIT, REDIS_TRANSACTIONS, REDIS_DUAL_LICENSE, REDIS_AGPL, IN_MEMORY_WRITES.basis],
  },
  {
    id: 'valkey',
    name: 'Valkey',
    category: 'key-value',
    technology: 'valkey',
    models: ['key-value'],
    consistency: 'eventual',
    consistencyNote: 'Redis-compatible; replication is asynchronous.',
    guarantees: IN_MEMORY_GUARANTEES,
    singleNodeWrites: IN_MEMORY_WRITES,
    queryFlexibility: 'The Redis API: keys, data structures, geo indexes, TTL expiry.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Amazon ElastiCache for Valkey', 'Amazon MemoryDB for Valkey', 'Google Cloud Memorystore for Valkey'],
    selfHostable: true,
    licence: 'BSD 3-Clause (Linux Foundation fork of Redis 7.2.4, March 2024)',
    inMemory: true,
    sources: [VALKEY_LAUNCH, ELASTICACHE_VALKEY, MEMORYSTORE_VALKEY, REDIS_REPLICATION, IN_MEMORY_WRITES.basis],
  },
  {
    id: 'clickhouse',
    name: 'ClickHouse',
    category: 'analytics',
    technology: 'clickhouse',
    models: ['time-series'],
    consistency: 'eventual',
    consistencyNote: 'Replicas catch up asynchronously; built for analytical reads, not transactions.',
    guarantees: {
      ...NO_TRANSACTION_GUARANTEES('Quorum inserts (insert_quorum) with select_sequential_consistency give up-to-date reads; by default replicas may lag.', 'on-request'),
      conditionalNote: 'No compare-and-set: updates are mutations or merges applied later.',
    },
    singleNodeWrites: {
      low: 1_000_000,
      high: null,
      note: 'rows per second in large batched inserts; far fewer with small inserts',
      basis: CLICKHOUSE_INSERTS,
    },
    queryFlexibility: 'SQL aggregations over billions of rows in a few columns; weak at point updates.',
    operationalComplexity: 'medium-high',
    scaleOut: false,
    managedOfferings: ['ClickHouse Cloud'],
    selfHostable: true,
    licence: 'Apache 2.0',
    inMemory: false,
    sources: [CLICKHOUSE_INSERTS, CLICKHOUSE_QUORUM, CLICKHOUSE_REPO],
  },
  {
    id: 'timescaledb',
    name: 'PostgreSQL + TimescaleDB',
    category: 'time-series',
    technology: 'postgresql',
    models: ['time-series', 'relational'],
    consistency: 'strong',
    consistencyNote: 'It is PostgreSQL: transactions on a single primary.',
    guarantees: PG_GUARANTEES,
    // Sized by ingest volume (the timescaleMaxIngestGbPerDay assumption), not by writes/s.
    singleNodeWrites: null,
    queryFlexibility: 'Full SQL plus time buckets, continuous aggregates, compression and retention policies.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Tiger Cloud (formerly Timescale Cloud)', 'PostgreSQL hosts that offer the extension'],
    selfHostable: true,
    licence: 'Apache 2.0 core; Timescale License (TSL) for compression and other advanced features',
    inMemory: false,
    sources: [TIMESCALEDB, TIGER_CLOUD, ...PG_SOURCES],
  },
  {
    id: 'influxdb',
    name: 'InfluxDB',
    category: 'time-series',
    technology: 'influxdb',
    models: ['time-series'],
    consistency: 'eventual',
    consistencyNote: 'Built for appending time-stamped points; no multi-row transactions.',
    guarantees: NO_TRANSACTION_GUARANTEES('The course found no documented strongly consistent read option to cite.', 'none'),
    // No public per-node ingest figure the course can cite; load-test with your own series.
    singleNodeWrites: null,
    queryFlexibility: 'Time-range queries, downsampling and retention over (timestamp, tags, value) points.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['InfluxDB Cloud'],
    selfHostable: true,
    licence: 'InfluxDB 3 Core: MIT or Apache 2.0',
    inMemory: false,
    sources: [INFLUXDB_REPO],
  },
  {
    id: 'elasticsearch',
    name: 'Elasticsearch',
    category: 'search',
    technology: 'elasticsearch',
    models: ['search'],
    consistency: 'eventual',
    consistencyNote: 'Near real-time: a document becomes searchable after the next refresh (every second by default), and an index fed by change data capture trails its source by more.',
    guarantees: SEARCH_GUARANTEES,
    singleNodeWrites: SEARCH_WRITES,
    queryFlexibility: 'Full-text relevance (BM25), facets, typo tolerance, geo filters; an index, not a system of record.',
    operationalComplexity: 'high',
    scaleOut: false,
    managedOfferings: ['Elastic Cloud'],
    selfHostable: true,
    licence: 'SSPL or Elastic License 2.0 since 2021; AGPLv3 added as a third option in 2024',
    inMemory: false,
    sources: [ES_NEAR_REAL_TIME, ES_OPTIMISTIC_CONCURRENCY, ES_AGPL, SEARCH_WRITES.basis],
  },
  {
    id: 'opensearch',
    name: 'OpenSearch',
    category: 'search',
    technology: 'opensearch',
    models: ['search'],
    consistency: 'eventual',
    consistencyNote: 'Near real-time, like Elasticsearch, from which it was forked.',
    guarantees: SEARCH_GUARANTEES,
    singleNodeWrites: SEARCH_WRITES,
    queryFlexibility: 'Forked from Elasticsearch 7.10.2: the same query model at the fork, diverging since; full-text search, facets and log analytics.',
    operationalComplexity: 'high',
    scaleOut: false,
    managedOfferings: ['Amazon OpenSearch Service'],
    selfHostable: true,
    licence: 'Apache 2.0 (fork of Elasticsearch 7.10.2, 2021; OpenSearch Software Foundation under the Linux Foundation since September 2024)',
    inMemory: false,
    sources: [OPENSEARCH_REPO, OPENSEARCH_FOUNDATION, ES_NEAR_REAL_TIME, SEARCH_WRITES.basis],
  },
  {
    id: 'neo4j',
    name: 'Neo4j',
    category: 'graph',
    technology: 'neo4j',
    models: ['graph'],
    consistency: 'strong',
    consistencyNote: 'ACID transactions, read-committed by default.',
    guarantees: {
      multiItemWrites: 'transactions',
      multiItemNote: 'ACID transactions over nodes and relationships.',
      isolation: 'read-committed',
      isolationNote: 'Read-committed by default; taking explicit write locks serialises transactions on what they lock.',
      strongReads: 'default',
      readsNote: 'A committed write is visible to the next transaction on the same database.',
      conditionalWrites: true,
      conditionalNote: 'Write locks taken before reading, MERGE, and uniqueness constraints.',
    },
    singleNodeWrites: GRAPH_WRITES,
    queryFlexibility: 'Cypher traversals several hops deep, which would be chains of self-joins in SQL.',
    operationalComplexity: 'medium',
    scaleOut: false,
    managedOfferings: ['Neo4j AuraDB'],
    selfHostable: true,
    licence: 'GPLv3 (Community Edition); commercial Enterprise Edition',
    inMemory: false,
    sources: [NEO4J_TRANSACTIONS, NEO4J_REPO, GRAPH_WRITES.basis],
  },
  {
    id: 'pgvector',
    name: 'PostgreSQL + pgvector',
    category: 'vector',
    technology: 'postgresql',
    models: ['vector', 'relational'],
    consistency: 'strong',
    consistencyNote: 'Embeddings live in transactional tables beside the rows they describe.',
    guarantees: PG_GUARANTEES,
    singleNodeWrites: PG_WRITES,
    queryFlexibility: 'Approximate nearest-neighbour search (HNSW, IVFFlat) joined with ordinary SQL filters.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Amazon RDS', 'Google Cloud SQL', 'Supabase', 'Neon'],
    selfHostable: true,
    licence: 'PostgreSQL Licence',
    inMemory: false,
    sources: [PGVECTOR, ...PG_SOURCES],
  },
  {
    id: 'qdrant',
    name: 'Qdrant',
    category: 'vector',
    technology: 'qdrant',
    models: ['vector'],
    consistency: 'tunable',
    consistencyNote: 'Tuned for availability by default: replicas can disagree after concurrent updates to one point until a stricter read or write setting is used.',
    guarantees: NO_TRANSACTION_GUARANTEES('A read consistency setting ("majority", "quorum" or "all") and write_consistency_factor make replicas agree, at higher latency.', 'on-request'),
    // Throughput varies with index type, dimensions and recall target: no per-node figure.
    singleNodeWrites: null,
    queryFlexibility: 'Approximate nearest-neighbour search with payload filters; open source, written in Rust.',
    operationalComplexity: 'low-medium',
    scaleOut: false,
    managedOfferings: ['Qdrant Cloud'],
    selfHostable: true,
    licence: 'Apache 2.0',
    inMemory: false,
    sources: [QDRANT_CONSISTENCY, QDRANT_REPO],
  },
  {
    id: 'pinecone',
    name: 'Pinecone',
    category: 'vector',
    technology: 'pinecone',
    models: ['vector'],
    consistency: 'eventual',
    consistencyNote: 'Eventually consistent: upserts become visible to queries after a short delay.',
    guarantees: NO_TRANSACTION_GUARANTEES('Queries may miss recent writes; log sequence numbers show whether a write is visible yet.', 'none'),
    singleNodeWrites: null,
    queryFlexibility: 'Approximate nearest-neighbour search with metadata filters, as a hosted service.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Pinecone'],
    selfHostable: false,
    licence: 'Proprietary service',
    inMemory: false,
    sources: [PINECONE_FRESHNESS],
  },
  {
    id: 'cockroachdb',
    name: 'CockroachDB',
    category: 'distributed-sql',
    technology: 'cockroachdb',
    models: ['relational', 'document', 'key-value'],
    consistency: 'strong',
    consistencyNote: 'SERIALIZABLE transactions by default (READ COMMITTED optional), across nodes and regions.',
    guarantees: {
      ...PG_GUARANTEES,
      isolationNote: 'SERIALIZABLE by default; READ COMMITTED on request.',
      readsNote: 'Reads are consistent by default; follower reads trade freshness for latency when asked.',
    },
    singleNodeWrites: DISTRIBUTED_SQL_WRITES,
    queryFlexibility: 'PostgreSQL-wire SQL across a cluster; cross-region writes pay consensus latency.',
    operationalComplexity: 'high',
    scaleOut: true,
    managedOfferings: ['CockroachDB Cloud'],
    selfHostable: true,
    licence: 'CockroachDB Software License from 24.3 (November 2024): source-available; Enterprise Free for businesses under $10M annual revenue',
    inMemory: false,
    sources: [COCKROACHDB_READ_COMMITTED, COCKROACHDB_LICENSING, DISTRIBUTED_SQL_WRITES.basis],
  },
  {
    id: 'spanner',
    name: 'Google Cloud Spanner',
    category: 'distributed-sql',
    technology: 'spanner',
    models: ['relational', 'key-value'],
    consistency: 'strong',
    consistencyNote: 'Externally consistent transactions (stricter than serializable) across regions; strong reads by default.',
    guarantees: {
      ...PG_GUARANTEES,
      isolation: 'strict-serializable',
      isolationNote: 'External consistency: transactions appear in an order that respects real time.',
      readsNote: 'Strong reads by default; stale reads on request.',
      conditionalNote: 'Read-write transactions and DML with conditions.',
    },
    singleNodeWrites: {
      low: 3_500,
      high: 22_500,
      note: 'peak writes per second per node, regional SSD; the high end with throughput-optimised writes',
      basis: SPANNER_PERFORMANCE,
    },
    queryFlexibility: 'SQL (GoogleSQL or PostgreSQL dialect) across regions.',
    operationalComplexity: 'low',
    scaleOut: true,
    managedOfferings: ['Google Cloud'],
    selfHostable: false,
    licence: 'Proprietary Google Cloud service',
    inMemory: false,
    sources: [SPANNER_EXTERNAL_CONSISTENCY, SPANNER_PERFORMANCE],
  },
  {
    id: 's3',
    name: 'Amazon S3',
    category: 'object-store',
    technology: 's3',
    models: ['blob'],
    consistency: 'strong',
    consistencyNote: 'Strong read-after-write consistency for every object (since December 2020); no multi-object transactions.',
    guarantees: {
      multiItemWrites: 'single-item',
      multiItemNote: 'Each PUT replaces one whole object; no multi-object transactions.',
      isolation: 'per-item',
      isolationNote: 'Per object.',
      strongReads: 'default',
      readsNote: 'A read after a successful write or delete sees it, in every Region.',
      conditionalWrites: true,
      conditionalNote: 'If-None-Match refuses to overwrite an existing key; If-Match writes only if the ETag still matches.',
    },
    singleNodeWrites: {
      low: 3_500,
      high: null,
      note: 'writes per second per partitioned prefix; scales with more prefixes',
      basis: S3_PERFORMANCE,
    },
    queryFlexibility: 'GET/PUT whole objects by key; list by prefix.',
    operationalComplexity: 'low',
    scaleOut: false,
    managedOfferings: ['Amazon Web Services'],
    selfHostable: false,
    licence: 'Proprietary AWS service',
    inMemory: false,
    sources: [S3_CONSISTENCY, S3_CONDITIONAL_WRITES, S3_PERFORMANCE],
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
