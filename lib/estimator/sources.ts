// Where the instruments' figures come from, as data: a public source a reader can open, or a labelled planning
// assumption with its reasoning and range. The estimator and the advisor (lib/advisor/sources.ts) share these
// types and the sources below, so both instruments cite the same page for the same fact.

/** The day the course last read every source below (YYYY-MM-DD). */
export const ACCESSED = '2026-12-07';

/** A public page that backs a figure or a claim: vendor documentation, a paper, an engineering blog, a benchmark. */
export interface SourceRef {
  kind: 'source';
  /** The page's title. */
  title: string;
  /** Where a reader can open it (https). */
  url: string;
  /** Who publishes it. */
  publisher?: string;
  /** When the course read it, YYYY-MM-DD. */
  accessed: string;
  /** What the instrument takes from it. */
  note?: string;
}

/** A low–high span, with its unit, for a planning assumption. */
export interface AssumptionRange {
  low: number;
  high: number;
  unit: string;
}

/**
 * A figure the course plans with and no public source gives. It is shown to readers as a planning assumption,
 * with the reasoning behind it and the range real values fall in, and the instrument lets the reader change it.
 */
export interface PlanningAssumption {
  kind: 'assumption';
  /** What is assumed, as a reader sees it ("About 10,000 small write transactions per second"). */
  statement: string;
  /** Why this value, in a few sentences. */
  reasoning: string;
  /** The span real values fall in, when one can be given. */
  range?: AssumptionRange;
  /** Public pages the reasoning leans on, or that tell the reader how to measure their own value. */
  basis?: readonly SourceRef[];
}

/** Either kind of citation. */
export type Citation = SourceRef | PlanningAssumption;

/** Builds a source read on `ACCESSED`. */
export function source(title: string, url: string, publisher?: string, note?: string): SourceRef {
  return {
    kind: 'source',
    title,
    url,
    ...(publisher === undefined ? {} : { publisher }),
    accessed: ACCESSED,
    ...(note === undefined ? {} : { note }),
  };
}

/** Builds a planning assumption. */
export function assumption(
  statement: string,
  reasoning: string,
  range?: AssumptionRange,
  basis?: readonly SourceRef[],
): PlanningAssumption {
  return {
    kind: 'assumption',
    statement,
    reasoning,
    ...(range === undefined ? {} : { range }),
    ...(basis === undefined ? {} : { basis }),
  };
}

/** Whether a citation is a public source. */
export function isSource(citation: Citation): citation is SourceRef {
  return citation.kind === 'source';
}

/** Whether a citation is a planning assumption. */
export function isAssumption(citation: Citation): citation is PlanningAssumption {
  return citation.kind === 'assumption';
}

/** Every public page a list of citations names, the assumptions' bases included, without duplicates. */
export function sourcesOf(citations: readonly Citation[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const citation of citations) {
    for (const ref of isSource(citation) ? [citation] : (citation.basis ?? [])) if (!seen.has(ref.url)) seen.set(ref.url, ref);
  }
  return [...seen.values()];
}

const PG = 'PostgreSQL Global Development Group';
const AWS = 'Amazon Web Services';

/** PostgreSQL manual: WAL configuration (group commit: one flush makes every ready commit durable). */
export const PG_WAL_CONFIGURATION = source(
  'PostgreSQL documentation: WAL Configuration',
  'https://www.postgresql.org/docs/current/wal-configuration.html',
  PG,
  'Commits wait for their WAL flush; commit_delay lets concurrent commits share one flush (group commit)',
);

/** PostgreSQL manual: WAL settings (commit_delay, commit_siblings, synchronous_commit). */
export const PG_RUNTIME_CONFIG_WAL = source(
  'PostgreSQL documentation: Write Ahead Log settings',
  'https://www.postgresql.org/docs/current/runtime-config-wal.html',
  PG,
  'synchronous_commit, commit_delay and commit_siblings: how long a commit waits and how commits share a flush',
);

/** PostgreSQL manual: pgbench, to measure a primary's own ceiling. */
export const PG_PGBENCH = source(
  'PostgreSQL documentation: pgbench',
  'https://www.postgresql.org/docs/current/pgbench.html',
  PG,
  'The benchmark to measure your own primary with a custom script of your real transactions',
);

/** Andres Freund's measurement of a PostgreSQL backend's own memory. */
export const FREUND_CONNECTION_MEMORY = source(
  'Measuring the Memory Overhead of a Postgres Connection',
  'https://blog.anarazel.de/2020/10/07/measuring-the-memory-overhead-of-a-postgres-connection/',
  'Andres Freund (PostgreSQL committer), October 2020',
  'ps and top overstate a backend’s memory by counting shared memory it touched; a fresh connection’s own overhead is under 2 MiB',
);

/** PgBouncer configuration reference (pool modes, default_pool_size). */
export const PGBOUNCER_CONFIG = source(
  'PgBouncer: Configuration',
  'https://www.pgbouncer.org/config.html',
  'PgBouncer project',
  'Session, transaction and statement pool modes; default_pool_size is 20 server connections per user and database',
);

/** The PostgreSQL wiki's rule of thumb for the number of active connections. */
export const PG_WIKI_CONNECTIONS = source(
  'PostgreSQL wiki: Number Of Database Connections',
  'https://wiki.postgresql.org/wiki/Number_Of_Database_Connections',
  'PostgreSQL community wiki',
  'Rule of thumb for active connections: about twice the core count plus the effective spindle count',
);

