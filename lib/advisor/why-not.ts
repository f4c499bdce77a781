// A reason against any catalog database for a given decision, checked in factor order so the reason given is the
// earliest factor that rules the database out: a factor with a clear answer is never skipped for a later one.

import { CATALOG, type CatalogEntry } from './catalog';
import { meetsConsistency, shortfall } from './consistency';
import type { Decision } from './decide';
import { FAMILY_MEMBERS, familiesOf } from './families';
import { formatCount, joinNames } from './format';
import { managedReason } from './team';
import type { DatabaseId } from './types';

function sameFamily(a: DatabaseId, b: DatabaseId): boolean {
  return familiesOf(a).some((family) => FAMILY_MEMBERS[family].includes(b));
}

/** Why a sibling of a chosen store (primary or add-on) lost to it: an operations or licence call, not a fit problem. */
function siblingReason(decision: Decision, entry: CatalogEntry, chosenId: DatabaseId): string | null {
  const { ctx } = decision;
  const chosen = CATALOG[chosenId];
  const ops = managedReason(ctx.workload, ctx.assumptions);
  const writes = formatCount(ctx.projection.writesPerSecond);
  switch (`${entry.id}<${chosenId}`) {
    case 'cassandra<dynamodb':
    case 'scylladb<dynamodb':
      return `Same partition-key/sort-key model as ${chosen.name}, but someone has to run the cluster (compaction, repairs, node failures) and ${ops}. Managed offerings (${entry.managedOfferings.join(', ')}) exist if CQL matters.`;
    case 'dynamodb<cassandra':
    case 'dynamodb<scylladb':
      return `Same data model and fully managed, but AWS-only, with per-request pricing that grows hard to predict at scale; the team can run ${chosen.name} itself.`;
    case 'scylladb<cassandra':
      return `Cassandra-compatible without JVM garbage-collection pauses and with fewer nodes, which pays off above ${formatCount(ctx.assumptions.writeHeavyPerSecond)} writes/s; at ${writes} writes/s, Cassandra's larger pool of operators wins. (Discord's messages moved from MongoDB to Cassandra, then from 177 Cassandra nodes to 72 ScyllaDB nodes, for tail latency, as its 2023 write-up describes.)`;
    case 'cassandra<scylladb':
      return `Same CQL model, but at ${writes} writes/s ScyllaDB needs fewer nodes and avoids the JVM garbage-collection pauses behind Discord's move off Cassandra (written up in 2023).`;
    case 'redis<valkey':
      return `Same API and data structures; Redis has been source-available (RSALv2/SSPLv1) since Redis 7.4 (2024), with AGPLv3 added in Redis 8 (2025), while Valkey is BSD-licensed and offered by the main clouds' managed caches.`;
    case 'valkey<redis':
      return 'Same API under a BSD licence; Redis was picked because the cacheEngine assumption asks for it.';
    case 'qdrant<pinecone':
      return `Open source (Apache 2.0) and self-hostable, but ${ops}; Pinecone is managed only. Qdrant Cloud is a managed alternative.`;
    case 'pinecone<qdrant':
      return 'Managed only; the team can run Qdrant itself and keep the embeddings in its own infrastructure.';
    case 'opensearch<elasticsearch':
      return 'An Apache 2.0 fork with the same query model: an equal substitute, especially on AWS (Amazon OpenSearch Service).';
    case 'spanner<cockroachdb':
      return 'The same idea, serializable transactions across nodes and regions, but it runs only on Google Cloud.';
    case 'influxdb<clickhouse':
      return 'Built for metric points, downsampling and retention; this workload is aggregation-heavy analytics, where a columnar SQL engine fits better.';
    case 'clickhouse<influxdb':
      return 'A columnar SQL engine for aggregations; this workload is time-range reads over metric points, which InfluxDB is built for.';
    default:
      return null;
  }
}

