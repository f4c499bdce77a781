// The public pages the advisor's catalog, thresholds, presets, warnings and diagnoses cite, as typed records
// (`SourceRef`: title, https url, publisher, accessed date, note), and the helpers to build planning assumptions.
// The types and the shared PostgreSQL, pricing and pooling pages come from lib/estimator/sources.ts, so both
// instruments cite one page for one fact.

import { source } from '../estimator/sources';

export {
  ACCESSED,
  FREUND_CONNECTION_MEMORY,
  PGBOUNCER_CONFIG,
  PG_PGBENCH,
  PG_RUNTIME_CONFIG_WAL,
  PG_WAL_CONFIGURATION,
  PG_WIKI_CONNECTIONS,
  RDS_POSTGRESQL_PRICING,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  SRE_TOIL,
  assumption,
  isAssumption,
  isSource,
  source,
  sourcesOf,
  type AssumptionRange,
  type Citation,
  type PlanningAssumption,
  type SourceRef,
} from '../estimator/sources';

const PG = 'PostgreSQL Global Development Group';
const AWS = 'Amazon Web Services';
const MONGODB = 'MongoDB, Inc.';

// PostgreSQL and its extensions.
export const PG_TRANSACTION_ISOLATION = source(
  'PostgreSQL documentation: Transaction Isolation',
  'https://www.postgresql.org/docs/current/transaction-iso.html',
  PG,
  'READ COMMITTED is the default; REPEATABLE READ and SERIALIZABLE are available',
);
export const PG_WARM_STANDBY = source(
  'PostgreSQL documentation: Log-Shipping Standby Servers',
  'https://www.postgresql.org/docs/current/warm-standby.html',
  PG,
  'Streaming replication is asynchronous by default: a standby can lag the primary, typically by under a second',
);
export const PG_LICENCE = source('PostgreSQL Licence', 'https://www.postgresql.org/about/licence/', PG, 'A permissive licence similar to BSD or MIT');
export const PG_TEXT_SEARCH = source(
  'PostgreSQL documentation: Full Text Search',
  'https://www.postgresql.org/docs/current/textsearch.html',
  PG,
  'tsvector and tsquery with GIN indexes, ranking with ts_rank',
);
export const PG_JSON = source('PostgreSQL documentation: JSON Types', 'https://www.postgresql.org/docs/current/datatype-json.html', PG, 'jsonb with GIN indexes');
export const PG_CONNECT = source(
  'PostgreSQL documentation: How Connections Are Established',
  'https://www.postgresql.org/docs/current/connect-estab.html',
  PG,
  'One server process per client connection',
);
export const PG_DDL_ALTER = source(
  'PostgreSQL documentation: ALTER TABLE',
  'https://www.postgresql.org/docs/current/sql-altertable.html',
  PG,
  'Which forms of ALTER TABLE rewrite the table and which locks they take',
);
export const PG_EXPLAIN = source('PostgreSQL documentation: Using EXPLAIN', 'https://www.postgresql.org/docs/current/using-explain.html', PG);
export const PG_RECURSIVE_QUERIES = source(
  'PostgreSQL documentation: WITH Queries (recursive)',
  'https://www.postgresql.org/docs/current/queries-with.html',
  PG,
  'Recursive CTEs walk hierarchies and graphs in SQL',
);
export const PGVECTOR = source('pgvector', 'https://github.com/pgvector/pgvector', 'pgvector project (GitHub)', 'HNSW and IVFFlat indexes; PostgreSQL Licence');
export const PARADEDB = source('ParadeDB pg_search', 'https://github.com/paradedb/paradedb', 'ParadeDB (GitHub)', 'BM25 full-text search inside PostgreSQL');
export const TIMESCALEDB = source(
  'TimescaleDB',
  'https://github.com/timescale/timescaledb',
  'Tiger Data (GitHub)',
  'Hypertables, compression and continuous aggregates; Apache 2.0 core, Timescale License for some features',
);
export const TIGER_CLOUD = source(
  'Tiger Cloud: about data tiering',
  'https://www.tigerdata.com/docs/use-timescale/latest/data-tiering/about-data-tiering',
  'Tiger Data (formerly Timescale)',
  'The managed TimescaleDB service, now called Tiger Cloud',
);
export const CITUS = source('Citus', 'https://github.com/citusdata/citus', 'Citus Data (GitHub)', 'Distributed PostgreSQL: shards tables by a distribution column');
export const POSTGIS = source('PostGIS', 'https://postgis.net/', 'PostGIS project', 'Spatial types, indexes and functions for PostgreSQL');
export const DEBEZIUM_POSTGRES = source(
  'Debezium connector for PostgreSQL',
  'https://debezium.io/documentation/reference/stable/connectors/postgresql.html',
  'Debezium project',
  'Change data capture from PostgreSQL’s logical decoding',
);
export const PGLOGICAL = source('pglogical', 'https://github.com/2ndQuadrant/pglogical', '2ndQuadrant (GitHub)', 'Logical replication between PostgreSQL servers');

