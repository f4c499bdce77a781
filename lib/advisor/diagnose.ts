// The migration diagnosis: a symptom leads to its likely cause, what to try before migrating (diagnose the
// specific bottleneck before choosing a target), the target if that fails, and the migration pattern. Each entry
// cites the public pages behind it, or labels the course's planning figures as assumptions.

import { ENGINEER_RATE_ASSUMPTION, SELF_HOSTED_OPS_HOURS_ASSUMPTION } from '../estimator/tco-options';
import { AdvisorInputError } from './errors';
import {
  AWS_CACHING,
  AWS_DMS,
  BLUE_GREEN,
  CASSANDRA_DYNAMO,
  CITUS,
  CLICKHOUSE_INSERTS,
  DEBEZIUM_POSTGRES,
  DISCORD_BILLIONS,
  DISCORD_TRILLIONS,
  DYNAMODB_PAPER,
  DYNAMODB_PARTITION_LIMITS,
  ES_NEAR_REAL_TIME,
  FREUND_CONNECTION_MEMORY,
  GH_OST,
  INFLUXDB_REPO,
  MONGODB_TRANSACTIONS,
  PARADEDB,
  PGBOUNCER_CONFIG,
  PGLOGICAL,
  PGVECTOR,
  PG_CONNECT,
  PG_DDL_ALTER,
  PG_EXPLAIN,
  PG_JSON,
  PG_TEXT_SEARCH,
  PG_WARM_STANDBY,
  POSTGIS,
  RDS_POSTGRESQL_PRICING,
  RDS_PROXY,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  SRE_TOIL,
  STRIPE_ONLINE_MIGRATIONS,
  TIMESCALEDB,
  source,
  type Citation,
} from './sources';
import { ASSUMPTION_INFO } from './thresholds';
import type { DatabaseId } from './types';

const DYNAMODB_PARTITION_KEYS = source(
  'Amazon DynamoDB Developer Guide: Best practices for designing and using partition keys',
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html',
  'Amazon Web Services',
  'Spread writes over partition keys; add a random or calculated suffix to a hot key (write sharding)',
);

/** How data moves to the target, or 'in-place' when nothing has to move. */
export type MigrationPattern = 'cdc' | 'dual-write' | 'blue-green' | 'backup-restore' | 'in-place';

/** One migration pattern, for a UI legend. */
export interface MigrationPatternInfo {
  /** Pattern id. */
  id: MigrationPattern;
  /** Display name. */
  label: string;
  /** When it fits. */
  bestFor: string;
  /** What can go wrong. */
  risk: string;
}

/** The migration patterns with when to use them. */
export const MIGRATION_PATTERNS: readonly MigrationPatternInfo[] = [
  { id: 'cdc', label: 'Change data capture', bestFor: 'Live databases of any size: stream every change from the old store into the new one.', risk: 'Replication lag at cut-over.' },
  { id: 'dual-write', label: 'Dual write + backfill', bestFor: 'Small-to-medium data sets, or when no CDC connector exists: write to both, copy history in the background.', risk: 'Twice the writes and a window where the two stores disagree.' },
  { id: 'blue-green', label: 'Blue-green', bestFor: 'Large databases that need a full-fidelity copy prepared before switching over.', risk: 'Long preparation.' },
  { id: 'backup-restore', label: 'Backup and restore', bestFor: 'Moving the same engine from self-hosted to a managed service.', risk: 'Writes made after the backup must be replayed or paused.' },
  { id: 'in-place', label: 'Fix in place', bestFor: 'Symptoms solved by indexes, pooling, replicas or caching: no data moves.', risk: 'Masking a real ceiling if the fix only buys weeks.' },
];

/** Symptom ids the diagnosis knows, in the order a UI should list them. */
export const SYMPTOM_IDS = [
  'p99-latency',
  'connection-exhaustion',
  'slow-joins',
  'write-ceiling',
  'hot-partitions',
  'slow-schema-changes',
  'full-text-needs',
  'vector-search-needs',
  'analytics-hurting-oltp',
  'time-series-ingest',
  'acid-needed',
  'writes-dominate-without-acid',
  'gc-pauses',
  'mysql-missing-features',
  'ops-burden',
] as const;

/** One diagnosable symptom. */
export type SymptomId = (typeof SYMPTOM_IDS)[number];

/** The migration matrix's answer for one symptom. */
export interface Diagnosis {
  /** The symptom diagnosed. */
  symptom: SymptomId;
  /** What usually causes it. */
  likelyCause: string;
  /** Cheaper fixes to try before any migration, first to last. */
  tryFirst: string[];
  /** Where to go if they are not enough; empty when the answer is to stay on the same engine. */
  migrationTarget: DatabaseId[];
  /** How to move the data. */
  pattern: MigrationPattern;
  /** The reasoning, in a few sentences. */
  explanation: string;
  /** Public pages behind the entry, and the course's planning assumptions it uses (labelled as such). */
  sources: Citation[];
}

