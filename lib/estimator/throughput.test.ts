import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EstimatorInputError } from './errors';
import { THROUGHPUT_INPUT_RULES, estimateThroughput, type ThroughputInput } from './throughput';
import { expectRelativelyClose } from './test-support';

describe('estimateThroughput', () => {
  it.each<[string, ThroughputInput, { w: number; r: number; pw: number; pr: number; ratio: number | null; kind: string }]>([
    [
      // 100M × 2 = 200M writes/day ÷ 86,400 = 2,314.8148…/s; 100M × 50 = 5B reads/day ÷ 86,400 = 57,870.370…/s; 50 / 2 = 25
      'Twitter-like feed example',
      { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 2, readsPerUserPerDay: 50 },
      { w: 2_314.814_814_814_815, r: 57_870.370_370_370_37, pw: 2_314.814_814_814_815, pr: 57_870.370_370_370_37, ratio: 25, kind: 'read-heavy' },
    ],
    [
      // 1M × 2 = 2M/day ÷ 86,400 = 23.148148…/s; 1M × 10 = 10M/day ÷ 86,400 = 115.74074…/s; ratio 5
      'ride-sharing example',
      { dailyActiveUsers: 1_000_000, writesPerUserPerDay: 2, readsPerUserPerDay: 10 },
      { w: 23.148_148_148_148_1, r: 115.740_740_740_740_7, pw: 23.148_148_148_148_1, pr: 115.740_740_740_740_7, ratio: 5, kind: 'balanced' },
    ],
    [
      // 86,400 × 10 = 864,000/day = 10/s; peak ×3 = 30/s; reads 86,400 × 5 = 5/s, peak 15/s; ratio 0.5
      'peak-to-average applies to reads and writes',
      { dailyActiveUsers: 86_400, writesPerUserPerDay: 10, readsPerUserPerDay: 5, peakToAverage: 3 },
      { w: 10, r: 5, pw: 30, pr: 15, ratio: 0.5, kind: 'write-heavy' },
    ],
    [
      'no writes: ratio is null and the profile is read-heavy',
      { dailyActiveUsers: 1_000, writesPerUserPerDay: 0, readsPerUserPerDay: 10 },
      { w: 0, r: 1_000 * 10 / 86_400, pw: 0, pr: 1_000 * 10 / 86_400, ratio: null, kind: 'read-heavy' },
    ],
    [
      // 1e-320 writes/user/day: reads ÷ writes would overflow to Infinity, so it counts as no writes
      'vanishingly few writes: ratio null rather than Infinity',
      { dailyActiveUsers: 1, writesPerUserPerDay: 1e-320, readsPerUserPerDay: 10 },
      { w: 0, r: 10 / 86_400, pw: 0, pr: 10 / 86_400, ratio: null, kind: 'read-heavy' },
    ],
    [
      'no users at all: nothing happens, ratio null',
      { dailyActiveUsers: 0, writesPerUserPerDay: 5, readsPerUserPerDay: 5 },
      { w: 0, r: 0, pw: 0, pr: 0, ratio: null, kind: 'read-heavy' },
    ],
  ])('%s', (_name, input, expected) => {
    const result = estimateThroughput(input);
    expectRelativelyClose(result.writesPerSecond, expected.w, 1e-12);
    expectRelativelyClose(result.readsPerSecond, expected.r, 1e-12);
    expectRelativelyClose(result.peakWritesPerSecond, expected.pw, 1e-12);
    expectRelativelyClose(result.peakReadsPerSecond, expected.pr, 1e-12);
    if (expected.ratio === null) expect(result.readWriteRatio).toBeNull();
    else expectRelativelyClose(result.readWriteRatio ?? Number.NaN, expected.ratio, 1e-12);
    expect(result.profile.kind).toBe(expected.kind);
    expect(result.profile.hints.length).toBeGreaterThan(0);
  });

  it('reports daily totals too', () => {
    const result = estimateThroughput({ dailyActiveUsers: 100_000_000, writesPerUserPerDay: 2, readsPerUserPerDay: 50 });
    expect(result.writesPerDay).toBe(200_000_000);
    expect(result.readsPerDay).toBe(5_000_000_000);
  });
});

describe('estimateThroughput validation', () => {
  const BASE: ThroughputInput = { dailyActiveUsers: 1_000, writesPerUserPerDay: 1, readsPerUserPerDay: 1 };

  it.each<[keyof ThroughputInput, unknown, string]>([
    ['dailyActiveUsers', -1, 'dailyActiveUsers must not be negative (got -1)'],
    ['dailyActiveUsers', Number.NaN, 'dailyActiveUsers must be a finite number (got NaN)'],
    ['dailyActiveUsers', 2e10, 'dailyActiveUsers must be at most 1e10 (got 2e10)'],
    ['dailyActiveUsers', '100', 'dailyActiveUsers must be a number (got "100")'],
    ['writesPerUserPerDay', -2, 'writesPerUserPerDay must not be negative (got -2)'],
    ['writesPerUserPerDay', Number.POSITIVE_INFINITY, 'writesPerUserPerDay must be a finite number (got Infinity)'],
    ['writesPerUserPerDay', 1e200, 'writesPerUserPerDay must be at most 1e6 (got 1e200)'],
    ['readsPerUserPerDay', -0.5, 'readsPerUserPerDay must not be negative (got -0.5)'],
    ['readsPerUserPerDay', undefined, 'readsPerUserPerDay must be a number (got undefined)'],
    ['peakToAverage', 0.5, 'peakToAverage must be at least 1 (got 0.5)'],
    ['peakToAverage', 5000, 'peakToAverage must be at most 1000 (got 5000)'],
    ['peakToAverage', Number.NaN, 'peakToAverage must be a finite number (got NaN)'],
  ])('%s = %s is rejected', (field, value, message) => {
    try {
      estimateThroughput({ ...BASE, [field]: value } as ThroughputInput);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe(field);
      expect((error as EstimatorInputError).message).toBe(message);
    }
  });
});

describe('estimateThroughput properties', () => {
  const within = (max: number): fc.Arbitrary<number> => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

  it('never returns NaN or Infinity; the ratio is null when there are no writes', () => {
    fc.assert(
      fc.property(
        within(THROUGHPUT_INPUT_RULES.dailyActiveUsers.max),
        within(THROUGHPUT_INPUT_RULES.writesPerUserPerDay.max),
        within(THROUGHPUT_INPUT_RULES.readsPerUserPerDay.max),
        fc.double({ min: 1, max: 1000, noNaN: true, noDefaultInfinity: true }),
        (dailyActiveUsers, writesPerUserPerDay, readsPerUserPerDay, peakToAverage) => {
          const r = estimateThroughput({ dailyActiveUsers, writesPerUserPerDay, readsPerUserPerDay, peakToAverage });
          for (const value of [r.writesPerSecond, r.readsPerSecond, r.peakWritesPerSecond, r.peakReadsPerSecond]) {
            expect(Number.isFinite(value)).toBe(true);
          }
          expect(r.peakWritesPerSecond).toBeGreaterThanOrEqual(r.writesPerSecond);
          if (r.writesPerDay === 0) expect(r.readWriteRatio).toBeNull();
          if (r.readWriteRatio !== null) expect(Number.isFinite(r.readWriteRatio)).toBe(true);
        },
      ),
    );
  });
});
