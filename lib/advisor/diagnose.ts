// Seed 001 "Chapter 16: Database Selection Framework", Migration Strategy Matrix and From → To Decision Table:
// a symptom leads to its likely cause, what to try before migrating ("Always diagnose the specific bottleneck
// before choosing a migration target"), the target if that fails, and the migration pattern. Wording is this
// course's own.

import { AdvisorInputError } from './errors';
import { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from './sources';
import type { DatabaseId } from './types';

/** How data moves to the target (seed 001's Migration Patterns), or 'in-place' when nothing has to move. */
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

/** The migration patterns with when to use them (seed 001's Migration Patterns table, reworded). */
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
  /** Seeds the entry is drawn from. */
  sources: string[];
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
      'Slow simple reads are almost never a reason to change databases: the index, the pool and replicas fix most of them, and a cache in front covers launch-day spikes, as EventFlow found in its growth phase. Nothing has to be migrated.',
    sources: [SEED_001, SEED_002, SEED_004],
  },
  'connection-exhaustion': {
    label: 'Running out of database connections',
    likelyCause: 'PostgreSQL runs one process per connection (several MB each), and many app instances or serverless functions each open their own.',
    tryFirst: [
      'Put PgBouncer in transaction mode (or RDS Proxy / Cloud SQL Proxy) between the app and the database.',
      'Size application pools to what the database can hold, not to the request rate.',
      'Close idle connections and set timeouts.',
    ],
    migrationTarget: [],
    pattern: 'in-place',
    explanation:
      'Connection limits are a pooling problem, not a storage problem: a pooler multiplexes thousands of client connections over a few dozen real ones. Stay on the same database.',
    sources: [SEED_002, SEED_004],
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
    sources: [SEED_001, SEED_002],
  },
  'write-ceiling': {
    label: 'Writes hit the single-primary ceiling (~10K writes/s)',
    likelyCause: 'Every write funnels through one primary, whose WAL, indexes and locks set a ceiling.',
    tryFirst: [
      'Drop unused indexes and batch small writes: each index is extra work on every write.',
      'Absorb bursts with a queue so the primary sees a steady rate.',
      'Move only the write-hot table, leaving read-mostly tables where they are.',
    ],
    migrationTarget: ['postgresql', 'cassandra', 'scylladb'],
    pattern: 'dual-write',
    explanation:
      'If the writes need transactions, shard PostgreSQL by a domain key (Citus or application-level), as EventFlow sharded tickets by event_id; if they do not, an LSM store such as Cassandra or ScyllaDB takes them. Seed 001 moves a single PostgreSQL to a sharded one with dual writes, sharding by the domain key.',
    sources: [SEED_001, SEED_000, SEED_002],
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
    sources: [SEED_003, SEED_004],
  },
  'slow-schema-changes': {
    label: 'Schema changes take hours',
    likelyCause: 'ALTER TABLE on a large table rewrites it or holds a lock for the duration.',
    tryFirst: [
      'Make changes additive: add a nullable column, backfill in batches, then add the constraint.',
      'Use an online schema-change tool (pt-online-schema-change or gh-ost on MySQL).',
      'Split one large migration into steps that each lock briefly.',
    ],
    migrationTarget: ['mysql'],
    pattern: 'blue-green',
    explanation:
      'Online tooling usually ends the problem. On MySQL, PlanetScale (Vitess) makes schema changes branch-and-deploy operations without downtime; on any engine, a blue-green copy lets the change run on the idle side before switching.',
    sources: [SEED_001],
  },
  'full-text-needs': {
    label: 'Full-text search outgrows PostgreSQL',
    likelyCause: 'Relevance tuning, facets or typo tolerance are needed, or the corpus passes about 100M documents.',
    tryFirst: [
      "Replace LIKE '%term%' with a tsvector column and a GIN index.",
      'Try pg_search (ParadeDB) for BM25 relevance inside PostgreSQL.',
      'Serve search from a read replica.',
    ],
    migrationTarget: ['elasticsearch', 'opensearch'],
    pattern: 'cdc',
    explanation:
      'A search engine is added beside the primary, never instead of it: stream changes into it with CDC (Debezium, as EventFlow did) and keep PostgreSQL as the source of truth the index can be rebuilt from.',
    sources: [SEED_001, SEED_004],
  },
  'vector-search-needs': {
    label: 'Vector search outgrows pgvector',
    likelyCause: 'The collection passes about 10M embeddings, or p99 targets for approximate search get tight.',
    tryFirst: [
      'Upgrade to pgvector 0.8+ and use an HNSW index.',
      'Tune the index parameters for the recall you actually need.',
      'Filter first (tenant, category) so each search covers fewer vectors.',
    ],
    migrationTarget: ['qdrant', 'pinecone'],
    pattern: 'dual-write',
    explanation:
      'Below about 10M vectors pgvector is usually enough; past 50M with strict latency, dedicated stores lead. Write new embeddings to both, backfill the rest, and compare recall before switching queries.',
    sources: [SEED_001],
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
    sources: [SEED_001, SEED_002, SEED_003],
  },
  'time-series-ingest': {
    label: 'Time-series ingest outgrows TimescaleDB',
    likelyCause: 'Sustained ingest passes about 50 GB/day.',
    tryFirst: [
      'Turn on compression and retention policies so old chunks shrink or drop.',
      'Downsample old data with continuous aggregates.',
    ],
    migrationTarget: ['influxdb', 'clickhouse'],
    pattern: 'dual-write',
    explanation:
      'Past about 50 GB/day, a dedicated engine earns its place: InfluxDB for metric points at very high rates, ClickHouse when the queries are analytical. Point the collectors at both, backfill, then switch dashboards.',
    sources: [SEED_001],
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
      'When ACID and joins become central, move to PostgreSQL: stream the collections across with CDC (Debezium), keeping flexible parts in JSONB columns.',
    sources: [SEED_001, SEED_004],
  },
  'writes-dominate-without-acid': {
    label: 'Writes dominate and ACID is not needed',
    likelyCause: 'An append-heavy workload (messages, events, logs) sits in a store built for balanced OLTP.',
    tryFirst: ['Check the write rate against the ceiling: a busy but unsaturated primary does not need a new store.'],
    migrationTarget: ['cassandra', 'scylladb', 'dynamodb'],
    pattern: 'dual-write',
    explanation:
      'Append-only data keyed by a partition and read by range is what LSM stores are built for. Write to both stores, backfill history by cursor, validate samples, then cut over — the seeds\' plan for moving a messages collection.',
    sources: [SEED_001, SEED_000],
  },
  // Discord's history is MongoDB → Cassandra (2017) → ScyllaDB (2022–23). Seed 003 wrongly has Discord moving
  // from PostgreSQL to Cassandra, and seed 002 dates the ScyllaDB move to 2023 (when it was written up).
  'gc-pauses': {
    label: 'Cassandra tail latency spikes',
    likelyCause: 'JVM garbage-collection pauses on the nodes, not the data model.',
    tryFirst: ['Tune the garbage collector and heap size.', 'Look for large partitions and tombstones that make reads expensive.'],
    migrationTarget: ['scylladb'],
    pattern: 'dual-write',
    explanation:
      'ScyllaDB speaks the same CQL without a JVM, so the data model carries over and fewer nodes do the work. Discord went MongoDB → Cassandra (2017) → ScyllaDB (2022–23), the last step for exactly this tail latency.',
    sources: [SEED_001, SEED_002, SEED_003],
  },
  'mysql-missing-features': {
    label: 'MySQL lacks JSONB, arrays or PostGIS',
    likelyCause: 'The workload now needs PostgreSQL-only features.',
    tryFirst: ["Check whether MySQL's JSON type and spatial indexes cover the specific queries."],
    migrationTarget: ['postgresql'],
    pattern: 'cdc',
    // Seed 001 names pglogical here, but pglogical replicates only between PostgreSQL servers; reading MySQL's binlog takes a tool such as AWS DMS or Debezium.
    explanation: 'Move with CDC that reads the MySQL binlog (AWS DMS, or Debezium into a loader) so the application keeps running during the copy.',
    sources: [SEED_001],
  },
  'ops-burden': {
    label: 'The team spends its time running databases',
    likelyCause: 'Self-hosted clusters need upgrades, backups, failover drills and tuning that a small team cannot spare.',
    tryFirst: ['Count the hours: at about $200 an engineer-hour, ten hours a month costs more than most managed tiers.'],
    migrationTarget: [],
    pattern: 'backup-restore',
    explanation:
      'Move the same engine to its managed service (RDS, Cloud SQL, Atlas, Astra, ScyllaDB Cloud) by restoring a backup into it; the data model does not change.',
    sources: [SEED_001],
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
