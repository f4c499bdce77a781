import { describe, expect, it } from 'vitest';
import { fmix32, fnv1a32, RING_SIZE, ringHash, turnOf } from './hash';

describe('the ring hash', () => {
  it('is FNV-1a 32 on the published test vectors', () => {
    const vectors: Array<[string, number]> = [
      ['', 0x811c9dc5],
      ['a', 0xe40c292c],
      ['foobar', 0xbf9cf968],
    ];
    for (const [text, expected] of vectors) expect(fnv1a32(text)).toBe(expected);
  });

  it('hashes UTF-8 bytes, not UTF-16 code units', () => {
    // "é" is the two bytes C3 A9 in UTF-8.
    let manual = 0x811c9dc5;
    for (const byte of [0xc3, 0xa9]) manual = Math.imul(manual ^ byte, 0x01000193) >>> 0;
    expect(fnv1a32('é')).toBe(manual);
  });

  it('finalises with a bijection that sends 0 to 0 and changes about half the bits for a one-bit change', () => {
    expect(fmix32(0)).toBe(0);
    let flipped = 0;
    for (let i = 0; i < 1000; i++) flipped += popcount(fmix32(i) ^ fmix32(i ^ 1));
    expect(flipped / 1000).toBeGreaterThan(14);
    expect(flipped / 1000).toBeLessThan(18);
  });

  it('is deterministic and stays inside the ring', () => {
    for (const key of ['user:0', 'user:1', 'A#0', 'likes:hot-post#7']) {
      const h = ringHash(key);
      expect(ringHash(key)).toBe(h);
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(RING_SIZE);
      expect(turnOf(h)).toBeLessThan(1);
    }
  });

  it('spreads neighbouring keys evenly over the ring (each of 16 arcs gets 1/16 ± 12% of 20,000 keys)', () => {
    const buckets = new Array<number>(16).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(turnOf(ringHash(`user:${i}`)) * 16)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 1250) / 1250).toBeLessThan(0.12);
  });
});

function popcount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v >>>= 1) count += v & 1;
  return count;
}
