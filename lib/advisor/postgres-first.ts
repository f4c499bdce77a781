// The course's 'PostgreSQL first' rule: before adding any specialised store, ask whether PostgreSQL with an
// extension (pgvector, TimescaleDB, PostGIS, pg_search, Citus) can serve the need for the next 12 months; if it can,
// stay, for one engine to run, back up and watch. This step asks that question of the projected workload and, when
// the answer is no, names the family of specialised store that takes the job. The thresholds it compares with are
// the course's labelled planning assumptions (thresholds.ts), editable in the advisor.

import { CATALOG } from './catalog';
import type { AdvisorContext } from './context';
import { FAMILY_LABELS, FAMILY_MEMBERS, eligibleMembers, type StoreFamily } from './families';
import { formatCount, joinNames } from './format';
import type { TraceEntry } from './types';

/** The PostgreSQL build that fits the data model. */
export type PostgresFlavour = 'postgresql' | 'pgvector' | 'timescaledb';

/** Outcome of the 'PostgreSQL first' question. */
export interface PrimaryPlan {
  /** Whether PostgreSQL (with an extension if needed) serves the primary need for 12 months. */
  postgresEnough: boolean;
  /** Which PostgreSQL build applies to this data model. */
  flavour: PostgresFlavour;
  /** Whether PostgreSQL is sharded by a domain key (Citus or application-level) to pass the write ceiling. */
  sharded: boolean;
  /** The specialised family that becomes the primary, or `null` when PostgreSQL is the primary. */
  family: StoreFamily | null;
  /** A specialised family kept beside PostgreSQL as a synced index because strong consistency rules it out as primary. */
  syncedIndex: StoreFamily | null;
  /** The answer's reason, with the numbers that decided it. */
  reason: string;
}

function flavourFor(ctx: AdvisorContext): PostgresFlavour {
  if (ctx.workload.dataModel === 'vector') return 'pgvector';
  if (ctx.workload.dataModel === 'time-series') return 'timescaledb';
  return 'postgresql';
}

function yes(ctx: AdvisorContext, reason: string, sharded = false): PrimaryPlan {
  return { postgresEnough: true, flavour: flavourFor(ctx), sharded, family: null, syncedIndex: null, reason };
}

/** Routes to a specialised family; when no member offers the guarantees the data needs, it stays an index beside PostgreSQL. */
function no(ctx: AdvisorContext, family: StoreFamily, reason: string): PrimaryPlan {
  if (eligibleMembers(ctx, family).length === 0) {
    return { postgresEnough: false, flavour: flavourFor(ctx), sharded: false, family: null, syncedIndex: family, reason };
  }
  return { postgresEnough: false, flavour: flavourFor(ctx), sharded: false, family, syncedIndex: null, reason };
}

const rate = (value: number): string => formatCount(value);

