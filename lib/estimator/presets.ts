import type { StorageInput } from './storage';
import type { ThroughputInput } from './throughput';
import type { WriteCeilingInput } from './write-ceiling';

/** A worked example from the seeds, expressed as estimator inputs. */
export interface EstimatorPreset {
  /** Stable identifier. */
  id: string;
  /** Display name. */
  name: string;
  /** Which seed the numbers come from (by file and title). */
  source: string;
  /** Inputs that are not in the seed and were chosen for this course; empty when every number is sourced. */
  assumptions: string[];
  /** Inputs for `estimateStorage`. */
  storage: StorageInput;
  /** Inputs for `estimateThroughput`, when the seed gives user activity. */
  throughput?: ThroughputInput;
  /** Inputs for `checkWriteCeiling`, when the seed discusses a write ceiling. */
  writeCeiling?: WriteCeilingInput;
}

/** Field sizes of the seed's URL-shortener schema, in bytes (seed 003, url_shortener_schema.py). */
export const URL_SHORTENER_FIELD_BYTES = {
  short_code: 7, // CHAR(7)
  long_url: 200, // VARCHAR(2048), ~200 characters on average
  user_id: 8, // BIGINT
  created_at: 8, // TIMESTAMP
  expires_at: 8, // TIMESTAMP (nullable)
  click_count: 8, // BIGINT
} as const;

/** Field sizes assumed for one chat message, in bytes (widths as in seed 003's schema tables; content length assumed). */
export const CHAT_MESSAGE_FIELD_BYTES = {
  conversation_id: 8, // BIGINT partition key
  message_id: 8, // BIGINT, time-ordered, the sort key
  sender_id: 8, // BIGINT
  created_at: 8, // TIMESTAMP
  content: 100, // average message text: an assumption, seed 000 gives no size
} as const;

function sumBytes(fields: Readonly<Record<string, number>>): number {
  return Object.values(fields).reduce((total, size) => total + size, 0);
}

const SEED_003 = 'Seed 003 "Databases & Storage"';

/** Twitter-like feed: seed 003's storage_estimator.py example, exactly as the script calls it. */
export const TWITTER_FEED_PRESET: EstimatorPreset = {
  id: 'twitter-feed',
  name: 'Twitter-like feed',
  source: `${SEED_003}, "Worked Example: Estimating Storage for a Twitter-Like System" and storage_estimator.py: 100M DAU, 2 posts and 50 reads per user per day, ~250 B per post, 5-year retention, 3 replicas, 30% indexes, 20% of posts with a 2 MB image (the script uses 2 × 1024 × 1024 bytes).`,
  assumptions: ['Peak-to-average left at 1: the seed gives no peak factor.'],
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

/** URL shortener: seed 003's url_shortener_schema.py example. */
export const URL_SHORTENER_PRESET: EstimatorPreset = {
  id: 'url-shortener',
  name: 'URL shortener',
  source: `${SEED_003}, "Schema Sketch and Size Accounting" and url_shortener_schema.py: 239 B per mapping (7 + 200 + 8 + 8 + 8 + 8), 100M new URLs per day kept 5 years, 3x replication, 30% index overhead.`,
  assumptions: [],
  storage: {
    bytesPerRecord: sumBytes(URL_SHORTENER_FIELD_BYTES),
    recordsPerDay: 100_000_000,
    retentionDays: 365 * 5,
    replicationFactor: 3,
    indexOverhead: 0.3,
  },
};

/** Ride-sharing trip records: seed 003's estimate_storage_requirements example plus its architecture sketch. */
export const RIDE_SHARING_TRIPS_PRESET: EstimatorPreset = {
  id: 'ride-sharing-trips',
  name: 'Ride-sharing trips',
  source: `${SEED_003}, "Question 3: What Are My Scale Dimensions?" (1M DAU, 2 trips and 10 reads per user per day, 500 B per trip, 3-year retention) and the ride-sharing storage sketch (PostgreSQL primary with 2 synchronous replicas, 3 indexes on trips/payments).`,
  assumptions: ['30% index overhead: the seed\'s general rule of thumb, applied to the sketch\'s indexes.'],
  storage: {
    bytesPerRecord: 500,
    recordsPerDay: 2_000_000,
    retentionDays: 365 * 3,
    replicationFactor: 3,
    indexOverhead: 0.3,
  },
  throughput: { dailyActiveUsers: 1_000_000, writesPerUserPerDay: 2, readsPerUserPerDay: 10 },
};

/** Chat messages: seed 000's 20k peak writes/s against a single Postgres primary. */
export const CHAT_MESSAGES_PRESET: EstimatorPreset = {
  id: 'chat-messages',
  name: 'Chat messages',
  source: 'Seed 000 "DB Choice": peak 20k writes/s; a single Postgres instance sustains 5k–10k WPS; Cassandra/DynamoDB 100k+ WPS. Compaction headroom from seed 003 ("temporary disk usage can spike to 2× normal").',
  assumptions: [
    '8.64M daily active users sending 100 messages a day: 864M messages/day = 10,000 writes/s on average, so a 2× peak gives the seed\'s 20,000.',
    '150 history reads per user per day (1.5 reads per write, write-heavy as seed 001 describes chat messages).',
    '132 B per message (four 8-byte ids/timestamps + ~100 B of text), kept 1 year.',
    'Replication factor 3 and one full backup copy; 30% index overhead (the seed\'s rule of thumb).',
  ],
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
