import { describe, expect, it } from 'vitest';
import { bytes, formatBytes, type ByteSystem } from '../units';
import {
  CHAT_MESSAGES_PRESET,
  CHAT_MESSAGE_FIELD_BYTES,
  ESTIMATOR_PRESETS,
  RIDE_SHARING_TRIPS_PRESET,
  TWITTER_FEED_PRESET,
  URL_SHORTENER_FIELD_BYTES,
  URL_SHORTENER_PRESET,
} from './presets';
import { estimateStorage, type StorageEstimate } from './storage';
import { expectRelativelyClose } from './test-support';
import { estimateThroughput } from './throughput';
import { checkWriteCeiling } from './write-ceiling';

// Worked examples. Every expected value is derived by hand in the comments, in decimal and binary units, because
// printing a 2^30-based figure with a "GB" label is the commonest slip in storage estimates.
// Unit reminders: 1 GB = 10^9 B, 1 TB = 10^12 B, 1 PB = 10^15 B; 1 GiB = 2^30 = 1,073,741,824 B,
// 1 TiB = 2^40 = 1,099,511,627,776 B, 1 PiB = 2^50 = 1,125,899,906,842,624 B.

type Expected = Partial<Record<keyof StorageEstimate, { bytes: number; decimal: string; binary: string }>>;

function expectStorage(result: StorageEstimate, expected: Expected): void {
  for (const [field, want] of Object.entries(expected)) {
    const actual = result[field as keyof StorageEstimate];
    expectRelativelyClose(actual, want.bytes, 1e-12);
    for (const [system, text] of [['decimal', want.decimal], ['binary', want.binary]] as [ByteSystem, string][]) {
      expect(formatBytes(actual, system), `${field} (${system})`).toBe(text);
    }
  }
}

