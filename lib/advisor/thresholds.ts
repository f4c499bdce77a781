import { DEFAULT_WRITE_CEILING_PER_SECOND, SINGLE_PRIMARY_WRITE_CEILING_RANGE } from '../estimator/write-ceiling';
import { COURSE_ASSUMPTION, SEED_001, SEED_002, SEED_003 } from './sources';

/** In-memory engines the advisor can propose for caches and sessions. */
export const CACHE_ENGINES = ['valkey', 'redis'] as const;
/** Which Redis-API engine to propose. */
export type CacheEngine = (typeof CACHE_ENGINES)[number];

/** The framework's numbers, overridable one by one through `advise(workload, assumptions)`. */
export interface Assumptions {
  /** Sustained writes/s one relational primary takes before writes must be spread over nodes. */
  writeCeilingPerSecond: number;
  /** Above this many writes/s a workload is write-heavy in absolute terms: wide-column or distributed territory. */
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
  /** Engine proposed for caches, sessions and live geo indexes. */
  cacheEngine: CacheEngine;
}

/** Numeric assumption keys. */
export type NumericAssumptionKey = Exclude<keyof Assumptions, 'cacheEngine'>;

/** The single-primary write ceiling the seeds quote, low–high (shared with lib/estimator). */
export const WRITE_CEILING_RANGE = SINGLE_PRIMARY_WRITE_CEILING_RANGE;

/** Seed 001's "at most 2–3 database technologies" without dedicated DBAs or SREs. */
export const MAX_TECHNOLOGIES_RANGE = { low: 2, high: 3 } as const;

/** Seed 001: purpose-built vector stores lead pgvector "above 50M+ vectors with < 100ms p99 ANN". */
export const DEDICATED_VECTOR_LEAD_ABOVE = 50_000_000;

/** Seed 001 (Trend 3): beyond a billion vectors, "Milvus distributed or Vespa" (neither is in the catalog). */
export const DISTRIBUTED_VECTOR_ABOVE = 1_000_000_000;

/** Seed 001: InfluxDB 3.0 "benchmarks higher at sustained > 1M points/sec" than TimescaleDB. */
export const INFLUXDB_LEADS_ABOVE_POINTS_PER_SECOND = 1_000_000;

/** The framework's defaults, each sourced in `ASSUMPTION_INFO`. */
export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = {
  // lib/estimator's default so the two instruments agree: the seeds converge on trouble near 10k writes/s.
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
  cacheEngine: 'valkey',
};

/** How a UI should present, and the advisor validate, one numeric assumption. */
export interface NumericAssumptionInfo {
  /** Short label for a form field. */
  label: string;
  /** Unit shown after the value. */
  unit: string;
  /** Where the default comes from. */
  source: string;
  /** The spread the sources quote, when they disagree. */
  sourceRange?: { low: number; high: number };
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Whether only whole numbers make sense. */
  integer?: boolean;
}

