import { DEFAULT_WRITE_CEILING_PER_SECOND, SINGLE_PRIMARY_WRITE_CEILING_RANGE } from '../estimator/write-ceiling';
import { ENGINEER_RATE_ASSUMPTION, SELF_HOSTED_OPS_HOURS_ASSUMPTION, SENIOR_ENGINEER_USD_PER_HOUR } from '../estimator/tco-options';
import {
  CITUS,
  ELASTICACHE_VALKEY,
  MEMORYSTORE_VALKEY,
  PARADEDB,
  PGVECTOR,
  PG_PGBENCH,
  PG_TEXT_SEARCH,
  REDIS_AGPL,
  REDIS_DUAL_LICENSE,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  SRE_TOIL,
  TIMESCALEDB,
  VALKEY_LAUNCH,
  assumption,
  type Citation,
  type PlanningAssumption,
} from './sources';

/** In-memory engines the advisor can propose for caches and sessions. */
export const CACHE_ENGINES = ['valkey', 'redis'] as const;
/** Which Redis-API engine to propose. */
export type CacheEngine = (typeof CACHE_ENGINES)[number];

/**
 * The framework's numbers, overridable one by one through `advise(workload, assumptions)`. None is a measurement:
 * each is a public figure or one of the course's labelled planning assumptions (`ASSUMPTION_INFO` says which, with
 * the reasoning and range), and the advisor's assumptions panel lets the reader change every one of them.
 */
export interface Assumptions {
  /** Sustained writes/s one relational primary takes before writes must be spread over nodes. */
  writeCeilingPerSecond: number;
  /** Above this many writes/s a workload is write-heavy in absolute terms: distributed SQL or per-node-efficient LSM territory. */
  writeHeavyPerSecond: number;
  /** Reads/s one primary serves before replicas and a cache (and a search sidecar) are warranted. */
  singleNodeReadsPerSecond: number;
  /** pgvector is enough up to this many embeddings; above it, a dedicated vector store. */
  pgvectorMaxVectors: number;
  /** PostgreSQL full-text search (tsvector/GIN, pg_search) is enough up to this many documents. */
  postgresFullTextMaxDocuments: number;
  /** Average size of one searchable document, bytes: turns `dataSizeGb` into a document count when none is given. */
  bytesPerSearchDocument: number;
  /** TimescaleDB is enough up to this much ingest per day, GB. */
  timescaleMaxIngestGbPerDay: number;
  /** Size of one time-series point, bytes: turns writes/s into GB/day when `ingestGbPerDay` is missing. */
  timeSeriesBytesPerPoint: number;
  /** Above this much data, GB, aggregations belong in a columnar store rather than on the OLTP primary. */
  columnarAnalyticsAboveGb: number;
  /** Teams smaller than this should use managed databases. */
  managedBelowTeamSize: number;
  /** Most database technologies a team without dedicated operators should run. */
  maxTechnologiesWithoutOperators: number;
  /** Compound monthly growth used for the 12-month projection, as a fraction (0.05 = 5 %/month). */
  monthlyGrowthRate: number;
  /** Share of the write ceiling from which the warnings say to plan the way past it, as a fraction. */
  nearCeilingShare: number;
  /** Loaded cost of an engineer hour, USD: prices self-hosting's ops time in the trace and the budget check. */
  engineerUsdPerHour: number;
  /** Engineer hours a month a self-hosted database takes, for the operations trace. */
  selfHostedOpsHoursPerMonth: number;
  /** Engine proposed for caches, sessions and live geo indexes. */
  cacheEngine: CacheEngine;
}

/** Numeric assumption keys. */
export type NumericAssumptionKey = Exclude<keyof Assumptions, 'cacheEngine'>;

/** The single-primary write ceiling's planning range, low–high (shared with lib/estimator). */
export const WRITE_CEILING_RANGE = SINGLE_PRIMARY_WRITE_CEILING_RANGE;

/** The course's rule of thumb: at most two or three database technologies without dedicated DBAs or SREs. */
export const MAX_TECHNOLOGIES_RANGE = { low: 2, high: 3 } as const;

/** The framework's defaults, each explained in `ASSUMPTION_INFO`. */
export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = {
  // lib/estimator's default, so the two instruments agree.
  writeCeilingPerSecond: DEFAULT_WRITE_CEILING_PER_SECOND,
  writeHeavyPerSecond: 50_000,
  singleNodeReadsPerSecond: 10_000,
  pgvectorMaxVectors: 10_000_000,
  postgresFullTextMaxDocuments: 100_000_000,
  bytesPerSearchDocument: 5_000,
  timescaleMaxIngestGbPerDay: 50,
  timeSeriesBytesPerPoint: 100,
  columnarAnalyticsAboveGb: 1_000,
  managedBelowTeamSize: 5,
  maxTechnologiesWithoutOperators: MAX_TECHNOLOGIES_RANGE.high,
  monthlyGrowthRate: 0.05,
  nearCeilingShare: 0.8,
  engineerUsdPerHour: SENIOR_ENGINEER_USD_PER_HOUR,
  selfHostedOpsHoursPerMonth: 12,
  cacheEngine: 'valkey',
};