// MySQL.
export const MYSQL_ISOLATION = source(
  'MySQL 8.4 Reference Manual: Transaction Isolation Levels',
  'https://dev.mysql.com/doc/refman/8.4/en/innodb-transaction-isolation-levels.html',
  'Oracle',
  'InnoDB defaults to REPEATABLE READ; SERIALIZABLE is available',
);
export const MYSQL_SERVER = source('MySQL Server', 'https://github.com/mysql/mysql-server', 'Oracle (GitHub)', 'Community Edition under GPLv2');

// MongoDB.
export const MONGODB_TRANSACTIONS = source(
  'MongoDB Manual: Transactions',
  'https://www.mongodb.com/docs/manual/core/transactions/',
  MONGODB,
  'Multi-document ACID transactions: replica sets since 4.0, sharded clusters since 4.2',
);
export const MONGODB_LINEARIZABLE = source(
  'MongoDB Manual: Read Concern "linearizable"',
  'https://www.mongodb.com/docs/manual/reference/read-concern-linearizable/',
  MONGODB,
  'Linearizable reads of a single document from the primary',
);
export const MONGODB_WRITE_CONCERN = source(
  'MongoDB Manual: Write Concern',
  'https://www.mongodb.com/docs/manual/reference/write-concern/',
  MONGODB,
  'w: "majority" acknowledges a write once a majority of members hold it',
);
export const MONGODB_SSPL = source(
  'Server Side Public License',
  'https://www.mongodb.com/legal/licensing/server-side-public-license',
  MONGODB,
  'SSPL version 1, dated October 16, 2018: the licence of MongoDB Community Server',
);

// DynamoDB.
export const DYNAMODB_TRANSACTIONS = source(
  'Amazon DynamoDB Developer Guide: Transactions',
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html',
  AWS,
  'TransactWriteItems and TransactGetItems: up to 100 items in one account and Region, all or nothing, serializable against other writes to those items; a client request token makes a retry idempotent',
);
export const DYNAMODB_READ_CONSISTENCY = source(
  'Amazon DynamoDB Developer Guide: Read consistency',
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html',
  AWS,
  'Reads are eventually consistent unless ConsistentRead is set; global secondary indexes support only eventually consistent reads',
);
export const DYNAMODB_CONDITIONS = source(
  'Amazon DynamoDB Developer Guide: Condition expressions',
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html',
  AWS,
  'A write succeeds only if its condition holds on the current item',
);
export const DYNAMODB_PARTITION_LIMITS = source(
  'Amazon DynamoDB Developer Guide: Warm throughput scenarios',
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html',
  AWS,
  'Each partition is limited to 1,000 write units and 3,000 read units per second; a table spreads over as many partitions as it needs',
);
export const DYNAMODB_PAPER = source(
  'Amazon DynamoDB: A Scalable, Predictably Performant, and Fully Managed NoSQL Database Service',
  'https://www.usenix.org/conference/atc22/presentation/vig',
  'Elhemali et al., USENIX ATC 2022',
  'Storage nodes keep a B-tree and a replicated write-ahead log; partitions are replicated with Multi-Paxos',
);

