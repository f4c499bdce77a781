// Groups of interchangeable specialised stores. The 'PostgreSQL first' step decides which family (if any) the
// workload needs; the 'Operational burden' step then picks one member.

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
  'wide-column': 'LSM wide-column / key-value store',
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
 * Picks one member of a family for this team:
 * - wide-column: DynamoDB when managed is preferred (seed 000: "not managing a Cassandra cluster is a significant
 *   operational advantage"); self-hosted, Cassandra, or ScyllaDB once writes pass the write-heavy line, where
 *   per-node efficiency and the absence of JVM GC pauses pay off (seed 001's Cassandra 3.x → ScyllaDB row;
 *   Discord's 2022–23 move, seed 002);
 * - vector store: Pinecone when managed is preferred (it is managed-only), else Qdrant (Apache 2.0, self-hostable);
 * - in-memory: the `cacheEngine` assumption (Valkey by default: seed 001 "evaluate Valkey before Redis");
 * - otherwise the family's first member.
 */
export function pickFromFamily(ctx: AdvisorContext, family: StoreFamily): DatabaseId {
  switch (family) {
    case 'wide-column':
      if (ctx.managedPreferred) return 'dynamodb';
      return ctx.writeHeavy ? 'scylladb' : 'cassandra';
    case 'vector-store':
      return ctx.managedPreferred ? 'pinecone' : 'qdrant';
    case 'in-memory':
      return ctx.assumptions.cacheEngine;
    default:
      return FAMILY_MEMBERS[family][0] ?? 'postgresql';
  }
}

/** The families a catalog id belongs to. */
export function familiesOf(id: DatabaseId): StoreFamily[] {
  return (Object.keys(FAMILY_MEMBERS) as StoreFamily[]).filter((family) => FAMILY_MEMBERS[family].includes(id));
}
