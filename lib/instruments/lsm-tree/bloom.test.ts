import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bloomSize, buildBloom, expectedFalsePositiveRate, mayContain } from './bloom';

describe('bloom filter', () => {
  it('never gives a false negative', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 300 }), fc.integer({ min: 1, max: 16 }), (keys, bits) => {
        const filter = buildBloom(keys, bits);
        for (const key of keys) expect(mayContain(filter, key)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('uses the lesson’s numbers: 10 bits per key → 7 hash functions and about 0.82% false positives', () => {
    expect(bloomSize(1000, 10)).toEqual({ m: 10_000, k: 7 });
    expect(expectedFalsePositiveRate(10)).toBeCloseTo(0.0082, 4);
    expect(expectedFalsePositiveRate(1)).toBeCloseTo(1 - Math.exp(-1), 6);
  });

  it('has a measured false-positive rate close to the formula', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => i * 2);
    for (const bits of [4, 10]) {
      const filter = buildBloom(keys, bits);
      let positives = 0;
      const probes = 50_000;
      for (let i = 0; i < probes; i++) if (mayContain(filter, 1_000_001 + i * 2)) positives += 1;
      const expected = expectedFalsePositiveRate(bits);
      expect(Math.abs(positives / probes - expected)).toBeLessThan(expected * 0.35 + 0.002);
    }
  });
});