/** Presentation and validation data for every numeric assumption. */
export const ASSUMPTION_INFO: Readonly<Record<NumericAssumptionKey, NumericAssumptionInfo>> = {
  writeCeilingPerSecond: {
    label: 'Single-primary write ceiling',
    unit: 'writes/s',
    source: `Sources disagree: ${SEED_001} "~10K writes/sec" (migration matrix); 5k–10k in seed 000; 10K–50K in ${SEED_002}. Default shared with lib/estimator/write-ceiling.ts.`,
    sourceRange: { low: WRITE_CEILING_RANGE.low, high: WRITE_CEILING_RANGE.high },
    min: 1,
    max: 1e15,
  },
  writeHeavyPerSecond: {
    label: 'Write-heavy above',
    unit: 'writes/s',
    source: `${SEED_001}, Decision Cheat Sheet: "Write-heavy (>50K writes/sec)? → Wide-Column or Time-Series".`,
    min: 1,
    max: 1e15,
  },
  singleNodeReadsPerSecond: {
    label: 'One primary serves up to',
    unit: 'reads/s',
    // The low end of seed 002's range, like the write ceiling: plan for trouble where it can start.
    source: `${SEED_002}: "single PostgreSQL primary handles 10K–50K OLTP queries/second"; ${SEED_001}'s cost table prices 10,000 reads/s with a read replica.`,
    sourceRange: { low: 10_000, high: 50_000 },
    min: 1,
    max: 1e15,
  },
  pgvectorMaxVectors: {
    label: 'pgvector up to',
    unit: 'vectors',
    source: `${SEED_001}: pgvector replaces Pinecone/Weaviate "(< 10M vectors)"; "start with PostgreSQL + pgvector unless you project > 10M embeddings".`,
    min: 0,
    max: 1e15,
  },
  postgresFullTextMaxDocuments: {
    label: 'PostgreSQL full-text up to',
    unit: 'documents',
    source: `${SEED_001}: pg_search replaces Elasticsearch "(< 100M documents)"; Elasticsearch leads "at 100M+ docs".`,
    min: 0,
    max: 1e15,
  },
  bytesPerSearchDocument: {
    label: 'Average searchable document',
    unit: 'bytes',
    // About a page of text or a product listing with its description; only used when documentCount is missing.
    source: `${COURSE_ASSUMPTION}: ~5 KB per document (200,000 documents per GB), used only when documentCount is absent.`,
    min: 1,
    max: 1e12,
  },
  timescaleMaxIngestGbPerDay: {
    label: 'TimescaleDB up to',
    unit: 'GB/day ingest',
    source: `${SEED_001}: TimescaleDB replaces InfluxDB "(< 50GB/day ingest)"; specialise at "> 50GB/day ingest at sustained rates".`,
    min: 0,
    max: 1e15,
  },
  timeSeriesBytesPerPoint: {
    label: 'Time-series point size',
    unit: 'bytes',
    // A timestamp, a series id and a value with some tags; only used when ingestGbPerDay is missing.
    source: `${COURSE_ASSUMPTION}: ~100 bytes per point, used only to estimate ingest when ingestGbPerDay is absent.`,
    min: 1,
    max: 1e9,
  },
  columnarAnalyticsAboveGb: {
    label: 'Columnar analytics above',
    unit: 'GB',
    // Seed 001 prices a 1 TB database as an ordinary single-region RDS PostgreSQL deployment and seed 003 calls
    // 1 TB "manageable"; past that, aggregations that scan it compete with OLTP (migration matrix: "Analytics
    // degrading OLTP performance → CDC from OLTP → ClickHouse").
    source: `${SEED_001} cost tables (1 TB on one RDS PostgreSQL) and ${SEED_003} ("1 TB … is manageable"); the cut-over point is this course's reading.`,
    min: 0,
    max: 1e15,
  },
  managedBelowTeamSize: {
    label: 'Managed services for teams under',
    unit: 'engineers',
    source: `${SEED_001}, Factor 5: "For teams with fewer than 5 engineers, managed databases … almost always win".`,
    min: 0,
    max: 1e6,
  },
  maxTechnologiesWithoutOperators: {
    label: 'Database technologies without dedicated operators',
    unit: 'technologies',
    source: `${SEED_001}, "Anti-Pattern: Different DB Per Microservice": "use at most 2–3 database technologies" until you have DBAs or SREs.`,
    sourceRange: { low: MAX_TECHNOLOGIES_RANGE.low, high: MAX_TECHNOLOGIES_RANGE.high },
    min: 1,
    max: 100,
    integer: true,
  },
  monthlyGrowthRate: {
    label: 'Monthly growth',
    unit: 'fraction per month',
    // The seeds insist on a 12-month forecast (seed 001 Factor 4) but give no growth rate; 5 %/month (×1.80 a
    // year) is the rate lib/estimator's presets use, so the two instruments project alike.
    source: `${COURSE_ASSUMPTION}: 5 %/month (×1.80 over 12 months), as in lib/estimator's presets; ${SEED_001} asks for a 12-month forecast but gives no rate.`,
    min: 0,
    max: 1,
  },
};
