// The seeds' case studies as advisor inputs, for the widget's preset menu and for the scenario tests. Numbers the
// seed states are used as given; every other number is listed in `assumed` with the reasoning behind it.

import { SEED_000, SEED_001, SEED_002, SEED_003 } from './sources';
import type { Workload } from './types';

/** A seed case study expressed as a workload. */
export interface AdvisorPreset {
  /** Stable id (URL-safe). */
  id: string;
  /** Menu label. */
  label: string;
  /** The workload, with today's figures (the advisor projects them 12 months ahead). */
  workload: Workload;
  /** Which seed, by title and section, the case comes from, and the figures it states. */
  source: string;
  /** Inputs the seed does not state, with the reasoning used to fill them; empty when every number is sourced. */
  assumed: string[];
}

/** Seed 000's chat messages: 20k writes/s of appends, range reads per conversation. */
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
  source: `${SEED_000}: peak 20k writes/s; append by conversation_id, read the last 20 messages before a timestamp; a single Postgres instance manages 5k–10k writes/s; DynamoDB chosen over Cassandra to avoid running a cluster.`,
  assumed: [
    'Reads: 1.5 per write (30,000/s), as lib/estimator\'s chat preset assumes; the seed gives no read rate.',
    'Consistency: read-your-writes, so a sender sees their own message at once.',
    'Team: 4 engineers with some operations experience; the seed only says the team should focus on the application.',
  ],
};

/** Seed 001's beginner practice question: a recipe-sharing app run by two engineers. */
export const RECIPE_APP: AdvisorPreset = {
  id: 'recipe-app',
  label: 'Recipe sharing app',
  workload: {
    consistency: 'strong',
    peakWritesPerSecond: 30,
    peakReadsPerSecond: 600,
    dataModel: 'relational',
    accessPatterns: ['full-text', 'joins', 'point-lookup'],
    documentCount: 200_000,
    teamSize: 2,
  },
  source: `${SEED_001}, Practice Questions (Beginner, Framework Application): 2 engineers, 50,000 active users in year 1, search by ingredient, cuisine and diet, flexible tags; model answer: PostgreSQL on RDS with tsvector or pg_search, no Elasticsearch.`,
  assumed: [
    'Traffic: 50,000 users × 5 writes and 100 reads a day, with a 10× peak-to-average: about 30 writes/s and 600 reads/s.',
    'Recipes: 200,000 searchable documents.',
    'Consistency: strong, because saving a recipe must not be lost (the model answer lets only like counts be eventual).',
  ],
};

const EVENTFLOW_SOURCE = `${SEED_001}, "Case Study: Database Selection from Startup to Scale" (EventFlow ticketing)`;

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
  source: `${EVENTFLOW_SOURCE}, MVP phase: 0–10K users, events, tickets, users and payments, consistency critical (no oversell), 3 engineers; decision: PostgreSQL on RDS, "No Redis, no Elasticsearch, no message queue".`,
  assumed: ['Traffic: 20 writes/s and 200 reads/s at peak for up to 10K users.'],
};

/** EventFlow's growth phase: launch-day read spikes bring Redis, a read replica and Elasticsearch. */
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
  source: `${EVENTFLOW_SOURCE}, Growth phase: 10K–500K users, event pages slow and database CPU at 90% on release days; decision: Redis for hot event data, a read replica, Elasticsearch for discovery by name, location and category, synced by Debezium CDC.`,
  assumed: [
    'Traffic: 12,000 reads/s and 300 writes/s at a release-day peak (the seed describes the symptom, not the rate).',
    'Team: 6 engineers.',
  ],
};

/** EventFlow at scale: 10K ticket writes/s shard the tickets table; ClickHouse joins for BI. */
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
  source: `${EVENTFLOW_SOURCE}, Scale phase: 500K–10M users, 10K tickets/second during a major release overwhelm the single primary; decision: shard tickets by event_id (× 8), keep events unsharded, Redis sessions, Elasticsearch discovery, ClickHouse analytics.`,
  assumed: [
    'Reads: 150,000/s at the release peak.',
    'Team: 30 engineers with dedicated database operators (a 10M-user company).',
  ],
};

