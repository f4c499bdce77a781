import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { ratioText, readWriteRatioTrace } from './read-write-ratio';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

const trace = (writes: number, reads: number) =>
  readWriteRatioTrace(buildContext({ consistency: 'eventual', peakWritesPerSecond: writes, peakReadsPerSecond: reads, dataModel: 'relational' } as Workload, DEFAULT_ASSUMPTIONS));

describe('ratioText', () => {
  it.each<[number, string]>([
    [15, '15 reads per write'],
    [1, '1 reads per write'],
    [0.001, '1,000 writes per read'],
    [0, 'no reads'],
  ])('%d → %s', (ratio, text) => {
    expect(ratioText(ratio)).toBe(text);
  });
});

describe('readWriteRatioTrace (classes from lib/estimator: >10 read-heavy, <3 write-heavy)', () => {
  it.each<[number, number, RegExp, RegExp]>([
    [100, 10_000, /read-heavy/, /replicas and a cache/],
    [100, 1_000, /balanced/, /one relational primary/],
    [100, 300, /balanced/, /one relational primary/],
    [100, 299, /write-heavy/, /LSM/],
    [0, 100, /read-only/, /no writes/i],
    [0, 0, /no traffic/, /other factors decide/],
  ])('%d writes, %d reads', (writes, reads, finding, effect) => {
    const entry = trace(writes, reads);
    expect(entry.factor).toBe('Read/write ratio');
    expect(entry.finding).toMatch(finding);
    expect(entry.effect).toMatch(effect);
  });
});