/** How a UI should present, and the advisor validate, one numeric assumption. */
export interface NumericAssumptionInfo {
  /** Short label for a form field. */
  label: string;
  /** Unit shown after the value. */
  unit: string;
  /**
   * Where the default comes from: the course's labelled planning assumption (with its reasoning, range and the
   * public pages it leans on), or public sources. Never empty.
   */
  citations: readonly Citation[];
  /** The span of reasonable values, when one can be given (the planning assumption's range). */
  range?: { low: number; high: number };
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Whether only whole numbers make sense. */
  integer?: boolean;
}

/** The info for an assumption; `rangeScale` converts its range to the stored unit (0.01 for a range in %). */
function fromAssumption(
  label: string,
  unit: string,
  planning: PlanningAssumption,
  limits: { min: number; max: number; integer?: boolean },
  rangeScale = 1,
): NumericAssumptionInfo {
  const r = planning.range;
  const range = r === undefined ? {} : { range: { low: r.low * rangeScale, high: r.high * rangeScale } };
  return { label, unit, citations: [planning], ...range, ...limits };
}

/** Presentation and validation data for every numeric assumption. */
export const ASSUMPTION_INFO: Readonly<Record<NumericAssumptionKey, NumericAssumptionInfo>> = {
  writeCeilingPerSecond: fromAssumption('Single-primary write ceiling', 'writes/s', SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION, { min: 1, max: 1e15 }),
  writeHeavyPerSecond: fromAssumption(
    'Write-heavy above',
    'writes/s',
    assumption(
      'Above about 50,000 writes per second, a workload that needs transactions goes to distributed SQL rather than a hand-sharded PostgreSQL',
      'It is the top of the single-primary planning range, so even a large, tuned primary is out of reach; a PostgreSQL sharded by hand would need five or more shards at the 10,000 planning ceiling, and running them and the transactions that cross them costs more than a database that partitions itself. Past it, ScyllaDB’s per-node efficiency also starts to pay off over Cassandra. Teams with mature sharding tooling such as Citus push it higher.',
      { low: 20_000, high: 100_000, unit: 'writes/s' },
      [CITUS],
    ),
    { min: 1, max: 1e15 },
  ),
  singleNodeReadsPerSecond: fromAssumption(
    'One primary serves up to',
    'reads/s',
    assumption(
      'About 10,000 reads per second per node',
      'Simple indexed reads served from memory cost well under a millisecond of CPU each, so one node serves about 10,000 to 50,000 a second depending on cache hit rate and query cost. The course plans at the low end, where read replicas and a cache start to pay off. Measure with pgbench in select-only mode, or a script of your own queries.',
      { low: 10_000, high: 50_000, unit: 'reads/s' },
      [PG_PGBENCH],
    ),
    { min: 1, max: 1e15 },
  ),
  pgvectorMaxVectors: fromAssumption(
    'pgvector up to',
    'vectors',
    assumption(
      'pgvector is the safe default up to about 10 million vectors',
      'A planning threshold, not a limit: 10 million 768-dimension vectors of 4-byte floats are about 31 GB before the HNSW graph, which still fits the memory of a large instance; beyond that, index build time and memory dominate, and a dedicated vector store is worth benchmarking. It moves with every pgvector release.',
      { low: 1_000_000, high: 50_000_000, unit: 'vectors' },
      [PGVECTOR],
    ),
    { min: 0, max: 1e15 },
  ),
  postgresFullTextMaxDocuments: fromAssumption(
    'PostgreSQL full-text up to',
    'documents',
    assumption(
      'PostgreSQL full-text search (with pg_search) stays the default up to about 100 million documents',
      'Where teams commonly start evaluating a dedicated engine, not a limit of PostgreSQL. Built-in tsvector search falls short first on facets, typo tolerance and relevance tuning, whatever the corpus size; the pg_search extension adds BM25 ranking. Benchmark your own corpus before you move.',
      { low: 10_000_000, high: 500_000_000, unit: 'documents' },
      [PG_TEXT_SEARCH, PARADEDB],
    ),
    { min: 0, max: 1e15 },
  ),
  bytesPerSearchDocument: fromAssumption(
    'Average searchable document',
    'bytes',
    assumption(
      'About 5 KB per searchable document',
      'About a page of text, or a product listing with its description: 200,000 documents per GB. Used only to estimate a document count from the data size when none is given.',
      { low: 1_000, high: 50_000, unit: 'bytes' },
    ),
    { min: 1, max: 1e12 },
  ),
  timescaleMaxIngestGbPerDay: fromAssumption(
    'TimescaleDB up to',
    'GB/day ingest',
    assumption(
      'TimescaleDB on one PostgreSQL primary is enough up to about 50 GB of ingest a day',
      '50 GB a day is about 579 KB a second, roughly 2,900 rows a second at 200 bytes a row, well within one primary; the harder limit is volume, about 18 TB a year to compress, retain and back up. A planning threshold: benchmark your own series.',
      { low: 10, high: 200, unit: 'GB/day' },
      [TIMESCALEDB],
    ),
    { min: 0, max: 1e15 },
  ),
  timeSeriesBytesPerPoint: fromAssumption(
    'Time-series point size',
    'bytes',
    assumption(
      'About 100 bytes per time-series point',
      'An 8-byte timestamp, a series id and an 8-byte value with a few tags, plus index and row overhead. Used only to estimate ingest from writes/s when no ingest figure is given.',
      { low: 20, high: 500, unit: 'bytes' },
    ),
    { min: 1, max: 1e9 },
  ),
  columnarAnalyticsAboveGb: fromAssumption(
    'Columnar analytics above',
    'GB',
    assumption(
      'Aggregations over more than about 1 TB belong in a columnar store',
      'A report that aggregates most of 1 TB reads it at perhaps 1 GB/s: about 17 minutes of I/O competing with transactions for disk and buffer cache. Below that, a read replica or rollup tables usually do; above it, a columnar store fed by change data capture reads only the columns a query needs.',
      { low: 100, high: 10_000, unit: 'GB' },
    ),
    { min: 0, max: 1e15 },
  ),
  managedBelowTeamSize: fromAssumption(
    'Managed services for teams under',
    'engineers',
    assumption(
      'Teams of fewer than 5 engineers should use managed databases',
      'The course’s rule of thumb: a small team cannot spare someone to own upgrades, backups, failover drills and a pager rotation, and at an assumed $200 an engineer-hour the hours a self-hosted cluster takes cost more than the managed premium (the TCO calculator shows the arithmetic).',
      { low: 3, high: 10, unit: 'engineers' },
      [SRE_TOIL],
    ),
    { min: 0, max: 1e6 },
  ),
  maxTechnologiesWithoutOperators: fromAssumption(
    'Database technologies without dedicated operators',
    'technologies',
    assumption(
      'At most two or three database technologies without dedicated DBAs or SREs',
      'The course’s rule of thumb: every engine needs its own expertise, monitoring, backups and incident runbooks, so one transactional store, one cache and optionally one search or analytics engine is as much as such a team runs well. PostgreSQL extensions count as PostgreSQL.',
      { low: MAX_TECHNOLOGIES_RANGE.low, high: MAX_TECHNOLOGIES_RANGE.high, unit: 'technologies' },
    ),
    { min: 1, max: 100, integer: true },
  ),
  monthlyGrowthRate: fromAssumption(
    'Monthly growth',
    'fraction per month',
    assumption(
      '5% growth a month (×1.80 over 12 months)',
      'Used when nothing is measured, and the same rate lib/estimator’s worked examples use: young products range from flat to 20% a month or more. Use your own measured rate.',
      { low: 0, high: 20, unit: '% a month' },
    ),
    { min: 0, max: 1 },
    0.01,
  ),
  nearCeilingShare: fromAssumption(
    'Plan past the ceiling from',
    'fraction of the ceiling',
    assumption(
      'Start planning the way past the write ceiling at 80% of it',
      'Moving a write-hot table or sharding takes months: at 5% monthly growth, 80% of the ceiling leaves about 4.6 months (ln 1.25 ÷ ln 1.05). Faster growth calls for an earlier start.',
      { low: 50, high: 90, unit: '% of the ceiling' },
    ),
    { min: 0, max: 1 },
    0.01,
  ),
  engineerUsdPerHour: fromAssumption('Engineer cost', 'USD/h', ENGINEER_RATE_ASSUMPTION, { min: 0, max: 1e4 }),
  selfHostedOpsHoursPerMonth: fromAssumption('Self-hosted ops time', 'h/month', SELF_HOSTED_OPS_HOURS_ASSUMPTION, { min: 0, max: 1e5 }),
};

/** Where the cache-engine default comes from: licences and managed offerings, from the vendors' own pages. */
export const CACHE_ENGINE_INFO: { label: string; reasoning: string; citations: readonly Citation[] } = {
  label: 'Cache engine',
  reasoning:
    'Valkey first: the same API as Redis under the BSD 3-clause licence (a Linux Foundation fork of Redis 7.2.4), offered by AWS and Google Cloud’s managed caches. Redis moved to RSALv2 or SSPLv1 from Redis 7.4 and added AGPLv3 as an option in Redis 8.',
  citations: [VALKEY_LAUNCH, ELASTICACHE_VALKEY, MEMORYSTORE_VALKEY, REDIS_DUAL_LICENSE, REDIS_AGPL],
};