describe('presets', () => {
  it('each has a source note and unique id', () => {
    const ids = ESTIMATOR_PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const preset of ESTIMATOR_PRESETS) {
      expect(preset.source).toMatch(/hypothetical/i);
      expect(preset.source).not.toMatch(/\bseeds?\b/i);
      expect(preset.assumptions.length).toBeGreaterThan(0);
      for (const ref of preset.references ?? []) {
        expect(ref.url).toMatch(/^https:\/\//);
        expect(ref.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(() => estimateStorage(preset.storage)).not.toThrow();
    }
  });
});

describe('Twitter-like feed', () => {
  const result = estimateStorage(TWITTER_FEED_PRESET.storage);

  it('matches the hand-derived storage', () => {
    expectStorage(result, {
      // 250 B × 200,000,000 = 50,000,000,000 B = 50.00 GB; ÷ 2^30 = 46.566 GiB.
      // A script that divides by 1024^3 and prints "46.6 GB" shows GiB labelled as GB.
      rawDailyBytes: { bytes: 50_000_000_000, decimal: '50.00 GB', binary: '46.57 GiB' },
      // 5e10 × 1,825 days = 91,250,000,000,000 B = 91.25 TB; ÷ 2^40 = 82.991 TiB.
      rawTotalBytes: { bytes: 91_250_000_000_000, decimal: '91.25 TB', binary: '82.99 TiB' },
      // 9.125e13 × 3 = 273,750,000,000,000 B = 273.75 TB; ÷ 2^40 = 248.974 TiB.
      replicatedBytes: { bytes: 273_750_000_000_000, decimal: '273.75 TB', binary: '248.97 TiB' },
      // 2.7375e14 × 1.3 = 355,875,000,000,000 B = 355.875 TB; ÷ 2^40 = 323.666 TiB.
      withIndexesBytes: { bytes: 355_875_000_000_000, decimal: '355.88 TB', binary: '323.67 TiB' },
      // 200,000,000 × 0.2 = 40,000,000 image posts/day × 2 × 1,048,576 B = 83,886,080,000,000 B/day = 83.89 TB/day.
      // With 2 MB read as 2,000,000 B it would be 80 TB/day; the example uses 2 MiB.
      blobDailyBytes: { bytes: 83_886_080_000_000, decimal: '83.89 TB', binary: '76.29 TiB' },
      // 8.388608e13 × 1,825 = 153,092,096,000,000,000 B = 153.09 PB; ÷ 2^50 = 135.973 PiB.
      blobTotalBytes: { bytes: 153_092_096_000_000_000, decimal: '153.09 PB', binary: '135.97 PiB' },
      // 355,875,000,000,000 + 153,092,096,000,000,000 = 153,447,971,000,000,000 B = 153.45 PB; ÷ 2^50 = 136.289 PiB.
      totalBytes: { bytes: 153_447_971_000_000_000, decimal: '153.45 PB', binary: '136.29 PiB' },
    });
  });

  it('gives 80 TB/day and 146 PB when 2 MB means 2,000,000 bytes', () => {
    // 40,000,000 × 2,000,000 B = 80,000,000,000,000 B/day = 80 TB/day; × 1,825 = 1.46e17 B = 146.00 PB
    const decimalImages = estimateStorage({ ...TWITTER_FEED_PRESET.storage, blobSizeBytes: 2_000_000 });
    expectRelativelyClose(decimalImages.blobDailyBytes, 80e12, 1e-12);
    expectRelativelyClose(decimalImages.blobTotalBytes, 146e15, 1e-12);
    expect(formatBytes(decimalImages.blobTotalBytes, 'decimal')).toBe('146.00 PB');
  });

  it('matches the hand-derived throughput: 25:1, read-heavy', () => {
    const throughput = estimateThroughput(TWITTER_FEED_PRESET.throughput ?? expect.unreachable());
    // 100M × 2 = 200M writes/day ÷ 86,400 = 2,314.8148 writes/s; 100M × 50 = 5B reads/day ÷ 86,400 = 57,870.370 reads/s
    expectRelativelyClose(throughput.writesPerSecond, 200_000_000 / 86_400, 1e-12);
    expectRelativelyClose(throughput.writesPerSecond, 2_314.814_814_814_815, 1e-12);
    expectRelativelyClose(throughput.readsPerSecond, 57_870.370_370_370_37, 1e-12);
    // 5B ÷ 200M = 25
    expect(throughput.readWriteRatio).toBe(25);
    expect(throughput.profile.kind).toBe('read-heavy');
  });
});

describe('URL shortener', () => {
  it('sums the mapping row to 239 bytes', () => {
    // 7 (short_code) + 200 (long_url) + 8 (user_id) + 8 (created_at) + 8 (expires_at) + 8 (click_count) = 239
    expect(Object.values(URL_SHORTENER_FIELD_BYTES)).toEqual([7, 200, 8, 8, 8, 8]);
    expect(URL_SHORTENER_PRESET.storage.bytesPerRecord).toBe(239);
  });

  it('matches the hand-derived storage', () => {
    expectStorage(estimateStorage(URL_SHORTENER_PRESET.storage), {
      // 239 B × 100,000,000 = 23,900,000,000 B = 23.90 GB; ÷ 2^30 = 22.259 GiB
      rawDailyBytes: { bytes: 23_900_000_000, decimal: '23.90 GB', binary: '22.26 GiB' },
      // 2.39e10 × 1,825 = 43,617,500,000,000 B = 43.62 TB; ÷ 2^40 = 39.670 TiB.
      rawTotalBytes: { bytes: 43_617_500_000_000, decimal: '43.62 TB', binary: '39.67 TiB' },
      // 4.36175e13 × 3 = 130,852,500,000,000 B = 130.85 TB; ÷ 2^40 = 119.010 TiB
      replicatedBytes: { bytes: 130_852_500_000_000, decimal: '130.85 TB', binary: '119.01 TiB' },
      // 1.308525e14 × 1.3 = 170,108,250,000,000 B = 170.11 TB; ÷ 2^40 = 154.713 TiB.
      withIndexesBytes: { bytes: 170_108_250_000_000, decimal: '170.11 TB', binary: '154.71 TiB' },
      // no blobs: total = 170,108,250,000,000 B
      totalBytes: { bytes: 170_108_250_000_000, decimal: '170.11 TB', binary: '154.71 TiB' },
    });
  });
});

describe('Ride-sharing trips', () => {
  it('matches the hand-derived storage', () => {
    expectStorage(estimateStorage(RIDE_SHARING_TRIPS_PRESET.storage), {
      // 500 B × (1,000,000 users × 2 trips = 2,000,000 trips/day) = 1,000,000,000 B = 1.00 GB; ÷ 2^20 = 953.67 MiB
      rawDailyBytes: { bytes: 1_000_000_000, decimal: '1.00 GB', binary: '953.67 MiB' },
      // 1e9 × 1,095 days = 1,095,000,000,000 B = 1.095 TB; ÷ 2^30 = 1,019.798 GiB.
      rawTotalBytes: { bytes: 1_095_000_000_000, decimal: '1.10 TB', binary: '1,019.80 GiB' },
      // 1.095e12 × 3 (primary + 2 replicas) = 3,285,000,000,000 B = 3.285 TB; ÷ 2^40 = 2.988 TiB
      replicatedBytes: { bytes: 3_285_000_000_000, decimal: '3.29 TB', binary: '2.99 TiB' },
      // 3.285e12 × 1.3 = 4,270,500,000,000 B = 4.27 TB; ÷ 2^40 = 3.884 TiB
      withIndexesBytes: { bytes: 4_270_500_000_000, decimal: '4.27 TB', binary: '3.88 TiB' },
      totalBytes: { bytes: 4_270_500_000_000, decimal: '4.27 TB', binary: '3.88 TiB' },
    });
  });

  it('gives 182.50 GB a year for 1M trips a day, not the "~500 GB/year" a quick estimate might give', () => {
    // 1,000,000 × 500 B × 365 = 182,500,000,000 B = 182.50 GB/year, not ~500 GB
    // (and at the example's 2M trips/day: 365 GB/year)
    const oneYear = estimateStorage({ bytesPerRecord: 500, recordsPerDay: 1_000_000, retentionDays: 365 });
    expect(formatBytes(oneYear.rawTotalBytes, 'decimal')).toBe('182.50 GB');
  });

  it('matches the hand-derived throughput (23.1 writes/s, 115.7 reads/s, 5 reads per write)', () => {
    const throughput = estimateThroughput(RIDE_SHARING_TRIPS_PRESET.throughput ?? expect.unreachable());
    // 2,000,000 ÷ 86,400 = 23.1481 writes/s; 10,000,000 ÷ 86,400 = 115.7407 reads/s; 10M ÷ 2M = 5
    expectRelativelyClose(throughput.writesPerSecond, 23.148_148_148_148_1, 1e-12);
    expectRelativelyClose(throughput.readsPerSecond, 115.740_740_740_740_7, 1e-12);
    expect(throughput.readWriteRatio).toBe(5);
    // 5:1 sits between 3:1 and 10:1, so balanced
    expect(throughput.profile.kind).toBe('balanced');
  });
});

describe('Chat messages', () => {
  it('reaches the 20k peak writes/s from the stated assumptions', () => {
    const throughput = estimateThroughput(CHAT_MESSAGES_PRESET.throughput ?? expect.unreachable());
    // 8,640,000 users × 100 messages = 864,000,000 writes/day ÷ 86,400 = 10,000 writes/s; × 2 peak = 20,000
    expect(throughput.writesPerSecond).toBe(10_000);
    expect(throughput.peakWritesPerSecond).toBe(20_000);
    // 8,640,000 × 150 = 1,296,000,000 reads/day ÷ 86,400 = 15,000 reads/s; × 2 = 30,000; 150 ÷ 100 = 1.5
    expect(throughput.peakReadsPerSecond).toBe(30_000);
    expect(throughput.readWriteRatio).toBe(1.5);
    expect(throughput.profile.kind).toBe('write-heavy');
  });

  it('exceeds a single Postgres primary and fits a wide-column store', () => {
    // 20,000 ÷ 10,000 (the course's planning ceiling for one primary) = 2: headroom 1 − 2 = −1, already over
    const postgres = checkWriteCeiling(CHAT_MESSAGES_PRESET.writeCeiling ?? expect.unreachable());
    expect(postgres).toEqual({ utilisation: 2, headroomFraction: -1, exceedsCeiling: true, monthsUntilCeiling: null });
    // 20,000 ÷ 100,000 (a store scaled out to take 100,000 writes/s) = 0.2; at 5 %/month:
    // ln(100,000 ÷ 20,000) ÷ ln 1.05 = 1.609438 ÷ 0.048790 = 32.99 months
    const wideColumn = checkWriteCeiling({ peakWritesPerSecond: 20_000, ceilingWritesPerSecond: 100_000, monthlyGrowthRate: 0.05 });
    expectRelativelyClose(wideColumn.utilisation, 0.2, 1e-12);
    expectRelativelyClose(wideColumn.monthsUntilCeiling ?? Number.NaN, 32.986_933_736_173_91, 1e-12);
  });

  it('matches the hand-derived storage', () => {
    // 8 + 8 + 8 + 8 + 100 = 132 B per message
    expect(CHAT_MESSAGES_PRESET.storage.bytesPerRecord).toBe(132);
    expect(Object.values(CHAT_MESSAGE_FIELD_BYTES).reduce((a, b) => a + b, 0)).toBe(132);
    expectStorage(estimateStorage(CHAT_MESSAGES_PRESET.storage), {
      // 132 B × 864,000,000 = 114,048,000,000 B = 114.05 GB; ÷ 2^30 = 106.215 GiB
      rawDailyBytes: { bytes: 114_048_000_000, decimal: '114.05 GB', binary: '106.22 GiB' },
      // × 365 = 41,627,520,000,000 B = 41.63 TB; ÷ 2^40 = 37.860 TiB
      rawTotalBytes: { bytes: 41_627_520_000_000, decimal: '41.63 TB', binary: '37.86 TiB' },
      // × 3 = 124,882,560,000,000 B = 124.88 TB; ÷ 2^40 = 113.580 TiB
      replicatedBytes: { bytes: 124_882_560_000_000, decimal: '124.88 TB', binary: '113.58 TiB' },
      // × 1.3 = 162,347,328,000,000 B = 162.35 TB; ÷ 2^40 = 147.654 TiB
      withIndexesBytes: { bytes: 162_347_328_000_000, decimal: '162.35 TB', binary: '147.65 TiB' },
      // headroom 1 (size-tiered compaction can briefly need as much free space again): 162,347,328,000,000 B again
      compactionBytes: { bytes: 162_347_328_000_000, decimal: '162.35 TB', binary: '147.65 TiB' },
      // one backup: 41,627,520,000,000 × 1.3 × 1 = 54,115,776,000,000 B = 54.12 TB; ÷ 2^40 = 49.218 TiB
      backupBytes: { bytes: 54_115_776_000_000, decimal: '54.12 TB', binary: '49.22 TiB' },
      // 162,347,328,000,000 × 2 + 54,115,776,000,000 = 378,810,432,000,000 B = 378.81 TB; ÷ 2^40 = 344.526 TiB
      totalBytes: { bytes: 378_810_432_000_000, decimal: '378.81 TB', binary: '344.53 TiB' },
    });
  });

  it('lists what is assumed rather than sourced', () => {
    expect(CHAT_MESSAGES_PRESET.assumptions.length).toBeGreaterThan(0);
    expect(CHAT_MESSAGES_PRESET.assumptions.join(' ')).toMatch(/planning assumption/);
    expect(URL_SHORTENER_PRESET.assumptions.join(' ')).toMatch(/239 bytes/);
  });
});

describe('formatBytes on a worked figure', () => {
  it('labels the same bytes differently per system', () => {
    expect(formatBytes(bytes(50_000_000_000), 'decimal')).toBe('50.00 GB');
    expect(formatBytes(bytes(50_000_000_000), 'binary')).toBe('46.57 GiB');
  });
});