/** Relational, document, key-value and wide-column data: one primary until the write ceiling, then a way past it. */
function planOperational(ctx: AdvisorContext): PrimaryPlan {
  const { assumptions: a, projection: p, workload: w } = ctx;
  const writes = `${rate(p.writesPerSecond)} writes/s`;
  const joins = ctx.patterns.has('joins');

  if (ctx.strong && w.multiRegion === true) {
    return no(
      ctx,
      'distributed-sql',
      'Strongly consistent writes have to commit in more than one region; a PostgreSQL primary lives in one region, and its cross-region replicas only serve reads.',
    );
  }
  const keyValueLike = w.dataModel === 'key-value' || w.dataModel === 'wide-column';
  if (keyValueLike && !ctx.strong && ctx.ephemeral && (ctx.readsBeyondNode || ctx.exceedsWriteCeiling)) {
    const load = ctx.exceedsWriteCeiling
      ? `${writes} is past the ${rate(a.writeCeilingPerSecond)} writes/s one primary sustains`
      : `${rate(p.readsPerSecond)} reads/s is past the ${rate(a.singleNodeReadsPerSecond)} reads/s one node serves`;
    return no(
      ctx,
      'in-memory',
      `The keys expire (TTL) and nothing accumulates, and ${load}. PostgreSQL has no built-in key expiry, whereas an in-memory store drops expired keys by itself and answers in well under a millisecond.`,
    );
  }
  if (!ctx.exceedsWriteCeiling) {
    const fit: Record<string, string> = {
      relational: 'tables, joins and constraints are its home ground',
      document: 'JSONB columns hold the nested, variable records with indexes on the queried fields',
      'key-value': 'a table keyed by the lookup key answers point reads from its index',
      'wide-column': 'a composite primary key (partition key, then sort key) serves the per-partition range reads',
      graph: 'adjacency tables answer lookups by node id',
    };
    return yes(
      ctx,
      `The projected ${writes} stays within the ${rate(a.writeCeilingPerSecond)} writes/s one primary sustains, and ${fit[w.dataModel] ?? 'SQL covers the access patterns'}.`,
    );
  }
  const family: StoreFamily = w.dataModel === 'document' ? 'document-store' : 'wide-column';
  if (!ctx.strong && !joins) {
    return no(
      ctx,
      family,
      `The projected ${writes} is past the ${rate(a.writeCeilingPerSecond)} writes/s a single primary sustains, and with neither strong consistency nor joins required, a store built to spread writes over nodes beats sharding PostgreSQL by hand.`,
    );
  }
  // Strong consistency without joins on data that is not relational: a partitioned store that offers the guarantees
  // (DynamoDB's transactions and condition expressions, MongoDB's multi-document transactions, Cassandra's
  // lightweight transactions when money is not involved) spreads the writes without hand-built shards.
  const eligible = eligibleMembers(ctx, family);
  if (!joins && w.dataModel !== 'relational' && eligible.length > 0) {
    const names = joinNames(eligible.map((id) => CATALOG[id].name));
    return no(
      ctx,
      family,
      `The projected ${writes} is past the ${rate(a.writeCeilingPerSecond)} writes/s a single primary sustains, no joins are needed, and ${names} ${eligible.length === 1 ? 'partitions' : 'partition'} writes by key while offering the ${ctx.transactional ? 'multi-item transactions, conditional writes and strongly consistent reads money needs' : 'strongly consistent reads and conditional writes the data needs'}.`,
    );
  }
  const needs = ctx.transactional ? (joins ? 'transactions and joins' : 'transactions') : joins ? 'joins' : 'transactions';
  if (!ctx.writeHeavy) {
    return yes(
      ctx,
      `The projected ${writes} is past the ${rate(a.writeCeilingPerSecond)} writes/s of one primary but under the ${rate(a.writeHeavyPerSecond)} writes/s write-heavy line: shard the write-hot tables by their domain key (Citus or application-level sharding) so ${needs} stay inside a shard, and leave read-mostly tables unsharded.`,
      true,
    );
  }
  return no(
    ctx,
    'distributed-sql',
    `The projected ${writes} is past both the single-primary ceiling and the ${rate(a.writeHeavyPerSecond)} writes/s write-heavy line, yet ${needs} are still required: a distributed SQL database keeps transactions across nodes without hand-built sharding.`,
  );
}

function planTimeSeries(ctx: AdvisorContext): PrimaryPlan {
  const { assumptions: a, projection: p } = ctx;
  const ingest = p.ingestGbPerDay ?? 0;
  const estimated = p.ingestEstimated ? ` (estimated at ${a.timeSeriesBytesPerPoint} bytes per write)` : '';
  if (ingest <= a.timescaleMaxIngestGbPerDay) {
    return yes(
      ctx,
      `Projected ingest of ${formatCount(ingest)} GB/day${estimated} stays under the ${formatCount(a.timescaleMaxIngestGbPerDay)} GB/day up to which TimescaleDB on PostgreSQL does the job of a dedicated time-series database.`,
    );
  }
  // Past TimescaleDB: aggregation-heavy analytics go columnar (ClickHouse); metric points with time-range reads go
  // to a time-series engine (InfluxDB).
  return no(
    ctx,
    ctx.patterns.has('aggregation') ? 'columnar' : 'metrics',
    `Projected ingest of ${formatCount(ingest)} GB/day${estimated} is over the ${formatCount(a.timescaleMaxIngestGbPerDay)} GB/day TimescaleDB handles comfortably.`,
  );
}

