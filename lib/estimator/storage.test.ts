import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EstimatorInputError } from './errors';
import { STORAGE_INPUT_RULES, estimateStorage, type StorageEstimate, type StorageInput } from './storage';
import { expectRelativelyClose } from './test-support';

const BASE: StorageInput = { bytesPerRecord: 100, recordsPerDay: 1_000, retentionDays: 10 };

describe('estimateStorage', () => {
  // Each row: input, then the expected fields (others not checked), derived by hand in the comment.
  it.each<[string, StorageInput, Partial<Record<keyof StorageEstimate, number>>]>([
    [
      // raw/day 100 × 1,000 = 100,000; raw 100,000 × 10 = 1,000,000; ×3 = 3,000,000; ×1.3 = 3,900,000
      'defaults: 3 replicas, 30% indexes, no blobs or extra layers',
      BASE,
      {
        rawDailyBytes: 100_000,
        rawTotalBytes: 1_000_000,
        replicatedBytes: 3_000_000,
        withIndexesBytes: 3_900_000,
        walBytes: 0,
        compactionBytes: 0,
        backupBytes: 0,
        blobTotalBytes: 0,
        structuredBytes: 3_900_000,
        totalBytes: 3_900_000,
      },
    ],
    [
      // 1 replica and no indexes leave the raw total untouched
      'one copy, no indexes',
      { ...BASE, replicationFactor: 1, indexOverhead: 0 },
      { replicatedBytes: 1_000_000, withIndexesBytes: 1_000_000, totalBytes: 1_000_000 },
    ],
    [
      // blob/day 1,000 × 0.5 × 2,000 = 1,000,000; × 10 days = 10,000,000 (not replicated);
      // structured 3,900,000; total 13,900,000
      'blobs are a separate, unreplicated tier',
      { ...BASE, blobFraction: 0.5, blobSizeBytes: 2_000 },
      { blobDailyBytes: 1_000_000, blobTotalBytes: 10_000_000, structuredBytes: 3_900_000, totalBytes: 13_900_000 },
    ],
    [
      // wal 3,900,000 × 0.1 = 390,000; compaction 3,900,000 × 0.5 = 1,950,000;
      // db nodes 3,900,000 + 390,000 + 1,950,000 = 6,240,000;
      // backups 1,000,000 × 1.3 × 2 = 2,600,000; structured 6,240,000 + 2,600,000 = 8,840,000
      'WAL, compaction headroom and backups',
      { ...BASE, walOverhead: 0.1, compactionHeadroom: 0.5, backupCopies: 2 },
      {
        walBytes: 390_000,
        compactionBytes: 1_950_000,
        databaseNodeBytes: 6_240_000,
        backupBytes: 2_600_000,
        structuredBytes: 8_840_000,
        totalBytes: 8_840_000,
      },
    ],
    [
      // erasure coding at 1.5×: 1,000,000 × 1.5 = 1,500,000; ×1.2 = 1,800,000
      'fractional replication factor',
      { ...BASE, replicationFactor: 1.5, indexOverhead: 0.2 },
      { replicatedBytes: 1_500_000, withIndexesBytes: 1_800_000 },
    ],
    [
      'zero retention stores nothing',
      { ...BASE, retentionDays: 0, blobFraction: 1, blobSizeBytes: 10 },
      { rawDailyBytes: 100_000, rawTotalBytes: 0, blobDailyBytes: 10_000, blobTotalBytes: 0, totalBytes: 0 },
    ],
  ])('%s', (_name, input, expected) => {
    const result = estimateStorage(input);
    for (const [field, value] of Object.entries(expected)) {
      expectRelativelyClose(result[field as keyof StorageEstimate], value, 1e-12);
    }
  });

  it('treats undefined optional fields as their defaults', () => {
    expect(estimateStorage({ ...BASE, replicationFactor: undefined })).toEqual(estimateStorage(BASE));
  });

  it('accepts every field at its maximum and stays finite', () => {
    const maxed = Object.fromEntries(
      Object.entries(STORAGE_INPUT_RULES).map(([field, rule]) => [field, rule.max]),
    ) as unknown as StorageInput;
    const result = estimateStorage(maxed);
    for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
  });
});

