// Worked examples as advisor inputs, for the widget's preset menu and the scenario tests. They are hypothetical
// workloads written for this course: `source` says what each one is, `assumed` lists every number with the
// reasoning behind it, and `references` names public pages with real systems or documented behaviour to compare.

import {
  DISCORD_BILLIONS,
  DISCORD_TRILLIONS,
  DYNAMODB_TRANSACTIONS,
  PGVECTOR,
  PG_TEXT_SEARCH,
  POSTGIS,
  S3_CONSISTENCY,
  SPANNER_EXTERNAL_CONSISTENCY,
  COCKROACHDB_READ_COMMITTED,
  UBER_H3,
  DEBEZIUM_POSTGRES,
  CITUS,
  TIMESCALEDB,
  REDIS_PERSISTENCE,
  NEO4J_TRANSACTIONS,
  CLICKHOUSE_INSERTS,
  type SourceRef,
} from './sources';
import type { Workload } from './types';

/** A worked example expressed as a workload. */
export interface AdvisorPreset {
  /** Stable id (URL-safe). */
  id: string;
  /** Menu label. */
  label: string;
  /** The workload, with today's figures (the advisor projects them 12 months ahead). */
  workload: Workload;
  /** What the example is, for readers (a hypothetical workload for this course). */
  source: string;
  /** Every input the example assumes, with the reasoning used to fill it. */
  assumed: string[];
  /** Public pages with real systems or documented behaviour to compare the example with. */
  references: readonly SourceRef[];
}

const HYPOTHETICAL = 'A hypothetical workload for this course; every figure below is the example’s assumption.';

/** Chat messages: 20k writes/s of appends, range reads per conversation. */
export const CHAT_MESSAGES: AdvisorPreset = {
  id: 'chat-messages',
  label: 'Chat messages',
  workload: {
    consistency: 'read-your-writes',
    peakWritesPerSecond: 20_000,
    peakReadsPerSecond: 30_000,
    dataModel: 'wide-column',
    accessPatterns: ['range-scan'],
    teamSize: 4,
    opsExpertise: 'some',
  },
  source: `${HYPOTHETICAL} Messages are appended per conversation and read back as the latest page before a timestamp, as Discord’s message store is.`,
  assumed: [
    'Writes: 20,000 messages/s at peak, as in the estimator’s chat example (8.64 million users × 100 messages a day, a 2× peak).',
    'Reads: 1.5 per write (30,000/s), as the estimator’s chat example assumes.',
    'Consistency: read-your-writes, so a sender sees their own message at once.',
    'Team: 4 engineers with some operations experience, who would rather not run a cluster.',
  ],
  references: [DISCORD_BILLIONS, DISCORD_TRILLIONS],
};

/** A recipe-sharing app run by two engineers. */
export const RECIPE_APP: AdvisorPreset = {
  id: 'recipe-app',
  label: 'Recipe sharing app',
  workload: {
    consistency: 'strong',
    peakWritesPerSecond: 29,
    peakReadsPerSecond: 580,
    dataModel: 'relational',
    accessPatterns: ['full-text', 'joins', 'point-lookup'],
    documentCount: 200_000,
    teamSize: 2,
  },
  source: `${HYPOTHETICAL} Two engineers, 50,000 active users in the first year, search by ingredient, cuisine and diet.`,
  assumed: [
    'Traffic: 50,000 users × 5 writes and 100 reads a day, with a 10× peak-to-average: 250,000 ÷ 86,400 × 10 ≈ 29 writes/s and 5,000,000 ÷ 86,400 × 10 ≈ 580 reads/s.',
    'Recipes: 200,000 searchable documents.',
    'Consistency: strong, because a saved recipe must not be lost or shown stale to its author (like counts could be eventual).',
    'Team: 2 engineers.',
  ],
  references: [PG_TEXT_SEARCH],
};

const EVENTFLOW = 'EventFlow, a hypothetical ticketing company the course follows from launch to scale; every figure below is the example’s assumption.';

/** EventFlow at MVP: 3 engineers, payments and tickets, PostgreSQL only. */
export const EVENTFLOW_MVP: AdvisorPreset = {
  id: 'eventflow-mvp',
  label: 'EventFlow ticketing — MVP',
  workload: {
    consistency: 'strong',
    handlesMoney: true,
    peakWritesPerSecond: 20,
    peakReadsPerSecond: 200,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup', 'full-text'],
    teamSize: 3,
  },
  source: `${EVENTFLOW} MVP phase: events, tickets, users and payments, where overselling a ticket is a product failure.`,
  assumed: ['Users: up to 10,000.', 'Traffic: 20 writes/s and 200 reads/s at peak.', 'Team: 3 engineers.', 'Money: tickets and payments, so strong consistency.'],
  references: [],
};

