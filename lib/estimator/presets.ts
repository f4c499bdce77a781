import type { SourceRef } from './sources';
import { source } from './sources';
import type { StorageInput } from './storage';
import type { ThroughputInput } from './throughput';
import type { WriteCeilingInput } from './write-ceiling';

/**
 * A worked example expressed as estimator inputs. The examples are hypothetical workloads written for this course:
 * `source` says so in one line, `assumptions` lists every input with the reasoning behind it, and `references` names
 * public pages that give a real-world figure to compare with.
 */
export interface EstimatorPreset {
  /** Stable identifier. */
  id: string;
  /** Display name. */
  name: string;
  /** What the example is, for readers: a hypothetical workload and what it is meant to show. */
  source: string;
  /** Every input the example assumes, with its reasoning (hypothetical examples list them all). */
  assumptions: string[];
  /** Public pages with real figures to compare the example with; absent when there is none. */
  references?: readonly SourceRef[];
  /** Inputs for `estimateStorage`. */
  storage: StorageInput;
  /** Inputs for `estimateThroughput`, when the example gives user activity. */
  throughput?: ThroughputInput;
  /** Inputs for `checkWriteCeiling`, when the example meets a write ceiling. */
  writeCeiling?: WriteCeilingInput;
}

/** Field sizes of the URL-shortener mapping row, in bytes (column widths as PostgreSQL stores them). */
export const URL_SHORTENER_FIELD_BYTES = {
  short_code: 7, // CHAR(7)
  long_url: 200, // VARCHAR(2048), ~200 characters on average (assumed)
  user_id: 8, // BIGINT
  created_at: 8, // TIMESTAMP
  expires_at: 8, // TIMESTAMP (nullable)
  click_count: 8, // BIGINT
} as const;

/** Field sizes assumed for one chat message, in bytes (8-byte BIGINT ids and timestamps; content length assumed). */
export const CHAT_MESSAGE_FIELD_BYTES = {
  conversation_id: 8, // BIGINT partition key
  message_id: 8, // BIGINT, time-ordered, the sort key
  sender_id: 8, // BIGINT
  created_at: 8, // TIMESTAMP
  content: 100, // average message text: an assumption
} as const;

function sumBytes(fields: Readonly<Record<string, number>>): number {
  return Object.values(fields).reduce((total, size) => total + size, 0);
}

/** PostgreSQL's storage sizes for the column types the examples use (BIGINT and TIMESTAMP are 8 bytes). */
const PG_NUMERIC_TYPES = source(
  'PostgreSQL documentation: Numeric Types',
  'https://www.postgresql.org/docs/current/datatype-numeric.html',
  'PostgreSQL Global Development Group',
  'bigint takes 8 bytes',
);
const PG_DATETIME_TYPES = source(
  'PostgreSQL documentation: Date/Time Types',
  'https://www.postgresql.org/docs/current/datatype-datetime.html',
  'PostgreSQL Global Development Group',
  'timestamp takes 8 bytes',
);
const TWITTER_2013 = source(
  'New Tweets per second record, and how!',
  'https://blog.twitter.com/engineering/en_us/a/2013/new-tweets-per-second-record-and-how',
  'Twitter Engineering Blog (August 2013)',
  'More than 500 million Tweets a day, about 5,700 a second on average; a one-second peak of 143,199',
);
const HYPOTHETICAL = 'A hypothetical workload for this course; every input below is the example’s assumption.';

/** Twitter-like feed: 100M daily users posting twice and reading 50 posts a day, kept five years. */
export const TWITTER_FEED_PRESET: EstimatorPreset = {
  id: 'twitter-feed',
  name: 'Twitter-like feed',
  source: `${HYPOTHETICAL} For scale, Twitter reported more than 500 million Tweets a day in 2013.`,
  assumptions: [
    '100 million daily active users, each posting 2 times and reading 50 posts a day.',
    'About 250 bytes per post (text, ids and timestamps), kept 5 years.',
    'Replication factor 3 and index overhead of 30% (the course’s planning assumption, range about 20–50%).',
    '20% of posts carry an image of 2 MiB (2 × 1,024 × 1,024 bytes).',
    'Peak-to-average left at 1 so the averages show; the course plans with 2–3× for daily consumer traffic.',
  ],
  references: [TWITTER_2013],
  storage: {
    bytesPerRecord: 250,
    recordsPerDay: 200_000_000,
    retentionDays: 365 * 5,
    replicationFactor: 3,
    indexOverhead: 0.3,
    blobFraction: 0.2,
    blobSizeBytes: 2 * 1024 * 1024,
  },
  throughput: { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 2, readsPerUserPerDay: 50 },
};