// Cassandra and ScyllaDB.
export const CASSANDRA_DYNAMO = source(
  'Apache Cassandra documentation: Dynamo (tunable consistency)',
  'https://cassandra.apache.org/doc/latest/cassandra/architecture/dynamo.html',
  'Apache Software Foundation',
  'Per-request consistency levels (ONE, QUORUM, ALL …); replication is leaderless',
);
export const CASSANDRA_LWT = source(
  'Lightweight transactions (LWTs)',
  'https://docs.datastax.com/en/cql/dse/docs/developing/inserting/insert-lwt.html',
  'DataStax',
  'INSERT and UPDATE … IF run a Paxos compare-and-set with linearizable consistency, at about four times the latency of a plain write',
);
export const CASSANDRA_BATCH = source(
  'CQL reference: BATCH',
  'https://docs.datastax.com/en/cql/hcd-1.0/reference/cql-commands/batch.html',
  'DataStax',
  'A logged batch eventually applies all its statements or none, but is not isolated: readers can see it half applied',
);
export const CASSANDRA_REPO = source('Apache Cassandra', 'https://github.com/apache/cassandra', 'Apache Software Foundation (GitHub)', 'Apache License 2.0');
export const NETFLIX_CASSANDRA_BENCHMARK = source(
  'Benchmarking Cassandra Scalability on AWS: Over a million writes per second',
  'https://netflixtechblog.com/benchmarking-cassandra-scalability-on-aws-over-a-million-writes-per-second-39f45f066c9e',
  'Netflix Technology Blog (2011)',
  '288 instances took about 1.1 million client writes/s, 3.3 million counting replicas: about 11,500 per node',
);
export const SCYLLADB_LICENSE = source(
  'Why We’re Moving to a Source Available License',
  'https://www.scylladb.com/2024/12/18/why-were-moving-to-a-source-available-license/',
  'ScyllaDB (December 2024)',
  'From ScyllaDB 2025.1, one source-available release with a free tier; ScyllaDB OSS 6.2 was the last AGPL release',
);
export const DISCORD_TRILLIONS = source(
  'How Discord Stores Trillions of Messages',
  'https://discord.com/blog/how-discord-stores-trillions-of-messages',
  'Discord Engineering Blog (2023)',
  '177 Cassandra nodes by early 2022, with unpredictable latency and garbage-collection pauses; migrated to 72 ScyllaDB nodes',
);
export const DISCORD_BILLIONS = source(
  'How Discord Stores Billions of Messages',
  'https://discord.com/blog/how-discord-stores-billions-of-messages',
  'Discord Engineering Blog (2017)',
  'Messages started on MongoDB and moved to Cassandra',
);

// Redis and Valkey.
export const REDIS_REPLICATION = source(
  'Redis replication',
  'https://redis.io/docs/latest/operate/oss_and_stack/management/replication/',
  'Redis',
  'Replication is asynchronous by default; a failover can lose writes the old primary acknowledged',
);
export const REDIS_WAIT = source(
  'Redis command: WAIT',
  'https://redis.io/docs/latest/commands/WAIT/',
  'Redis',
  'WAIT does not make Redis a strongly consistent store; acknowledged writes can still be lost in a failover',
);
export const REDIS_PERSISTENCE = source(
  'Redis persistence',
  'https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/',
  'Redis',
  'RDB snapshots and the append-only file (AOF); without them a restart loses the data set',
);
export const REDIS_TRANSACTIONS = source(
  'Redis transactions',
  'https://redis.io/docs/latest/develop/interact/transactions/',
  'Redis',
  'MULTI/EXEC runs a group of commands without another client’s commands in between, with no rollback; WATCH gives optimistic check-and-set',
);
export const REDIS_BENCHMARKS = source(
  'Redis benchmark',
  'https://redis.io/topics/benchmarks',
  'Redis',
  'redis-benchmark measures a server’s own throughput; pipelining raises it',
);
export const REDIS_DUAL_LICENSE = source(
  'Redis Adopts Dual Source-Available Licensing',
  'https://redis.io/blog/redis-adopts-dual-source-available-licensing/',
  'Redis (March 2024)',
  'From Redis 7.4, RSALv2 or SSPLv1 instead of BSD-3',
);
export const REDIS_AGPL = source(
  'Redis is now available under the AGPLv3 open source license',
  'https://redis.io/blog/agplv3/',
  'Redis (May 2025)',
  'Redis 8 adds AGPLv3 as a third licence option',
);
export const VALKEY_LAUNCH = source(
  'Linux Foundation Launches Open Source Valkey Community',
  'https://www.linuxfoundation.org/press/linux-foundation-launches-open-source-valkey-community',
  'Linux Foundation (March 2024)',
  'Valkey continues Redis 7.2.4 under the BSD 3-clause licence',
);
export const ELASTICACHE_VALKEY = source('What is Valkey?', 'https://aws.amazon.com/elasticache/what-is-valkey/', AWS, 'ElastiCache and MemoryDB offer Valkey');
export const MEMORYSTORE_VALKEY = source(
  'Memorystore for Valkey overview',
  'https://cloud.google.com/memorystore/docs/valkey/product-overview',
  'Google Cloud',
  'A managed Valkey service',
);