/** EventFlow's growth phase: launch-day read spikes bring a cache, a read replica and a search engine. */
export const EVENTFLOW_GROWTH: AdvisorPreset = {
  id: 'eventflow-growth',
  label: 'EventFlow ticketing — growth',
  workload: {
    consistency: 'strong',
    handlesMoney: true,
    peakWritesPerSecond: 300,
    peakReadsPerSecond: 12_000,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup', 'full-text', 'geospatial'],
    teamSize: 6,
  },
  source: `${EVENTFLOW} Growth phase: release days make event pages slow and push database CPU to 90%, and users want to search events by name, place and category.`,
  assumed: ['Users: 10,000 to 500,000.', 'Traffic: 12,000 reads/s and 300 writes/s at a release-day peak.', 'Team: 6 engineers.'],
  references: [DEBEZIUM_POSTGRES],
};

/** EventFlow at scale: 10K ticket writes/s shard the tickets table; ClickHouse for reporting. */
export const EVENTFLOW_SCALE: AdvisorPreset = {
  id: 'eventflow-scale',
  label: 'EventFlow ticketing — scale',
  workload: {
    consistency: 'strong',
    handlesMoney: true,
    peakWritesPerSecond: 10_000,
    peakReadsPerSecond: 150_000,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup', 'full-text', 'geospatial', 'aggregation'],
    teamSize: 30,
    opsExpertise: 'deep',
  },
  source: `${EVENTFLOW} Scale phase: a major release brings more ticket purchases per second than one primary takes, and every purchase still needs a transaction.`,
  assumed: [
    'Users: 500,000 to 10 million.',
    'Writes: 10,000 ticket purchases/s at a major release.',
    'Reads: 150,000/s at the release peak.',
    'Team: 30 engineers with dedicated database operators.',
  ],
  references: [CITUS],
};

/** A ride-sharing startup's first year: trips, accounts and payments in PostgreSQL with PostGIS. */
export const RIDE_SHARING_YEAR_1: AdvisorPreset = {
  id: 'ride-sharing-year-1',
  label: 'Ride-sharing — year 1 trips',
  workload: {
    consistency: 'strong',
    handlesMoney: true,
    peakWritesPerSecond: 5,
    peakReadsPerSecond: 50,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup', 'range-scan', 'geospatial'],
    teamSize: 4,
  },
  source: `${HYPOTHETICAL} A ride-sharing startup in five cities, where creating a trip and charging for it must happen together.`,
  assumed: [
    'Rides: 500,000 in the first year, about 1,400 a day; with about 10 writes per ride and a 30× peak, 5 writes/s and 50 reads/s.',
    'Team: 4 engineers. Live driver positions are a separate workload (see the at-scale example).',
  ],
  references: [POSTGIS],
};

/** Driver location updates at scale: 125,000 writes/s, geospatial lookups, seconds-old data tolerated. */
export const RIDE_SHARING_LOCATIONS: AdvisorPreset = {
  id: 'ride-sharing-locations',
  label: 'Ride-sharing — driver locations at scale',
  workload: {
    consistency: 'eventual',
    peakWritesPerSecond: 125_000,
    peakReadsPerSecond: 20_000,
    dataModel: 'key-value',
    accessPatterns: ['point-lookup', 'geospatial', 'ttl'],
    ingestGbPerDay: 1_080,
    teamSize: 40,
    opsExpertise: 'deep',
    preferManaged: false,
  },
  source: `${HYPOTHETICAL} Live driver positions, where a position a few seconds old is fine; cell indexes such as Uber’s H3 turn "near this point" into key lookups.`,
  assumed: [
    'Writes: 500,000 drivers each sending a position every 4 s: 500,000 ÷ 4 = 125,000 writes/s.',
    'Reads: 20,000 nearby-driver queries/s.',
    'History: positions are kept, 100 bytes each: 125,000 × 100 B × 86,400 s ≈ 1,080 GB/day.',
    'Team: 40 engineers who run their own clusters.',
  ],
  references: [UBER_H3],
};

