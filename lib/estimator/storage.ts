import { bytes, type Bytes } from '../units';
import { FRACTION, checkRecord, guardFinite, readNumber, type NumberRule } from './validate';

/** Inputs to `estimateStorage`: plain numbers (e.g. parsed form values), sizes in bytes. */
export interface StorageInput {
  /** Average size of one structured record (row, document), in bytes. */
  bytesPerRecord: number;
  /** New records written per day. */
  recordsPerDay: number;
  /** Days a record is kept before deletion or archiving. */
  retentionDays: number;
  /** Copies of the structured data the database keeps (default 3; may be fractional, e.g. 1.5 for erasure coding). */
  replicationFactor?: number;
  /** Index size as a fraction of the replicated bytes (default 0.3, the course's planning assumption; range about 0.2–0.5: measure with pg_indexes_size). */
  indexOverhead?: number;
  /** Share of records (0–1) that carry a blob such as an image (default 0). */
  blobFraction?: number;
  /** Average size of one blob, in bytes (default 0). */
  blobSizeBytes?: number;
  /** WAL / temporary space as a fraction of `withIndexesBytes` (default 0). */
  walOverhead?: number;
  /** Free space kept for compaction as a fraction of `withIndexesBytes` (default 0; 1 = room to double, as size-tiered LSM compaction can). */
  compactionHeadroom?: number;
  /** Full backup copies of the structured data (rawTotal × (1 + indexOverhead) each; default 0; fractional = partial copies). */
  backupCopies?: number;
}

/** Result of `estimateStorage`; every field is a byte count. */
export interface StorageEstimate {
  /** bytesPerRecord × recordsPerDay. */
  rawDailyBytes: Bytes;
  /** rawDailyBytes × retentionDays. */
  rawTotalBytes: Bytes;
  /** rawTotalBytes × replicationFactor. */
  replicatedBytes: Bytes;
  /** replicatedBytes × (1 + indexOverhead). */
  withIndexesBytes: Bytes;
  /** withIndexesBytes × walOverhead. */
  walBytes: Bytes;
  /** withIndexesBytes × compactionHeadroom. */
  compactionBytes: Bytes;
  /** What the database nodes' disks must hold: withIndexesBytes + walBytes + compactionBytes. */
  databaseNodeBytes: Bytes;
  /** rawTotalBytes × (1 + indexOverhead) × backupCopies: one logical copy per backup, stored once (not replicated by the database). */
  backupBytes: Bytes;
  /** Structured tier: databaseNodeBytes + backupBytes. */
  structuredBytes: Bytes;
  /** recordsPerDay × blobFraction × blobSizeBytes. */
  blobDailyBytes: Bytes;
  /** blobDailyBytes × retentionDays; object storage has its own durability, so it is NOT multiplied by replicationFactor. */
  blobTotalBytes: Bytes;
  /** structuredBytes + blobTotalBytes. */
  totalBytes: Bytes;
}

/** Validation rules (and upper limits) for every `StorageInput` field; UIs can use them as form bounds. */
export const STORAGE_INPUT_RULES = {
  // 1 TB per record: far beyond any row or document; larger things are blobs.
  bytesPerRecord: { min: 0, max: 1e12 },
  // 1e12 records/day ≈ 11.6 million writes/s, beyond any single system the course discusses.
  recordsPerDay: { min: 0, max: 1e12 },
  // 100 years.
  retentionDays: { min: 0, max: 36_500 },
  replicationFactor: { min: 1, max: 100 },
  indexOverhead: FRACTION,
  blobFraction: FRACTION,
  // 5 TB: the largest single object the major object stores accept.
  blobSizeBytes: { min: 0, max: 5e12 },
  walOverhead: FRACTION,
  compactionHeadroom: FRACTION,
  backupCopies: { min: 0, max: 100 },
} as const satisfies Record<keyof StorageInput, NumberRule>;

/** Defaults applied to omitted optional `StorageInput` fields. */
export const STORAGE_DEFAULTS = {
  replicationFactor: 3,
  indexOverhead: 0.3,
  blobFraction: 0,
  blobSizeBytes: 0,
  walOverhead: 0,
  compactionHeadroom: 0,
  backupCopies: 0,
} as const;

