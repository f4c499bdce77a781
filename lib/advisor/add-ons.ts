// Stores beside the primary (polyglot persistence): each must earn its place by doing a job the primary cannot do
// adequately, so every
// rule below needs both an access pattern and a measured reason (scale, or a capability the primary lacks).
// The course's EventFlow example is the counter-example: no cache, no search engine at its MVP, until load demanded them.

import { CATALOG, type CatalogEntry } from './catalog';
import type { AdvisorContext } from './context';
import { pickFromFamily, type StoreFamily } from './families';
import { formatCount } from './format';
import type { PrimaryPlan } from './postgres-first';
import type { AddOn, DatabaseId } from './types';

const SYNCED_INDEX_ROLES: Readonly<Partial<Record<StoreFamily, string>>> = {
  'search-engine': 'search index',
  'vector-store': 'vector index',
  columnar: 'analytics store',
  metrics: 'time-series store',
  'object-store': 'object storage',
};

function isPostgres(entry: CatalogEntry): boolean {
  return entry.technology === 'postgresql';
}

/** Merges add-ons that landed on the same store (e.g. one Valkey as both cache and live geo index). */
function merge(addOns: readonly AddOn[]): AddOn[] {
  const byId = new Map<DatabaseId, AddOn>();
  for (const addOn of addOns) {
    const existing = byId.get(addOn.id);
    if (existing === undefined) byId.set(addOn.id, { ...addOn });
    else byId.set(addOn.id, { id: addOn.id, role: `${existing.role} and ${addOn.role}`, why: `${existing.why} ${addOn.why}` });
  }
  return [...byId.values()];
}

/** Decides the add-ons for a chosen primary, in the order cache, search, analytics, vectors, geo, metadata. */
export function planAddOns(ctx: AdvisorContext, primaryId: DatabaseId, plan: PrimaryPlan): AddOn[] {
  const { assumptions: a, projection: p, patterns } = ctx;
  const primary = CATALOG[primaryId];
  const pg = isPostgres(primary);
  const addOns: AddOn[] = [];
  const synced = plan.syncedIndex;

  if (synced !== null) {
    const id = pickFromFamily(ctx, synced);
    addOns.push({
      id,
      role: SYNCED_INDEX_ROLES[synced] ?? 'index',
      why:
        synced === 'object-store'
          ? // Files are not copied by CDC: the object store holds them, the primary holds the rows that refer to them.
            `Strong consistency keeps ${primary.name} as the system of record for the rows that matter (owner, key, size, and anything with money on it), in transactions; ${CATALOG[id].name} stores the files themselves. Write each object before the row that points at it, so a failure leaves at most an orphaned object, never a row without its file. ${plan.reason}`
          : `Strong consistency keeps ${primary.name} as the system of record; ${CATALOG[id].name} answers the specialised queries from a copy kept in sync by change data capture (CDC), so it can always be rebuilt. ${plan.reason}`,
    });
  }

  if (!primary.inMemory && ctx.readsBeyondNode && ctx.profile.kind !== 'write-heavy') {
    addOns.push({
      id: a.cacheEngine,
      role: 'cache',
      why: `The projected ${formatCount(p.readsPerSecond)} reads/s is past the ${formatCount(a.singleNodeReadsPerSecond)} reads/s one node serves: cache hot reads (cache-aside with a short TTL) and add read replicas, while ${primary.name} stays the source of truth.`,
    });
  }

  if (patterns.has('full-text') && primary.category !== 'search' && synced !== 'search-engine') {
    const docsBeyond = p.documents !== null && p.documents > a.postgresFullTextMaxDocuments;
    let why: string | null = null;
    if (!pg) {
      why = `${primary.name} has no full-text queries; index the searchable fields in a search engine fed from the primary by CDC.`;
    } else if (docsBeyond) {
      why = `The projected ${formatCount(p.documents ?? 0)} documents pass the ${formatCount(a.postgresFullTextMaxDocuments)} that PostgreSQL full-text search handles well.`;
    } else if (ctx.readsBeyondNode) {
      why = `At ${formatCount(p.readsPerSecond)} reads/s the primary is busy with transactions; moving search (relevance, facets, typo tolerance, geo filters) to an index synced by CDC keeps it off the OLTP path, as EventFlow did in its growth phase.`;
    }
    if (why !== null) addOns.push({ id: 'elasticsearch', role: 'search', why });
  }

  const analyticsPrimary = primary.category === 'analytics' || primary.category === 'time-series';
  if (patterns.has('aggregation') && !analyticsPrimary && synced !== 'columnar' && synced !== 'metrics') {
    const lookupStore = primary.category === 'key-value' || primary.category === 'wide-column';
    const bigData = p.dataGb !== null && p.dataGb > a.columnarAnalyticsAboveGb;
    let why: string | null = null;
    if (lookupStore && !pg) {
      why = `${primary.name} answers lookups by key, not aggregations; stream changes into a columnar store for analytics.`;
    } else if (bigData) {
      why = `Aggregations over about ${formatCount(p.dataGb ?? 0)} GB (past ${formatCount(a.columnarAnalyticsAboveGb)} GB) would compete with transactions on the primary; feed a columnar store by CDC instead.`;
    } else if (ctx.exceedsWriteCeiling) {
      why = `With writes spread over several nodes, aggregating across them on the OLTP path is slow and risky; feed a columnar store by CDC for reporting.`;
    }
    if (why !== null) addOns.push({ id: 'clickhouse', role: 'analytics', why });
  }

  if (patterns.has('similarity') && ctx.workload.dataModel !== 'vector' && synced !== 'vector-store') {
    const vectorsBeyond = p.vectors !== null && p.vectors > a.pgvectorMaxVectors;
    if (pg && !vectorsBeyond) {
      addOns.push({
        id: 'pgvector',
        role: 'vector search',
        why: 'Similarity search runs as the pgvector extension on the same PostgreSQL, beside the rows the embeddings describe: no new technology to operate.',
      });
    } else {
      const id = pickFromFamily(ctx, 'vector-store');
      addOns.push({
        id,
        role: 'vector search',
        why: vectorsBeyond
          ? `The projected ${formatCount(p.vectors ?? 0)} vectors pass pgvector's ${formatCount(a.pgvectorMaxVectors)}; keep them in a dedicated vector database.`
          : `${primary.name} has no vector similarity search; keep the embeddings in a dedicated vector database.`,
      });
    }
  }

  // On PostgreSQL, PostGIS answers geospatial queries in place; other primaries need a geo index.
  if (patterns.has('geospatial') && !primary.inMemory && !pg) {
    addOns.push({
      id: a.cacheEngine,
      role: 'live geo index',
      why: ctx.exceedsWriteCeiling
        ? `At ${formatCount(p.writesPerSecond)} writes/s, live positions and "what is near this point" queries belong in an in-memory geo index with a short TTL (GEOADD/GEOSEARCH, or H3 cells as keys, as Uber's H3 index makes possible); ${primary.name} keeps the durable record.`
        : `${primary.name} has no geospatial queries; keep current positions in an in-memory geo index (GEOADD/GEOSEARCH) with a TTL.`,
    });
  }

  const queriesMetadata = (['joins', 'aggregation', 'full-text', 'range-scan'] as const).some((pattern) => patterns.has(pattern));
  if (primary.category === 'object-store' && queriesMetadata) {
    addOns.push({
      id: 'postgresql',
      role: 'metadata',
      why: `${primary.name} only fetches objects by key; keep each object's metadata (owner, type, dates, tags) in PostgreSQL to query it.`,
    });
  }

  return merge(addOns.filter((addOn) => addOn.id !== primaryId));
}