// ClickHouse, InfluxDB.
export const CLICKHOUSE_INSERTS = source(
  'ClickHouse: Inserting data',
  'https://clickhouse.com/docs/guides/inserting-data',
  'ClickHouse',
  'Large batched inserts can reach millions of rows per second; each insert creates a part, so small inserts are slow',
);
export const CLICKHOUSE_QUORUM = source(
  'ClickHouse session settings: insert_quorum',
  'https://clickhouse.com/docs/reference/settings/session-settings/insert-quorum',
  'ClickHouse',
  'Replicas catch up asynchronously; quorum inserts with select_sequential_consistency give up-to-date reads',
);
export const CLICKHOUSE_REPO = source('ClickHouse', 'https://github.com/ClickHouse/ClickHouse', 'ClickHouse (GitHub)', 'Apache License 2.0');
export const INFLUXDB_REPO = source('InfluxDB 3 Core', 'https://github.com/influxdata/influxdb', 'InfluxData (GitHub)', 'Licensed under MIT or Apache 2.0');

// Search engines.
export const ES_NEAR_REAL_TIME = source(
  'Elasticsearch: Near real-time search',
  'https://www.elastic.co/guide/en/elasticsearch/reference/current/near-real-time.html',
  'Elastic',
  'A document becomes searchable after the next refresh, by default every second (on indices searched recently)',
);
export const ES_REFRESH = source(
  'Elasticsearch: Refresh API',
  'https://www.elastic.co/guide/en/elasticsearch/reference/current/indices-refresh.html',
  'Elastic',
  'Refresh makes recent changes visible to search; indices idle for 30 s skip periodic refreshes',
);
export const ES_AGPL = source(
  'Elasticsearch Is Open Source. Again!',
  'https://www.elastic.co/blog/elasticsearch-is-open-source-again',
  'Elastic (August 2024)',
  'AGPLv3 added as a licence option beside SSPL and the Elastic License 2.0 (in place since 2021)',
);
export const ES_OPTIMISTIC_CONCURRENCY = source(
  'Elasticsearch: Optimistic concurrency control',
  'https://www.elastic.co/guide/en/elasticsearch/reference/current/optimistic-concurrency-control.html',
  'Elastic',
  'if_seq_no and if_primary_term make a document write conditional on the version last read',
);
export const OPENSEARCH_REPO = source(
  'OpenSearch',
  'https://github.com/opensearch-project/OpenSearch',
  'OpenSearch project (GitHub)',
  'A fork of Elasticsearch 7.10.2 under the Apache License 2.0',
);
export const OPENSEARCH_FOUNDATION = source(
  'OpenSearch joins the Linux Foundation',
  'https://code.dblock.org/2024/09/17/opensearch-joins-the-linux-foundation.html',
  'Daniel Doubrovkine (OpenSearch maintainer), September 2024',
  'The OpenSearch Software Foundation, under the Linux Foundation, took over the project in September 2024',
);