const RIDE_SHARING_001 = `${SEED_001}, Practice Questions (Advanced, Comprehensive Architecture)`;

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
  source: `${RIDE_SHARING_001}: 5 cities, 500K rides in year 1; model answer: a single PostgreSQL for users, drivers and trips (ACID), no analytics database yet; ${SEED_003}: trip creation and payment must be atomic.`,
  assumed: [
    'Traffic: 500K rides a year is about 1,400 a day; with ~10 writes per ride and a 30× peak, 5 writes/s and 50 reads/s.',
    'Team: 4 engineers. Live driver positions are a separate workload (see the at-scale preset).',
  ],
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
  source: `${SEED_003}, "Practice Prompt: Sketch the Storage Layer for a Ride-Sharing App": 500,000 drivers updating every 4 s = 125,000 writes/s, staleness of a few seconds is fine, Redis geo commands for live positions, Cassandra or DynamoDB for history; ${RIDE_SHARING_001} year 3: Redis keyed by H3 cell.`,
  assumed: [
    'Reads: 20,000 nearby-driver queries/s.',
    'History: positions are kept, 100 bytes each: 125,000 × 100 B × 86,400 s ≈ 1,080 GB/day.',
    'Team: 40 engineers who run their own clusters.',
  ],
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
  source: `${SEED_003}, Scenario 1 (orders need atomic payment; a Redis cache for order status) and its polyglot e-commerce platform (PostgreSQL, Redis, Elasticsearch); ${SEED_001}, "Common Production Combinations" (E-commerce: PostgreSQL + Redis + Elasticsearch) and its reference load of 1 TB, 1,000 writes/s and 10,000 reads/s.`,
  assumed: ["Load: seed 001's cost-table reference workload.", 'Catalogue: 2 million products to search.', 'Team: 8 engineers.'],
};

/** Seed 003's real-time analytics dashboard over billions of events: ClickHouse. */
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
  source: `${SEED_003}, Scenario 2 "Real-Time Analytics Dashboard": active users per minute and 90-day trends over billions of event rows, terabytes of data, 30 s staleness acceptable; decision: a columnar warehouse (ClickHouse when self-run).`,
  assumed: [
    'Events: 20,000/s ingested (about 173 GB/day at 100 bytes per event).',
    'Data: 2 TB today ("terabytes").',
    'Dashboard queries: 20/s.',
  ],
};

/** Seed 003's session store: key-value with TTL, 1M concurrent users. */
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
  source: `${SEED_003}, Scenario 3 "User Session Storage": get/set by session id, 30-minute expiry, weak consistency; Redis is the canonical answer, and Pitfall 4 warns against Redis as the only copy; ${SEED_001}, intermediate question: sessions for 1M concurrent users.`,
  assumed: [
    '1M concurrent users, each request reading the session (one request per user every 20 s: 50,000 reads/s) and one in ten changing it (5,000 writes/s).',
    'About 5 KB per session: 5 GB.',
  ],
};

/** Seed 001's SaaS combination: PostgreSQL, a cache and pgvector for semantic search. */
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
  source: `${SEED_001}, "Common Production Combinations" (SaaS: PostgreSQL + Redis + pgvector) and Trend 3's rule "1M–10M vectors: pgvector 0.8+ with HNSW still viable".`,
  assumed: ['Traffic: 500 writes/s and 15,000 reads/s.', 'Embeddings: 2 million.', 'Team: 6 engineers.'],
};

/** A RAG corpus past pgvector's range: a dedicated vector database. */
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
  source: `${SEED_001}, Trend 3: "10M–1B vectors: Pinecone, Qdrant, or Milvus"; purpose-built stores lead "above 50M+ vectors".`,
  assumed: ['Traffic: 200 upserts/s and 2,000 queries/s.', 'Team: 4 engineers.'],
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
  source: `${SEED_002}: relationship traversal ("all friends-of-friends within 3 hops") → a graph database; ${SEED_001}, Data Model table: graph for traversals 3+ hops deep.`,
  assumed: ['Traffic: 500 writes/s and 5,000 reads/s.', 'Team: 10 engineers with some operations experience.'],
};

/** Device metrics under TimescaleDB's ingest threshold. */
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
  source: `${SEED_001}, Trend 1: TimescaleDB replaces InfluxDB below 50 GB/day of ingest; ${SEED_002}: time-series queries like "average CPU over the last 5 minutes, grouped by host".`,
  assumed: ['Ingest: 10 GB/day (about 1,000 points/s at ~100 bytes).', 'Dashboards: 50 queries/s.', 'Team: 4 engineers.'],
};

/** Seed 003's URL shortener: modest writes, many reads, one relational node. */
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
  source: `${SEED_003}, Pitfall 1 (a URL shortener's writes are modest; one relational node with indexes holds millions of rows) and url_shortener_schema.py (100M new URLs a day at 239 bytes: 1,157 writes/s, 23.9 GB/day).`,
  assumed: ['Reads: 100 clicks per created link (115,700/s); the seed says only that clicks far outnumber creations.', 'Team: 5 engineers.'],
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
  source: `${SEED_003}: images, video and binary files belong in an object store (S3), and its ride-sharing sketch keeps driver documents and receipts there.`,
  assumed: ['Traffic: 50 uploads/s and 2,000 downloads/s.', 'Data: 20 TB.', 'Listing a user\'s uploads by date needs queryable metadata.'],
};

/** Payments accepted in several regions with ACID: distributed SQL. */
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
  source: `${SEED_001}, Decision Cheat Sheet ("Need global distribution? → NewSQL (CockroachDB, Spanner)") and Factor 1 (ACID for money).`,
  assumed: ['Traffic: 2,000 writes/s and 20,000 reads/s.', 'Team: 20 engineers with some operations experience.'],
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
