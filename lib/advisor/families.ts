// Groups of interchangeable specialised stores. The 'PostgreSQL first' step decides which family (if any) the
// workload needs; the 'Operational burden' step then picks one member.

import { CATALOG } from './catalog';
import { meetsConsistency } from './consistency';
import type { AdvisorContext } from './context';
import type { DatabaseId } from './types';

/** A group of specialised stores that do the same job. */
export type StoreFamily =
  | 'wide-column'
  | 'document-store'
  | 'in-memory'
  | 'distributed-sql'
  | 'metrics'
  | 'columnar'
  | 'graph'
  | 'vector-store'
  | 'search-engine'
  | 'object-store';

/** Members of each family, the usual pick first. */
export const FAMILY_MEMBERS: Readonly<Record<StoreFamily, readonly DatabaseId[]>> = {
  'wide-column': ['dynamodb', 'cassandra', 'scylladb'],
  'document-store': ['mongodb'],
  'in-memory': ['valkey', 'redis'],
  'distributed-sql': ['cockroachdb', 'spanner'],
  metrics: ['influxdb', 'clickhouse'],
  columnar: ['clickhouse'],
  graph: ['neo4j'],
  'vector-store': ['pinecone', 'qdrant'],
  'search-engine': ['elasticsearch', 'opensearch'],
  'object-store': ['s3'],
};

/** Human label of each family, for the trace. */
export const FAMILY_LABELS: Readonly<Record<StoreFamily, string>> = {
  // DynamoDB's storage nodes keep B-trees (Elhemali et al. 2022); Cassandra and ScyllaDB are LSM stores: the family
  // is named for what they share, partitioning by key.
  'wide-column': 'partitioned key-value / wide-column store',
  'document-store': 'sharded document store',
  'in-memory': 'in-memory key-value store',
  'distributed-sql': 'distributed SQL (NewSQL)',
  metrics: 'time-series database',
  columnar: 'columnar analytics store',
  graph: 'graph database',
  'vector-store': 'dedicated vector database',
  'search-engine': 'search engine',
  'object-store': 'object storage',
};

/**
 * A family's members in this team's order of preference:
 * - wide-column: DynamoDB first when managed is preferred (no cluster to run); self-hosted, Cassandra, or ScyllaDB
 *   first once writes pass the write-heavy line, where per-node efficiency and the absence of JVM garbage-collection
 *   pauses pay off (Discord's move from Cassandra to ScyllaDB, DISCORD_TRILLIONS in sources.ts);
 * - vector store: Pinecone first when managed is preferred (it is managed-only), else Qdrant (Apache 2.0, self-hostable);
 * - in-memory: the `cacheEngine` assumption first (Valkey by default: BSD-licensed, offered by the main clouds);
 * - otherwise the family's listed order.
 */
function preferenceOrder(ctx: AdvisorContext, family: StoreFamily): readonly DatabaseId[] {
  switch (family) {
    case 'wide-column':
      if (ctx.managedPreferred) return ['dynamodb', 'cassandra', 'scylladb'];
      return ctx.writeHeavy ? ['scylladb', 'cassandra', 'dynamodb'] : ['cassandra', 'scylladb', 'dynamodb'];
    case 'vector-store':
      return ctx.managedPreferred ? ['pinecone', 'qdrant'] : ['qdrant', 'pinecone'];
    case 'in-memory':
      return ctx.assumptions.cacheEngine === 'redis' ? ['redis', 'valkey'] : ['valkey', 'redis'];
    default:
      return FAMILY_MEMBERS[family];
  }
}

/**
 * Picks one member of a family for this team. For the system of record (`forPrimary`), only members that offer the
 * guarantees the data needs count (consistency.ts): under strong consistency on money that leaves DynamoDB among the
 * partitioned stores, because Cassandra's and ScyllaDB's batches are atomic but not isolated.
 */
export function pickFromFamily(ctx: AdvisorContext, family: StoreFamily, forPrimary = false): DatabaseId {
  const order = preferenceOrder(ctx, family);
  const first = order[0] ?? 'postgresql';
  if (!forPrimary) return first;
  return order.find((id) => meetsConsistency(ctx, CATALOG[id])) ?? first;
}

/** The members of a family that may hold the system of record under the workload's consistency needs. */
export function eligibleMembers(ctx: AdvisorContext, family: StoreFamily): DatabaseId[] {
  return FAMILY_MEMBERS[family].filter((id) => meetsConsistency(ctx, CATALOG[id]));
}

/** The families a catalog id belongs to. */
export function familiesOf(id: DatabaseId): StoreFamily[] {
  return (Object.keys(FAMILY_MEMBERS) as StoreFamily[]).filter((family) => FAMILY_MEMBERS[family].includes(id));
}