function planVector(ctx: AdvisorContext): PrimaryPlan {
  const max = ctx.assumptions.pgvectorMaxVectors;
  const vectors = ctx.projection.vectors;
  if (vectors === null) {
    return yes(ctx, `No vector count was given, so the collection is assumed to stay under ${formatCount(max)} vectors, within pgvector's range.`);
  }
  if (vectors <= max) {
    return yes(ctx, `The projected ${formatCount(vectors)} vectors stay under ${formatCount(max)}, where pgvector with an HNSW index still holds its own.`);
  }
  return no(
    ctx,
    'vector-store',
    `The projected ${formatCount(vectors)} vectors pass the ${formatCount(max)} beyond which the course stops treating pgvector as the safe default (a planning threshold: index memory and build time grow with the collection).`,
  );
}

function planSearch(ctx: AdvisorContext): PrimaryPlan {
  const max = ctx.assumptions.postgresFullTextMaxDocuments;
  const docs = ctx.projection.documents;
  if (docs === null) {
    return yes(ctx, `Neither a document count nor a data size was given, so the corpus is assumed to stay under ${formatCount(max)} documents, within PostgreSQL full-text search.`);
  }
  const estimated = ctx.projection.documentsEstimated ? ` (estimated at ${formatCount(ctx.assumptions.bytesPerSearchDocument)} bytes each)` : '';
  if (docs <= max) {
    return yes(ctx, `The projected ${formatCount(docs)} documents${estimated} stay under ${formatCount(max)}: a tsvector/GIN index or pg_search covers them.`);
  }
  return no(
    ctx,
    'search-engine',
    `The projected ${formatCount(docs)} documents${estimated} pass ${formatCount(max)}, where a dedicated search engine's relevance tuning pulls ahead of PostgreSQL full-text search.`,
  );
}

/** Answers "can PostgreSQL plus an extension do it for the next 12 months?" for the workload's data model. */
export function planPrimary(ctx: AdvisorContext): PrimaryPlan {
  switch (ctx.workload.dataModel) {
    case 'time-series':
      return planTimeSeries(ctx);
    case 'vector':
      return planVector(ctx);
    case 'search':
      return planSearch(ctx);
    case 'blob':
      return no(
        ctx,
        'object-store',
        'Large binary objects belong in object storage: stored in database rows they bloat backups, replication and the buffer cache.',
      );
    case 'graph':
      if (ctx.patterns.has('traversal')) {
        return no(
          ctx,
          'graph',
          'Queries walk relationships several hops deep; in SQL every hop is one more self-join and the cost compounds, which recursive queries do not remove.',
        );
      }
      return yes(ctx, 'Queries fetch nodes by id rather than walking many hops, so adjacency tables in PostgreSQL (a recursive CTE for an occasional short walk) are enough.');
    default:
      return planOperational(ctx);
  }
}

const FLAVOUR_NAMES: Readonly<Record<PostgresFlavour, string>> = {
  postgresql: 'PostgreSQL',
  pgvector: 'PostgreSQL + pgvector',
  timescaledb: 'PostgreSQL + TimescaleDB',
};

/** The 'PostgreSQL first' trace entry (with `ctx`, a family lists only members that offer the guarantees needed). */
export function postgresFirstTrace(plan: PrimaryPlan, ctx?: AdvisorContext): TraceEntry {
  const answer = plan.postgresEnough ? 'Yes' : 'No';
  let effect: string;
  if (plan.family !== null) {
    const members = ctx === undefined ? FAMILY_MEMBERS[plan.family] : eligibleMembers(ctx, plan.family);
    const names = members.map((id) => CATALOG[id].name);
    effect = `Look beyond PostgreSQL, to the specialised family: ${FAMILY_LABELS[plan.family]} (${joinNames(names)}).`;
  } else if (plan.syncedIndex !== null) {
    const label = FAMILY_LABELS[plan.syncedIndex];
    effect =
      plan.syncedIndex === 'object-store'
        ? `Object storage would be the specialised answer, but it has no multi-object transactions: ${FLAVOUR_NAMES[plan.flavour]} stays the system of record for the rows, and the object store holds the files they point to.`
        : `A ${label} would be the specialised answer, but none offers the guarantees this data needs: ${FLAVOUR_NAMES[plan.flavour]} stays the system of record and the ${label} is fed from it as an index.`;
  } else {
    effect = `Stay on ${FLAVOUR_NAMES[plan.flavour]}${plan.sharded ? ', sharded by a domain key' : ''}: a single engine to run, back up and watch.`;
  }
  return {
    factor: 'PostgreSQL first',
    finding: `Can PostgreSQL, with an extension if needed, handle this for the next 12 months? ${answer}. ${plan.reason}`,
    effect,
  };
}