/** An e-commerce store: orders in PostgreSQL, a cache and a product search engine. */
export const E_COMMERCE: AdvisorPreset = {
  id: 'e-commerce',
  label: 'E-commerce store',
  workload: {
    consistency: 'strong',
    handlesMoney: true,
    peakWritesPerSecond: 1_000,
    peakReadsPerSecond: 10_000,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup', 'range-scan', 'full-text'],
    dataSizeGb: 1_000,
    documentCount: 2_000_000,
    teamSize: 8,
  },
  source: `${HYPOTHETICAL} Orders must be paid for atomically, order status is read far more often than it changes, and the catalogue is searched.`,
  assumed: [
    'Load: the course’s cost-table reference workload, 1 TB, 1,000 writes/s and 10,000 reads/s.',
    'Catalogue: 2 million products to search.',
    'Team: 8 engineers.',
  ],
  references: [],
};

/** A real-time analytics dashboard over billions of events: ClickHouse. */
export const ANALYTICS_DASHBOARD: AdvisorPreset = {
  id: 'analytics-dashboard',
  label: 'Analytics dashboard',
  workload: {
    consistency: 'eventual',
    peakWritesPerSecond: 20_000,
    peakReadsPerSecond: 20,
    dataModel: 'time-series',
    accessPatterns: ['aggregation', 'range-scan'],
    dataSizeGb: 2_000,
    teamSize: 8,
  },
  source: `${HYPOTHETICAL} Active users per minute and 90-day trends over billions of event rows, where 30 seconds of staleness is acceptable.`,
  assumed: [
    'Events: 20,000/s ingested (about 173 GB/day at 100 bytes per event).',
    'Data: 2 TB today.',
    'Dashboard queries: 20/s.',
    'Team: 8 engineers.',
  ],
  references: [CLICKHOUSE_INSERTS],
};

/** A session store: key-value with TTL, 1M concurrent users. */
export const USER_SESSIONS: AdvisorPreset = {
  id: 'user-sessions',
  label: 'User sessions',
  workload: {
    consistency: 'eventual',
    peakWritesPerSecond: 5_000,
    peakReadsPerSecond: 50_000,
    dataModel: 'key-value',
    accessPatterns: ['point-lookup', 'ttl'],
    dataSizeGb: 5,
    teamSize: 8,
  },
  source: `${HYPOTHETICAL} Sessions fetched and updated by session id, expiring after 30 minutes idle, where a lost session means logging in again.`,
  assumed: [
    '1 million concurrent users, each request reading the session (one request per user every 20 s: 50,000 reads/s) and one in ten changing it (5,000 writes/s).',
    'About 5 KB per session: 5 GB.',
    'Team: 8 engineers.',
  ],
  references: [REDIS_PERSISTENCE],
};

/** A SaaS product with semantic search: PostgreSQL, a cache and pgvector. */
export const SAAS_SEMANTIC_SEARCH: AdvisorPreset = {
  id: 'saas-semantic-search',
  label: 'SaaS app with semantic search',
  workload: {
    consistency: 'read-your-writes',
    peakWritesPerSecond: 500,
    peakReadsPerSecond: 15_000,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup', 'similarity'],
    vectorCount: 2_000_000,
    teamSize: 6,
  },
  source: `${HYPOTHETICAL} A multi-tenant SaaS product that adds semantic search over its own records.`,
  assumed: ['Traffic: 500 writes/s and 15,000 reads/s.', 'Embeddings: 2 million.', 'Team: 6 engineers.'],
  references: [PGVECTOR],
};

/** A RAG corpus past pgvector's planning range: a dedicated vector database. */
export const RAG_LARGE_CORPUS: AdvisorPreset = {
  id: 'rag-large-corpus',
  label: 'RAG over a large corpus',
  workload: {
    consistency: 'eventual',
    peakWritesPerSecond: 200,
    peakReadsPerSecond: 2_000,
    dataModel: 'vector',
    accessPatterns: ['similarity'],
    vectorCount: 60_000_000,
    teamSize: 4,
  },
  source: `${HYPOTHETICAL} Retrieval over a corpus well past the course’s 10-million-vector planning threshold for pgvector.`,
  assumed: ['Embeddings: 60 million.', 'Traffic: 200 upserts/s and 2,000 queries/s.', 'Team: 4 engineers.'],
  references: [PGVECTOR],
};

/** Friends-of-friends traversals: a graph database. */
export const SOCIAL_GRAPH: AdvisorPreset = {
  id: 'social-graph',
  label: 'Social graph (friends of friends)',
  workload: {
    consistency: 'read-your-writes',
    peakWritesPerSecond: 500,
    peakReadsPerSecond: 5_000,
    dataModel: 'graph',
    accessPatterns: ['traversal', 'point-lookup'],
    teamSize: 10,
    opsExpertise: 'some',
  },
  source: `${HYPOTHETICAL} Suggestions drawn from friends of friends, up to three hops out.`,
  assumed: ['Traffic: 500 writes/s and 5,000 reads/s.', 'Team: 10 engineers with some operations experience.'],
  references: [NEO4J_TRANSACTIONS],
};