// Graph, vector, distributed SQL, object storage.
export const NEO4J_TRANSACTIONS = source(
  'Neo4j Operations Manual: Database internals and transactional behavior',
  'https://neo4j.com/docs/operations-manual/current/database-internals/',
  'Neo4j',
  'ACID transactions; read-committed isolation by default, with write locks taken for stronger isolation',
);
export const NEO4J_REPO = source('Neo4j', 'https://github.com/neo4j/neo4j', 'Neo4j (GitHub)', 'Community Edition under GPLv3; Enterprise Edition commercial');
export const QDRANT_CONSISTENCY = source(
  'Qdrant: Consistency guarantees',
  'https://qdrant.tech/documentation/scaling/consistency-guarantees/',
  'Qdrant',
  'Tuned for availability by default; write_consistency_factor and a read consistency parameter trade latency for agreement between replicas',
);
export const QDRANT_REPO = source('Qdrant', 'https://github.com/qdrant/qdrant', 'Qdrant (GitHub)', 'Apache License 2.0');
export const PINECONE_FRESHNESS = source(
  'Pinecone: Check data freshness',
  'https://docs.pinecone.io/guides/index-data/check-data-freshness',
  'Pinecone',
  'Pinecone is eventually consistent: new or changed records can take a moment to become visible to queries',
);
export const COCKROACHDB_READ_COMMITTED = source(
  'CockroachDB: Read Committed Transactions',
  'https://www.cockroachlabs.com/docs/stable/read-committed',
  'Cockroach Labs',
  'SERIALIZABLE is the default isolation level; READ COMMITTED is optional',
);
export const COCKROACHDB_LICENSING = source(
  'CockroachDB: Licensing FAQs',
  'https://www.cockroachlabs.com/docs/stable/licensing-faqs',
  'Cockroach Labs',
  'From 24.3 (November 2024) under the CockroachDB Software License; Enterprise Free for businesses under $10M annual revenue',
);
export const SPANNER_EXTERNAL_CONSISTENCY = source(
  'Spanner: TrueTime and external consistency',
  'https://cloud.google.com/spanner/docs/true-time-external-consistency',
  'Google Cloud',
  'Transactions are externally consistent (stricter than serializable); strong reads by default',
);
export const SPANNER_PERFORMANCE = source(
  'Spanner: Performance overview',
  'https://cloud.google.com/spanner/docs/performance',
  'Google Cloud',
  'Per node in a regional SSD configuration, peak 22,500 reads/s or 3,500 writes/s (22,500 with throughput-optimised writes)',
);
export const SPANNER_PAPER = source(
  'Spanner: Google’s Globally-Distributed Database',
  'https://www.usenix.org/conference/osdi12/technical-sessions/presentation/corbett',
  'Corbett et al., OSDI 2012',
);
export const S3_CONSISTENCY = source(
  'Amazon S3 User Guide: Data consistency model',
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html#ConsistencyModel',
  AWS,
  'Strong read-after-write consistency for every PUT and DELETE, in all Regions (since December 2020)',
);
export const S3_CONDITIONAL_WRITES = source(
  'Amazon S3 User Guide: Conditional writes',
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html',
  AWS,
  'If-None-Match refuses to overwrite an existing key; If-Match writes only when the ETag still matches',
);
export const S3_PERFORMANCE = source(
  'Amazon S3 User Guide: Optimizing performance',
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
  AWS,
  'At least 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned prefix',
);

// Operations and architecture practice.
export const JEPSEN_SERIALIZABLE = source(
  'Jepsen: Serializability',
  'https://jepsen.io/consistency/models/serializable',
  'Jepsen',
  'Serializability orders transactions but need not respect real time: a serializable store can return stale reads',
);
export const JEPSEN_LINEARIZABLE = source(
  'Jepsen: Linearizability',
  'https://jepsen.io/consistency/models/linearizable',
  'Jepsen',
  'Every operation appears to take effect at one instant between its start and its end',
);
export const STRIPE_IDEMPOTENCY = source(
  'Stripe API: Idempotent requests',
  'https://docs.stripe.com/api/idempotent_requests',
  'Stripe',
  'An idempotency key lets a client retry a payment request without charging twice',
);
export const AWS_CACHING = source(
  'Caching best practices',
  'https://aws.amazon.com/caching/best-practices/',
  AWS,
  'Cache-aside (lazy loading) with a TTL, and what each strategy risks',
);
export const STRIPE_ONLINE_MIGRATIONS = source(
  'Online migrations at scale',
  'https://stripe.com/blog/online-migrations',
  'Stripe Engineering Blog',
  'Dual writes, backfill, switching reads, then removing the old path',
);
export const BLUE_GREEN = source('BlueGreenDeployment', 'https://martinfowler.com/bliki/BlueGreenDeployment.html', 'Martin Fowler');
export const RDS_PROXY = source(
  'Amazon RDS Proxy',
  'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
  AWS,
  'A managed connection pooler in front of RDS and Aurora',
);
export const AWS_DMS = source(
  'AWS Database Migration Service: Using MySQL as a source',
  'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MySQL.html',
  AWS,
  'Ongoing replication from MySQL reads its binary log',
);
export const GH_OST = source('gh-ost', 'https://github.com/github/gh-ost', 'GitHub', 'Triggerless online schema migration for MySQL');
export const UBER_H3 = source('H3: Uber’s Hexagonal Hierarchical Spatial Index', 'https://www.uber.com/blog/h3/', 'Uber Engineering Blog (2018)');
export const NEON_AGENTS = source(
  'Databricks just bought a baby Postgres provider for $1 billion',
  'https://www.thestack.technology/databricks-just-bought-a-baby-postgres-provider-for-1-billion/',
  'The Stack (May 2025)',
);