const FIELDS = Object.keys(STORAGE_INPUT_RULES) as (keyof StorageInput)[];

/** Validates untrusted storage input, applying defaults; throws `EstimatorInputError` naming the bad field. */
export function parseStorageInput(input: unknown): Required<StorageInput> {
  const record = checkRecord(input, 'storage input', FIELDS);
  const read = (field: keyof StorageInput, fallback?: number): number =>
    readNumber(record, field, STORAGE_INPUT_RULES[field], fallback);
  return {
    bytesPerRecord: read('bytesPerRecord'),
    recordsPerDay: read('recordsPerDay'),
    retentionDays: read('retentionDays'),
    replicationFactor: read('replicationFactor', STORAGE_DEFAULTS.replicationFactor),
    indexOverhead: read('indexOverhead', STORAGE_DEFAULTS.indexOverhead),
    blobFraction: read('blobFraction', STORAGE_DEFAULTS.blobFraction),
    blobSizeBytes: read('blobSizeBytes', STORAGE_DEFAULTS.blobSizeBytes),
    walOverhead: read('walOverhead', STORAGE_DEFAULTS.walOverhead),
    compactionHeadroom: read('compactionHeadroom', STORAGE_DEFAULTS.compactionHeadroom),
    backupCopies: read('backupCopies', STORAGE_DEFAULTS.backupCopies),
  };
}

/**
 * Estimates storage as bytes per record × records per day × retention days, then
 * replication, indexes, optional WAL / compaction / backup layers, and a separate blob tier.
 */
export function estimateStorage(input: StorageInput): StorageEstimate {
  const i = parseStorageInput(input);
  const b = (value: number, fields: readonly (keyof StorageInput)[]): Bytes => bytes(guardFinite(value, fields));

  const rawDailyBytes = b(i.bytesPerRecord * i.recordsPerDay, ['bytesPerRecord', 'recordsPerDay']);
  const rawTotalBytes = b(rawDailyBytes * i.retentionDays, ['bytesPerRecord', 'recordsPerDay', 'retentionDays']);
  const replicatedBytes = b(rawTotalBytes * i.replicationFactor, [
    'bytesPerRecord',
    'recordsPerDay',
    'retentionDays',
    'replicationFactor',
  ]);
  const withIndexesBytes = b(replicatedBytes * (1 + i.indexOverhead), [
    'bytesPerRecord',
    'recordsPerDay',
    'retentionDays',
    'replicationFactor',
  ]);
  const walBytes = b(withIndexesBytes * i.walOverhead, ['bytesPerRecord', 'recordsPerDay', 'retentionDays']);
  const compactionBytes = b(withIndexesBytes * i.compactionHeadroom, ['bytesPerRecord', 'recordsPerDay', 'retentionDays']);
  const databaseNodeBytes = b(withIndexesBytes + walBytes + compactionBytes, ['bytesPerRecord', 'recordsPerDay', 'retentionDays']);
  const backupBytes = b(rawTotalBytes * (1 + i.indexOverhead) * i.backupCopies, [
    'bytesPerRecord',
    'recordsPerDay',
    'retentionDays',
    'backupCopies',
  ]);
  const structuredBytes = b(databaseNodeBytes + backupBytes, ['bytesPerRecord', 'recordsPerDay', 'retentionDays']);
  const blobDailyBytes = b(i.recordsPerDay * i.blobFraction * i.blobSizeBytes, ['recordsPerDay', 'blobSizeBytes']);
  const blobTotalBytes = b(blobDailyBytes * i.retentionDays, ['recordsPerDay', 'blobSizeBytes', 'retentionDays']);
  const totalBytes = b(structuredBytes + blobTotalBytes, ['bytesPerRecord', 'recordsPerDay', 'blobSizeBytes', 'retentionDays']);

  return {
    rawDailyBytes,
    rawTotalBytes,
    replicatedBytes,
    withIndexesBytes,
    walBytes,
    compactionBytes,
    databaseNodeBytes,
    backupBytes,
    structuredBytes,
    blobDailyBytes,
    blobTotalBytes,
    totalBytes,
  };
}