/** Device metrics under TimescaleDB's planning threshold. */
export const IOT_METRICS: AdvisorPreset = {
  id: 'iot-metrics',
  label: 'IoT device metrics',
  workload: {
    consistency: 'eventual',
    peakWritesPerSecond: 1_000,
    peakReadsPerSecond: 50,
    dataModel: 'time-series',
    accessPatterns: ['range-scan', 'aggregation', 'ttl'],
    ingestGbPerDay: 10,
    teamSize: 4,
  },
  source: `${HYPOTHETICAL} Device readings queried as "average over the last five minutes, by device", kept for a limited time.`,
  assumed: ['Ingest: 10 GB/day (about 1,000 points/s at ~100 bytes).', 'Dashboards: 50 queries/s.', 'Team: 4 engineers.'],
  references: [TIMESCALEDB],
};

/** A URL shortener: modest writes, many reads, one relational node. */
export const URL_SHORTENER: AdvisorPreset = {
  id: 'url-shortener',
  label: 'URL shortener',
  workload: {
    consistency: 'read-your-writes',
    peakWritesPerSecond: 1_157,
    peakReadsPerSecond: 115_700,
    dataModel: 'key-value',
    accessPatterns: ['point-lookup'],
    ingestGbPerDay: 23.9,
    teamSize: 5,
  },
  source: `${HYPOTHETICAL} The same service as the estimator’s URL-shortener example: modest writes, many more clicks than creations.`,
  assumed: [
    'Writes: 100 million new links a day ÷ 86,400 ≈ 1,157/s, at 239 bytes each: 23.9 GB/day.',
    'Reads: 100 clicks per created link (115,700/s).',
    'Team: 5 engineers.',
  ],
  references: [],
};

/** Uploaded images and documents: object storage plus queryable metadata. */
export const MEDIA_UPLOADS: AdvisorPreset = {
  id: 'media-uploads',
  label: 'Media uploads',
  workload: {
    consistency: 'eventual',
    peakWritesPerSecond: 50,
    peakReadsPerSecond: 2_000,
    dataModel: 'blob',
    accessPatterns: ['point-lookup', 'range-scan'],
    dataSizeGb: 20_000,
    teamSize: 5,
  },
  source: `${HYPOTHETICAL} Images, video and documents that users upload and list by date.`,
  assumed: ['Traffic: 50 uploads/s and 2,000 downloads/s.', 'Data: 20 TB.', 'Listing a user’s uploads by date needs queryable metadata.', 'Team: 5 engineers.'],
  references: [S3_CONSISTENCY],
};

/** Payments accepted in several regions with strong consistency: distributed SQL. */
export const GLOBAL_PAYMENTS: AdvisorPreset = {
  id: 'global-payments',
  label: 'Multi-region payments ledger',
  workload: {
    consistency: 'strong',
    handlesMoney: true,
    multiRegion: true,
    peakWritesPerSecond: 2_000,
    peakReadsPerSecond: 20_000,
    dataModel: 'relational',
    accessPatterns: ['joins', 'point-lookup'],
    teamSize: 20,
    opsExpertise: 'some',
  },
  source: `${HYPOTHETICAL} A ledger that must accept payments in several regions, each one atomic and never applied twice.`,
  assumed: ['Traffic: 2,000 writes/s and 20,000 reads/s.', 'Team: 20 engineers with some operations experience.'],
  references: [COCKROACHDB_READ_COMMITTED, SPANNER_EXTERNAL_CONSISTENCY, DYNAMODB_TRANSACTIONS],
};

/** Every preset, in course order. */
export const ADVISOR_PRESETS: readonly AdvisorPreset[] = [
  RECIPE_APP,
  EVENTFLOW_MVP,
  EVENTFLOW_GROWTH,
  EVENTFLOW_SCALE,
  E_COMMERCE,
  USER_SESSIONS,
  CHAT_MESSAGES,
  RIDE_SHARING_YEAR_1,
  RIDE_SHARING_LOCATIONS,
  ANALYTICS_DASHBOARD,
  IOT_METRICS,
  URL_SHORTENER,
  SAAS_SEMANTIC_SEARCH,
  RAG_LARGE_CORPUS,
  SOCIAL_GRAPH,
  MEDIA_UPLOADS,
  GLOBAL_PAYMENTS,
];