/** Google SRE book, toil chapter: why ops hours are real cost. */
export const SRE_TOIL = source(
  'Site Reliability Engineering, chapter 5: Eliminating Toil',
  'https://sre.google/sre-book/eliminating-toil/',
  'Google',
  'Manual, repetitive operational work grows with the service; Google’s SRE teams aim to keep it under half of each engineer’s time',
);

/** Amazon RDS for PostgreSQL pricing (US East, on demand). */
export const RDS_POSTGRESQL_PRICING = source(
  'Amazon RDS for PostgreSQL pricing',
  'https://aws.amazon.com/rds/postgresql/pricing/',
  AWS,
  'US East (N. Virginia), on demand: db.r6g.2xlarge about $0.90 an hour Single-AZ; gp3 storage $0.115 per GB-month with 3,000 IOPS included (as of December 2026)',
);

/** Amazon RDS user guide: Multi-AZ bills the standby. */
export const RDS_ON_DEMAND_INSTANCES = source(
  'Amazon RDS User Guide: On-Demand DB instances',
  'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_OnDemandDBInstances.html',
  AWS,
  'A Multi-AZ deployment bills the primary and the standby, so it costs about twice a Single-AZ one',
);

/** Amazon Aurora pricing (Serverless v2 on Aurora Standard). */
export const AURORA_PRICING = source(
  'Amazon Aurora pricing',
  'https://aws.amazon.com/rds/aurora/pricing/',
  AWS,
  'Aurora Serverless v2 on Aurora Standard: $0.12 per ACU-hour, storage $0.10 per GB-month, I/O $0.20 per million requests (as of December 2026)',
);

/** DynamoDB on-demand pricing. */
export const DYNAMODB_ON_DEMAND_PRICING = source(
  'Amazon DynamoDB pricing for on-demand capacity',
  'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  AWS,
  'Standard table class, US East: $0.625 per million write request units, $0.125 per million read request units, storage $0.25 per GB-month after the first 25 GB (as of December 2026)',
);

/** DynamoDB provisioned-capacity pricing. */
export const DYNAMODB_PROVISIONED_PRICING = source(
  'Amazon DynamoDB pricing for provisioned capacity',
  'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  AWS,
  'Standard table class, US East: $0.00065 per write capacity unit-hour, $0.00013 per read capacity unit-hour (as of December 2026)',
);

/** EC2 on-demand pricing (instances and data transfer). */
export const EC2_ON_DEMAND_PRICING = source(
  'Amazon EC2 On-Demand Pricing',
  'https://aws.amazon.com/ec2/pricing/on-demand/',
  AWS,
  'US East Linux: c5.2xlarge $0.34 an hour; data between Availability Zones $0.01 per GB in each direction (as of December 2026)',
);

/** EBS pricing (gp3). */
export const EBS_PRICING = source(
  'Amazon EBS pricing',
  'https://aws.amazon.com/ebs/pricing/',
  AWS,
  'gp3 volumes $0.08 per GB-month in US East, 3,000 IOPS included (as of December 2026)',
);

/** Neon plans and rates. */
export const NEON_PLANS = source(
  'Neon plans',
  'https://neon.com/docs/introduction/plans',
  'Neon',
  'Free, Launch and Scale plans; Scale compute $0.222 per CU-hour (about 4 GB of RAM per CU), storage $0.35 per GB-month (as of December 2026)',
);

/** PlanetScale's plans are sold by cluster size; no flat "Business" tier. */
export const PLANETSCALE_SKUS = source(
  'PlanetScale cluster sizes (SKUs)',
  'https://planetscale.com/docs/plans/planetscale-skus',
  'PlanetScale',
  'Clusters are sold by size; the course found no single monthly price to quote for the reference workload',
);

/** CockroachDB Cloud's plans (Basic, Standard, Advanced). */
export const COCKROACHDB_CLOUD_COSTS = source(
  'Understand CockroachDB Cloud Costs',
  'https://www.cockroachlabs.com/docs/cockroachcloud/costs',
  'Cockroach Labs',
  'Basic (usage-based), Standard (provisioned vCPUs) and Advanced (provisioned nodes); no flat price for the reference workload',
);

/**
 * The course's planning ceiling for one PostgreSQL primary (shared by the write-ceiling calculator, the throughput
 * calculator's note and the advisor): about 10,000 small write transactions per second, range 5,000–50,000.
 */
export const SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION = assumption(
  'About 10,000 small write transactions per second for one PostgreSQL primary',
  'Every commit waits until its WAL record is flushed to durable storage, but group commit lets all the commits that are ready at that moment share one flush, so the ceiling is set by how many sessions commit at once, the CPU each transaction costs, the indexes each write updates and the volume of WAL written, not by one flush per commit. A modest instance with several indexes per table lands near the low end; a large, tuned one with narrow rows and batched writes near the high end. Planning at 10,000 leaves time to migrate before the wall. Measure your own primary with pgbench and a script of your real transactions.',
  { low: 5_000, high: 50_000, unit: 'writes/s' },
  [PG_WAL_CONFIGURATION, PG_RUNTIME_CONFIG_WAL, PG_PGBENCH],
);