/** A reason against `id` under `decision`, or the confirmation that it is the primary or an add-on. */
export function reasonAgainst(decision: Decision, id: DatabaseId): string {
  const { ctx, plan, primaryId, primaryWhy, addOns } = decision;
  const entry = CATALOG[id];
  const primary = CATALOG[primaryId];
  const { workload, projection: p } = ctx;

  if (id === primaryId) return `${entry.name} is the recommended primary. ${primaryWhy[1] ?? primaryWhy[0] ?? ''}`.trim();
  const addOn = addOns.find((candidate) => candidate.id === id);
  if (addOn !== undefined) return `${entry.name} is already in the advice, as the ${addOn.role}: ${addOn.why}`;

  // Factor 1: the guarantees the data needs.
  if (!meetsConsistency(ctx, entry)) {
    return `${entry.name} cannot be the system of record for this data. ${shortfall(ctx, entry) ?? ''}; it can only hold a copy.`;
  }
  // Same family as the primary or an add-on: the operations step (or a licence) decided between equals.
  for (const chosenId of [primaryId, ...addOns.map((candidate) => candidate.id)]) {
    const reason = sameFamily(id, chosenId) ? siblingReason(decision, entry, chosenId) : null;
    if (reason !== null) return reason;
  }
  // PostgreSQL builds: either the same database with another extension, or the answer 'PostgreSQL first' rejected.
  if (entry.technology === 'postgresql') {
    if (primary.technology === 'postgresql') {
      const use = entry.id === 'pgvector' ? 'vector similarity' : entry.id === 'timescaledb' ? 'time-series tables' : 'relational tables';
      return `${entry.name} is the same PostgreSQL with a different extension; nothing to choose between — enable it if the workload comes to need ${use}.`;
    }
    return `PostgreSQL was asked first and falls short here. ${plan.reason}`;
  }
  // Factor 3: data model.
  if (entry.inMemory && !ctx.ephemeral) {
    return `${entry.name} keeps its data in memory: right for caches and data that expires, not as the only home of data that must survive a restart.`;
  }
  if (!entry.models.includes(workload.dataModel)) {
    return `${entry.name} is built for ${joinNames([...entry.models])} data; this is a ${workload.dataModel} workload.`;
  }
  // MySQL shares PostgreSQL's single-primary shape: it wins or loses on the same grounds.
  if (entry.id === 'mysql') {
    return primary.technology === 'postgresql' && plan.postgresEnough
      ? 'MySQL is as capable for this OLTP load; PostgreSQL is preferred for its extensions (PostGIS, pgvector, TimescaleDB, pg_search, Citus), which absorb later needs without adding a database.'
      : `MySQL has the same single-primary shape and would hit the same limit PostgreSQL did. ${plan.reason}`;
  }
  // 'PostgreSQL first': a specialised store that PostgreSQL makes unnecessary for now.
  if (primary.technology === 'postgresql' && plan.postgresEnough) {
    return `PostgreSQL covers this for the next 12 months, so ${entry.name} would be one more technology to run before the workload needs it. ${plan.reason}`;
  }
  // An expiring, in-memory workload: a durable store would persist data that is thrown away minutes later.
  if (primary.inMemory && ctx.ephemeral) {
    return `${entry.name} would store durably data that expires within minutes; an in-memory store drops expired keys by itself and answers faster, which is why sessions and presence usually live in one.`;
  }
  // Factor 4: scale.
  if (entry.scaleOut && ctx.tier === 1) {
    return `${entry.name} spreads data across many nodes, but the projected load fits on one.`;
  }
  const high = entry.singleNodeWrites?.high;
  if (!entry.scaleOut && high !== undefined && high !== null && p.writesPerSecond > high) {
    return `${entry.name} tops out around ${formatCount(high)} writes/s per node; the projection is ${formatCount(p.writesPerSecond)} writes/s.`;
  }
  // Factor 5: operations.
  if (!entry.selfHostable && !ctx.managedPreferred) {
    return `${entry.name} is managed only, and the team prefers to run its own stores.`;
  }
  return `${primary.name} fits better. ${primaryWhy[1] ?? primaryWhy[0] ?? ''}`.trim();
}

/** Catalog ids worth listing as alternatives for a data model (the primary's family is added first). */
const NEIGHBOURS: Readonly<Record<Decision['ctx']['workload']['dataModel'], readonly DatabaseId[]>> = {
  relational: ['postgresql', 'mysql', 'cockroachdb', 'cassandra'],
  document: ['postgresql', 'mongodb', 'dynamodb'],
  'key-value': ['postgresql', 'valkey', 'dynamodb', 'cassandra'],
  'wide-column': ['postgresql', 'dynamodb', 'cassandra', 'scylladb'],
  'time-series': ['timescaledb', 'influxdb', 'clickhouse', 'cassandra'],
  graph: ['postgresql', 'neo4j'],
  vector: ['pgvector', 'qdrant', 'pinecone'],
  search: ['postgresql', 'elasticsearch', 'opensearch'],
  blob: ['s3', 'postgresql'],
};

/** Most alternatives listed in `Advice.alternatives`. */
export const MAX_ALTERNATIVES = 4;

/** The runners-up for a decision: the primary's family first, then the data model's usual candidates. */
export function alternativesFor(decision: Decision): DatabaseId[] {
  const { primaryId, addOns, ctx } = decision;
  const family = Object.values(FAMILY_MEMBERS).find((members) => members.includes(primaryId)) ?? [];
  const taken = new Set<DatabaseId>([primaryId, ...addOns.map((addOn) => addOn.id)]);
  const neighbours = NEIGHBOURS[ctx.workload.dataModel].map((id) => (id === 'valkey' ? ctx.assumptions.cacheEngine : id));
  const ids = [...family, ...neighbours].filter((id, index, all) => !taken.has(id) && all.indexOf(id) === index);
  return ids.slice(0, MAX_ALTERNATIVES);
}