describe('estimateStorage validation', () => {
  it.each<[keyof StorageInput, unknown, string]>([
    ['bytesPerRecord', -1, 'bytesPerRecord must not be negative (got -1)'],
    ['bytesPerRecord', Number.NaN, 'bytesPerRecord must be a finite number (got NaN)'],
    ['bytesPerRecord', Number.POSITIVE_INFINITY, 'bytesPerRecord must be a finite number (got Infinity)'],
    ['bytesPerRecord', '250', 'bytesPerRecord must be a number (got "250")'],
    ['bytesPerRecord', 2e12, 'bytesPerRecord must be at most 1e12 (got 2e12)'],
    ['bytesPerRecord', 1e200, 'bytesPerRecord must be at most 1e12 (got 1e200)'],
    ['bytesPerRecord', undefined, 'bytesPerRecord must be a number (got undefined)'],
    ['recordsPerDay', -5, 'recordsPerDay must not be negative (got -5)'],
    ['recordsPerDay', 1e200, 'recordsPerDay must be at most 1e12 (got 1e200)'],
    ['recordsPerDay', null, 'recordsPerDay must be a number (got null)'],
    ['retentionDays', -1, 'retentionDays must not be negative (got -1)'],
    ['retentionDays', 40_000, 'retentionDays must be at most 36500 (got 40000)'],
    ['retentionDays', Number.NaN, 'retentionDays must be a finite number (got NaN)'],
    ['replicationFactor', 0.5, 'replicationFactor must be at least 1 (got 0.5)'],
    ['replicationFactor', 0, 'replicationFactor must be at least 1 (got 0)'],
    ['replicationFactor', 101, 'replicationFactor must be at most 100 (got 101)'],
    ['replicationFactor', Number.NaN, 'replicationFactor must be a finite number (got NaN)'],
    ['indexOverhead', 1.5, 'indexOverhead must be a fraction between 0 and 1 (got 1.5)'],
    ['indexOverhead', -0.1, 'indexOverhead must be a fraction between 0 and 1 (got -0.1)'],
    ['blobFraction', 1.01, 'blobFraction must be a fraction between 0 and 1 (got 1.01)'],
    ['blobFraction', -1, 'blobFraction must be a fraction between 0 and 1 (got -1)'],
    ['blobSizeBytes', -1, 'blobSizeBytes must not be negative (got -1)'],
    ['blobSizeBytes', 6e12, 'blobSizeBytes must be at most 5e12 (got 6e12)'],
    ['walOverhead', 2, 'walOverhead must be a fraction between 0 and 1 (got 2)'],
    ['compactionHeadroom', -0.5, 'compactionHeadroom must be a fraction between 0 and 1 (got -0.5)'],
    ['compactionHeadroom', Number.NEGATIVE_INFINITY, 'compactionHeadroom must be a finite number (got -Infinity)'],
    ['backupCopies', -1, 'backupCopies must not be negative (got -1)'],
    ['backupCopies', 1000, 'backupCopies must be at most 100 (got 1000)'],
  ])('%s = %s is rejected', (field, value, message) => {
    const input = { ...BASE, [field]: value } as StorageInput;
    try {
      estimateStorage(input);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe(field);
      expect((error as EstimatorInputError).message).toBe(message);
    }
  });

  it('rejects a misspelt field instead of silently using the default', () => {
    const input = { ...BASE, replicationfactor: 1 } as unknown as StorageInput;
    expect(() => estimateStorage(input)).toThrow('replicationfactor is not a known field');
  });

  it('rejects a non-object input', () => {
    expect(() => estimateStorage(null as unknown as StorageInput)).toThrow(EstimatorInputError);
  });
});

const nonNegative = (max: number): fc.Arbitrary<number> =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const fraction = nonNegative(1);

/** Any valid storage input within the maxima. */
const validInput: fc.Arbitrary<Required<StorageInput>> = fc.record({
  bytesPerRecord: nonNegative(STORAGE_INPUT_RULES.bytesPerRecord.max),
  recordsPerDay: nonNegative(STORAGE_INPUT_RULES.recordsPerDay.max),
  retentionDays: nonNegative(STORAGE_INPUT_RULES.retentionDays.max),
  replicationFactor: fc.double({ min: 1, max: 100, noNaN: true, noDefaultInfinity: true }),
  indexOverhead: fraction,
  blobFraction: fraction,
  blobSizeBytes: nonNegative(STORAGE_INPUT_RULES.blobSizeBytes.max),
  walOverhead: fraction,
  compactionHeadroom: fraction,
  backupCopies: nonNegative(STORAGE_INPUT_RULES.backupCopies.max),
});

describe('estimateStorage properties', () => {
  it.each<[keyof StorageInput, number]>([
    ['recordsPerDay', STORAGE_INPUT_RULES.recordsPerDay.max],
    ['bytesPerRecord', STORAGE_INPUT_RULES.bytesPerRecord.max],
    ['retentionDays', STORAGE_INPUT_RULES.retentionDays.max],
  ])('more %s never means fewer bytes', (field, max) => {
    fc.assert(
      fc.property(validInput, nonNegative(max), nonNegative(max), (input, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const lower = estimateStorage({ ...input, [field]: small });
        const higher = estimateStorage({ ...input, [field]: large });
        expect(higher.totalBytes).toBeGreaterThanOrEqual(lower.totalBytes);
        expect(higher.structuredBytes).toBeGreaterThanOrEqual(lower.structuredBytes);
        expect(higher.blobTotalBytes).toBeGreaterThanOrEqual(lower.blobTotalBytes);
      }),
    );
  });

  it('replicationFactor 1, indexOverhead 0 and no layers or blobs gives totalBytes = rawTotalBytes', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = estimateStorage({
          bytesPerRecord: input.bytesPerRecord,
          recordsPerDay: input.recordsPerDay,
          retentionDays: input.retentionDays,
          replicationFactor: 1,
          indexOverhead: 0,
        });
        expect(result.totalBytes).toBe(result.rawTotalBytes);
      }),
    );
  });

  it('outputs are always finite and non-negative for valid inputs', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const value of Object.values(estimateStorage(input))) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('totalBytes is the structured tier plus the blob tier', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = estimateStorage(input);
        expectRelativelyClose(r.totalBytes, r.structuredBytes + r.blobTotalBytes, 1e-15);
        expectRelativelyClose(r.structuredBytes, r.withIndexesBytes + r.walBytes + r.compactionBytes + r.backupBytes, 1e-12);
      }),
    );
  });
});