/** URL shortener: 100M new short links a day, one 239-byte row each, kept five years. */
export const URL_SHORTENER_PRESET: EstimatorPreset = {
  id: 'url-shortener',
  name: 'URL shortener',
  source: HYPOTHETICAL,
  assumptions: [
    '239 bytes per mapping: a 7-character code, a long URL of about 200 characters, and four 8-byte columns (user id, created, expires, click count).',
    '100 million new short links a day, kept 5 years.',
    'Replication factor 3 and index overhead of 30% (the course’s planning assumption, range about 20–50%).',
  ],
  references: [PG_NUMERIC_TYPES, PG_DATETIME_TYPES],
  storage: {
    bytesPerRecord: sumBytes(URL_SHORTENER_FIELD_BYTES),
    recordsPerDay: 100_000_000,
    retentionDays: 365 * 5,
    replicationFactor: 3,
    indexOverhead: 0.3,
  },
};

/** Ride-sharing trip records: 1M daily riders, 2 trips each, on a PostgreSQL primary with two replicas. */
export const RIDE_SHARING_TRIPS_PRESET: EstimatorPreset = {
  id: 'ride-sharing-trips',
  name: 'Ride-sharing trips',
  source: HYPOTHETICAL,
  assumptions: [
    '1 million daily active users, each taking 2 trips and making 10 reads a day.',
    'About 500 bytes per trip record, kept 3 years.',
    'A PostgreSQL primary with 2 replicas (3 copies) and index overhead of 30% (the course’s planning assumption, range about 20–50%).',
  ],
  storage: {
    bytesPerRecord: 500,
    recordsPerDay: 2_000_000,
    retentionDays: 365 * 3,
    replicationFactor: 3,
    indexOverhead: 0.3,
  },
  throughput: { dailyActiveUsers: 1_000_000, writesPerUserPerDay: 2, readsPerUserPerDay: 10 },
};

/** Chat messages: a 20,000 writes/s peak against the planning ceiling of one PostgreSQL primary. */
export const CHAT_MESSAGES_PRESET: EstimatorPreset = {
  id: 'chat-messages',
  name: 'Chat messages',
  source: `${HYPOTHETICAL} Its 20,000 writes/s peak is twice the course’s planning ceiling of about 10,000 for one PostgreSQL primary.`,
  assumptions: [
    '8.64M daily active users sending 100 messages a day: 864M messages/day = 10,000 writes/s on average, and a 2× peak gives 20,000.',
    '150 history reads per user per day: 1.5 reads per write, a write-heavy profile.',
    '132 B per message (four 8-byte ids/timestamps + ~100 B of text), kept 1 year.',
    'Replication factor 3, one full backup copy and index overhead of 30% (the course’s planning assumption).',
    'Compaction headroom of 100%: size-tiered LSM compaction can briefly need as much free space as the data it rewrites.',
    'Write ceiling 10,000 writes/s (the course’s planning assumption for one PostgreSQL primary, range 5,000–50,000) and 5% growth a month.',
  ],
  references: [PG_NUMERIC_TYPES],
  storage: {
    bytesPerRecord: sumBytes(CHAT_MESSAGE_FIELD_BYTES),
    recordsPerDay: 864_000_000,
    retentionDays: 365,
    replicationFactor: 3,
    indexOverhead: 0.3,
    compactionHeadroom: 1,
    backupCopies: 1,
  },
  throughput: { dailyActiveUsers: 8_640_000, writesPerUserPerDay: 100, readsPerUserPerDay: 150, peakToAverage: 2 },
  writeCeiling: { peakWritesPerSecond: 20_000, ceilingWritesPerSecond: 10_000, monthlyGrowthRate: 0.05 },
};

/** All worked-example presets, in course order. */
export const ESTIMATOR_PRESETS: readonly EstimatorPreset[] = [
  TWITTER_FEED_PRESET,
  URL_SHORTENER_PRESET,
  RIDE_SHARING_TRIPS_PRESET,
  CHAT_MESSAGES_PRESET,
];
