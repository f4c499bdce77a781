// Factor 3: the data model picks a category (relational, document, key-value, wide-column, time-series, graph,
// vector, search, blob).

import type { AdvisorContext } from './context';
import { joinNames } from './format';
import type { AccessPattern, DataModel, TraceEntry } from './types';

const EFFECTS: Readonly<Record<DataModel, string>> = {
  relational: 'Structured, related records: a SQL database keeps joins and constraints in the engine.',
  document: 'Nested, entity-shaped records: JSONB in PostgreSQL or a document store both fit; scale decides.',
  'wide-column': 'Access by partition key, then a sorted range: a composite index on one node, a partitioned wide-column store once writes outgrow it.',
  'key-value': 'Lookups by a known key: almost any store serves them; expiring data suits an in-memory store.',
  'time-series': 'Timestamped, append-mostly points: TimescaleDB on PostgreSQL until ingest or scans outgrow it.',
  graph: 'Relationships between nodes: a graph database only pays off for traversals several hops deep.',
  vector: 'Embeddings for approximate similarity: pgvector until the collection outgrows it.',
  search: 'Text to search by relevance: PostgreSQL full-text search until the corpus outgrows it.',
  blob: 'Large binary objects: object storage, with any queryable metadata in a database.',
};

const NATIVE: Readonly<Record<DataModel, readonly AccessPattern[]>> = {
  relational: ['joins'],
  document: [],
  'wide-column': ['range-scan'],
  'key-value': ['point-lookup', 'ttl'],
  'time-series': ['range-scan', 'aggregation', 'ttl'],
  graph: ['traversal'],
  vector: ['similarity'],
  search: ['full-text'],
  blob: ['point-lookup'],
};

/** The 'Data model' trace entry. */
export function dataModelTrace(ctx: AdvisorContext): TraceEntry {
  const { workload } = ctx;
  const patterns = [...ctx.patterns];
  const accessed = patterns.length > 0 ? `, accessed by ${joinNames(patterns)}` : ', with no access patterns stated';
  const ephemeral = ctx.ephemeral ? ' The data expires and does not accumulate.' : '';
  // Capabilities beyond the model's own core (aggregation is the point of time-series analytics, similarity of vectors…).
  const extras = patterns.filter(
    (pattern) => ['full-text', 'geospatial', 'similarity', 'aggregation'].includes(pattern) && !NATIVE[workload.dataModel].includes(pattern),
  );
  const listed = joinNames(extras);
  const placed =
    extras.length > 0
      ? ` ${listed.charAt(0).toUpperCase()}${listed.slice(1)} ${extras.length === 1 ? 'is a capability' : 'are capabilities'} to place: in the primary (an extension) or beside it (an add-on).`
      : '';
  return {
    factor: 'Data model',
    finding: `${workload.dataModel.charAt(0).toUpperCase()}${workload.dataModel.slice(1)} data${accessed}.${ephemeral}`,
    effect: `${EFFECTS[workload.dataModel]}${placed}`,
  };
}