type Entry = Omit<Diagnosis, 'symptom'> & { label: string };

const MATRIX: Readonly<Record<SymptomId, Entry>> = {
  'p99-latency': {
    label: 'p99 latency over 500 ms on simple reads',
    likelyCause: 'Hot indexes no longer fit in memory, or every connection is busy and requests queue.',
    tryFirst: [
      'Run EXPLAIN ANALYZE on the slow queries and add the missing (or mis-ordered composite) index.',
      'Put a pooler (PgBouncer in transaction mode) in front of the database.',
      'Send read traffic to read replicas.',
      'Cache hot reads with a short TTL (cache-aside).',
    ],
    migrationTarget: ['valkey'],
    pattern: 'in-place',
    explanation:
      'Slow simple reads are almost never a reason to change databases: the index, the pool and replicas fix most of them, and a cache in front covers launch-day spikes, as in the growth phase of the course’s EventFlow example. Nothing has to be migrated.',
    sources: [PG_EXPLAIN, PGBOUNCER_CONFIG, PG_WARM_STANDBY, AWS_CACHING],
  },
  'connection-exhaustion': {
    label: 'Running out of database connections',
    likelyCause: 'PostgreSQL runs one process per connection (a couple of MB of its own when idle, more as caches and sorts grow), and many app instances or serverless functions each open their own.',
    tryFirst: [
      'Put PgBouncer in transaction mode (or RDS Proxy / Cloud SQL Proxy) between the app and the database.',
      'Size application pools to what the database can hold, not to the request rate.',
      'Close idle connections and set timeouts.',
    ],
    migrationTarget: [],
    pattern: 'in-place',
    explanation:
      'Connection limits are a pooling problem, not a storage problem: a pooler multiplexes thousands of client connections over a few dozen real ones. Stay on the same database.',
    sources: [PG_CONNECT, PGBOUNCER_CONFIG, RDS_PROXY, FREUND_CONNECTION_MEMORY],
  },
  'slow-joins': {
    label: 'Joins across millions of rows are slow',
    likelyCause: 'Join keys lack indexes, or the read path joins data that is always read together.',
    tryFirst: [
      'Index the join keys and check the plan with EXPLAIN ANALYZE.',
      'Denormalise the hot read path, or precompute it in a materialised view.',
    ],
    migrationTarget: ['mongodb'],
    pattern: 'cdc',
    explanation:
      'Most slow joins are fixed by indexes or by storing the read shape directly. Only when entities are always read whole and never queried across does a document store fit better — and JSONB in PostgreSQL often gets the same result without a migration.',
    sources: [PG_EXPLAIN, PG_JSON],
  },
  'write-ceiling': {
    label: 'Writes hit the single-primary ceiling (~10K writes/s)',
    likelyCause: 'Every write funnels through one primary, where concurrency, CPU per transaction, index maintenance and WAL volume set a ceiling.',
    tryFirst: [
      'Drop unused indexes and batch small writes: each index is extra work on every write, and a batch shares one commit.',
      'Absorb bursts with a queue so the primary sees a steady rate.',
      'Move only the write-hot table, leaving read-mostly tables where they are.',
    ],
    migrationTarget: ['postgresql', 'cassandra', 'scylladb'],
    pattern: 'dual-write',
    explanation:
      'If the writes need transactions, shard PostgreSQL by a domain key (Citus or application-level), as the course’s EventFlow example shards tickets by event_id; if they do not, an LSM store such as Cassandra or ScyllaDB takes them. Either way, move the hot table with dual writes and a backfill. The ~10K figure is the course’s planning assumption (range 5,000–50,000 writes/s): measure your own primary with pgbench before you move.',
    sources: [SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION, CITUS, STRIPE_ONLINE_MIGRATIONS],
  },
  'hot-partitions': {
    label: 'One partition or shard takes most of the load',
    likelyCause: 'The partition key concentrates traffic: a celebrity account, the current time bucket, or sequential ids.',
    tryFirst: [
      'Salt hot keys (key#0…key#9) to spread their writes, and read them back with a scatter-gather.',
      'Use hashed or time-bucketed keys instead of sequential ones.',
      'Cache the hottest keys.',
    ],
    migrationTarget: [],
    pattern: 'dual-write',
    explanation:
      'The store is fine; its key is not. Re-key into a new table or keyspace: write both layouts, backfill the old data into the new key, then switch reads.',
    sources: [DYNAMODB_PARTITION_KEYS, DYNAMODB_PARTITION_LIMITS, CASSANDRA_DYNAMO, STRIPE_ONLINE_MIGRATIONS],
  },
  'slow-schema-changes': {
    label: 'Schema changes take hours',
    likelyCause: 'ALTER TABLE on a large table rewrites it or holds a lock for the duration.',
    tryFirst: [
      'Make changes additive: add a nullable column, backfill in batches, then add the constraint.',
      'Use an online schema-change tool (pt-online-schema-change or gh-ost on MySQL).',
      'Split one large migration into steps that each lock briefly.',
    ],
    migrationTarget: [],
    pattern: 'blue-green',
    explanation:
      'Online tooling usually ends the problem, and no engine change is needed: in PostgreSQL most additive changes take only a brief lock, and on MySQL gh-ost or pt-online-schema-change copy the table in the background. For a change that must rewrite a large table, a blue-green copy lets it run on the idle side before switching.',
    sources: [PG_DDL_ALTER, GH_OST, BLUE_GREEN],
  },
  'full-text-needs': {
    label: 'Full-text search outgrows PostgreSQL',
    likelyCause: 'Relevance tuning, facets or typo tolerance are needed, or the corpus passes the course’s planning threshold of about 100M documents for pg_search.',
    tryFirst: [
      "Replace LIKE '%term%' with a tsvector column and a GIN index.",
      'Try pg_search (ParadeDB) for BM25 relevance inside PostgreSQL.',
      'Serve search from a read replica.',
    ],
    migrationTarget: ['elasticsearch', 'opensearch'],
    pattern: 'cdc',
    explanation:
      'A search engine is added beside the primary, never instead of it: stream changes into it with CDC (Debezium, as in the course’s EventFlow example) and keep PostgreSQL as the source of truth the index can be rebuilt from. The index trails the primary by the pipeline’s lag plus a refresh, about a second by default.',
    sources: [PG_TEXT_SEARCH, PARADEDB, DEBEZIUM_POSTGRES, ES_NEAR_REAL_TIME, ...ASSUMPTION_INFO.postgresFullTextMaxDocuments.citations],
  },
  'vector-search-needs': {
    label: 'Vector search outgrows pgvector',
    likelyCause: 'The collection passes the course’s planning threshold of about 10M embeddings, or p99 targets for approximate search get tight.',
    tryFirst: [
      'Use an HNSW index, and pgvector 0.8 or later for iterative index scans with filters.',
      'Tune the index parameters for the recall you actually need.',
      'Filter first (tenant, category) so each search covers fewer vectors.',
    ],
    migrationTarget: ['qdrant', 'pinecone'],
    pattern: 'dual-write',
    explanation:
      'Below the planning threshold pgvector is usually enough; past it, and with tight p99 targets, benchmark a dedicated store on your own data. Write new embeddings to both, backfill the rest, and compare recall before switching queries.',
    sources: [PGVECTOR, ...ASSUMPTION_INFO.pgvectorMaxVectors.citations],
  },
  'analytics-hurting-oltp': {
    label: 'Analytics queries slow down transactions',
    likelyCause: 'Large scans and aggregations compete with short transactions for CPU, memory and disk.',
    tryFirst: [
      'Send reports to a read replica with a statement timeout.',
      'Precompute aggregates in rollup tables or materialised views.',
    ],
    migrationTarget: ['clickhouse'],
    pattern: 'cdc',
    explanation:
      'OLTP and OLAP want opposite things from the hardware. Keep transactions in PostgreSQL and stream changes into a columnar store for reporting.',
    sources: [PG_WARM_STANDBY, DEBEZIUM_POSTGRES, CLICKHOUSE_INSERTS],
  },
  'time-series-ingest': {
    label: 'Time-series ingest outgrows TimescaleDB',
    likelyCause: 'Sustained ingest passes the course’s planning threshold of about 50 GB/day.',
    tryFirst: [
      'Turn on compression and retention policies so old chunks shrink or drop.',
      'Downsample old data with continuous aggregates.',
    ],
    migrationTarget: ['influxdb', 'clickhouse'],
    pattern: 'dual-write',
    explanation:
      'Past that planning threshold, a dedicated engine earns its place: InfluxDB for metric points at very high rates, ClickHouse when the queries are analytical. Point the collectors at both, backfill, then switch dashboards.',
    sources: [TIMESCALEDB, INFLUXDB_REPO, CLICKHOUSE_INSERTS, ...ASSUMPTION_INFO.timescaleMaxIngestGbPerDay.citations],
  },
  'acid-needed': {
    label: 'The document store needs transactions and joins',
    likelyCause: 'Invariants across documents (money, stock, ownership) are being enforced in application code.',
    tryFirst: [
      'Use multi-document transactions on the critical paths.',
      'Embed data that always changes together in one document.',
    ],
    migrationTarget: ['postgresql'],
    pattern: 'cdc',
    explanation:
      'MongoDB has had multi-document transactions since 4.0, so first use them on the paths that need them. When transactions and joins across entities become the centre of the workload, move to PostgreSQL: stream the collections across with CDC, keeping flexible parts in JSONB columns.',
    sources: [MONGODB_TRANSACTIONS, PG_JSON],
  },
  'writes-dominate-without-acid': {
    label: 'Writes dominate and no transactions are needed',
    likelyCause: 'An append-heavy workload (messages, events, logs) sits in a store built for balanced OLTP.',
    tryFirst: ['Check the write rate against the ceiling: a busy but unsaturated primary does not need a new store.'],
    migrationTarget: ['cassandra', 'scylladb', 'dynamodb'],
    pattern: 'dual-write',
    explanation:
      'Append-only data keyed by a partition and read by range is what partitioned stores are built for (LSM trees in Cassandra and ScyllaDB, B-trees in DynamoDB). Write to both stores, backfill history by cursor, validate samples, then cut over, as Discord did when it moved its messages to Cassandra.',
    sources: [DISCORD_BILLIONS, DYNAMODB_PAPER, STRIPE_ONLINE_MIGRATIONS],
  },
  // Discord's messages went MongoDB → Cassandra (its 2017 post) → ScyllaDB (its 2023 post). A common claim has
  // Discord starting on PostgreSQL; its own posts say MongoDB.
  'gc-pauses': {
    label: 'Cassandra tail latency spikes',
    likelyCause: 'JVM garbage-collection pauses on the nodes, not the data model.',
    tryFirst: ['Tune the garbage collector and heap size.', 'Look for large partitions and tombstones that make reads expensive.'],
    migrationTarget: ['scylladb'],
    pattern: 'dual-write',
    explanation:
      'ScyllaDB speaks the same CQL without a JVM, so the data model carries over and fewer nodes do the work. Discord’s messages went MongoDB → Cassandra (its 2017 post) → ScyllaDB (its 2023 post: 177 Cassandra nodes replaced by 72 ScyllaDB nodes), the last step for exactly this tail latency.',
    sources: [DISCORD_BILLIONS, DISCORD_TRILLIONS],
  },
  'mysql-missing-features': {
    label: 'MySQL lacks JSONB, arrays or PostGIS',
    likelyCause: 'The workload now needs PostgreSQL-only features.',
    tryFirst: ["Check whether MySQL's JSON type and spatial indexes cover the specific queries."],
    migrationTarget: ['postgresql'],
    pattern: 'cdc',
    // A common suggestion is pglogical, but it replicates only between PostgreSQL servers; reading MySQL's binlog
    // takes a tool such as AWS DMS.
    explanation: 'Move with CDC that reads the MySQL binlog (AWS DMS, for example) so the application keeps running during the copy; pglogical will not do, as it replicates only between PostgreSQL servers.',
    sources: [AWS_DMS, PGLOGICAL, PG_JSON, POSTGIS],
  },
  'ops-burden': {
    label: 'The team spends its time running databases',
    likelyCause: 'Self-hosted clusters need upgrades, backups, failover drills and tuning that a small team cannot spare.',
    tryFirst: [
      'Count the hours: at an assumed $200 an engineer-hour, 12 hours a month is $2,400, more than a Multi-AZ RDS for PostgreSQL db.r6g.2xlarge with 1 TB of gp3 storage at about $1,543 a month (list price as of December 2026).',
    ],
    migrationTarget: [],
    pattern: 'backup-restore',
    explanation:
      'Move the same engine to its managed service (RDS, Cloud SQL, Atlas, Astra, ScyllaDB Cloud) by restoring a backup into it; the data model does not change.',
    sources: [ENGINEER_RATE_ASSUMPTION, SELF_HOSTED_OPS_HOURS_ASSUMPTION, RDS_POSTGRESQL_PRICING, SRE_TOIL],
  },
};

/** Symptoms with labels, in display order, for a UI picker. */
export const SYMPTOMS: readonly { id: SymptomId; label: string }[] = SYMPTOM_IDS.map((id) => ({ id, label: MATRIX[id].label }));

/** Looks a symptom up in the migration matrix; throws `AdvisorInputError` for an unknown id. */
export function diagnose(symptom: SymptomId): Diagnosis {
  if (typeof symptom !== 'string' || !(SYMPTOM_IDS as readonly string[]).includes(symptom)) {
    throw new AdvisorInputError('symptom', `symptom must be one of ${SYMPTOM_IDS.join(', ')} (got ${JSON.stringify(symptom)})`, symptom);
  }
  const { label: _label, ...entry } = MATRIX[symptom];
  return { symptom, ...entry, tryFirst: [...entry.tryFirst], migrationTarget: [...entry.migrationTarget], sources: [...entry.sources] };
}
