import { describe, expect, it } from 'vitest';
import { describeCounts, expectedAddShare, loadCounts, loadSpread, movement } from './load';
import { assignModN, assignRing, buildRing, firstShards, keyHashes } from './ring';

const hashes = keyHashes(10_000);
const ringOwners = (shards: number[], vnodes: number) => assignRing(buildRing(shards, vnodes), hashes);

describe('keys moved by adding a shard', () => {
  // The keys that move are exactly the new shard's share of the ring: V arcs, whose total varies by about
  // 1/√V of its mean (±7% relative at 200 tokens), so the tolerance is ±3 points around 20%.
  it('is about 1/N on the ring (4 → 5 shards, 200 virtual nodes: 20% ± 3 points) and about (N−1)/N under mod N (80% ± 2)', () => {
    const ring = movement(ringOwners([0, 1, 2, 3], 200), ringOwners([0, 1, 2, 3, 4], 200));
    const modN = movement(assignModN([0, 1, 2, 3], hashes), assignModN([0, 1, 2, 3, 4], hashes));
    expect(Math.abs(ring.share - 0.2)).toBeLessThan(0.03);
    expect(Math.abs(modN.share - 0.8)).toBeLessThan(0.02);
    expect(expectedAddShare(4)).toEqual({ ring: 0.2, modN: 0.8 });
  });

  it('sends every moved key to the new shard, and no key between old shards', () => {
    for (const vnodes of [1, 10, 100]) {
      const moved = movement(ringOwners([0, 1, 2], vnodes), ringOwners([0, 1, 2, 3], vnodes));
      expect([...moved.to.keys()]).toEqual(moved.moved > 0 ? [3] : []);
    }
  });

  it('stays near 1/(N + 1) as the cluster grows while mod N approaches moving everything (100 virtual nodes)', () => {
    for (const n of [2, 4, 8, 11]) {
      const before = firstShards(n);
      const after = firstShards(n + 1);
      const ring = movement(ringOwners(before, 100), ringOwners(after, 100)).share;
      const modN = movement(assignModN(before, hashes), assignModN(after, hashes)).share;
      expect(Math.abs(ring - 1 / (n + 1)), `ring ${n} → ${n + 1}`).toBeLessThan(0.35 / (n + 1));
      expect(Math.abs(modN - n / (n + 1)), `mod N ${n} → ${n + 1}`).toBeLessThan(0.02);
    }
  });

  it('averages to 1/(N + 1) over many cluster sizes (2 → 3 up to 11 → 12, 200 virtual nodes: mean ratio 1 ± 0.08)', () => {
    const ratios = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => movement(ringOwners(firstShards(n), 200), ringOwners(firstShards(n + 1), 200)).share * (n + 1));
    const mean = ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
    expect(Math.abs(mean - 1)).toBeLessThan(0.08);
  });
});

describe('keys moved by removing a shard', () => {
  it('moves exactly the removed shard’s keys on the ring, spread over the survivors with many virtual nodes', () => {
    const before = ringOwners([0, 1, 2, 3], 100);
    const after = ringOwners([0, 2, 3], 100);
    const moved = movement(before, after);
    const heldByB = before.filter((o) => o === 1).length;
    expect(moved.moved).toBe(heldByB);
    expect([...moved.from.keys()]).toEqual([1]);
    const others = before.reduce((count, owner, i) => count + (owner !== 1 && after[i] !== owner ? 1 : 0), 0);
    expect(others).toBe(0);
    expect([...moved.to.keys()].sort()).toEqual([0, 2, 3]);
  });

  it('hands everything to one neighbour with a single token per shard', () => {
    const moved = movement(ringOwners([0, 1, 2, 3], 1), ringOwners([0, 2, 3], 1));
    expect(moved.to.size).toBe(1);
  });

  it('under mod N, moves far more than the removed shard held', () => {
    const modN = movement(assignModN([0, 1, 2, 3], hashes), assignModN([0, 2, 3], hashes));
    expect(modN.share).toBeGreaterThan(0.6);
  });
});

describe('load per shard', () => {
  it('counts every key once, in shard-list order', () => {
    const owners = Uint8Array.from([0, 2, 2, 5, 0, 2]);
    expect(loadCounts(owners, [5, 0, 2])).toEqual([1, 2, 3]);
    expect(describeCounts([1, 2, 3], [5, 0, 2])).toBe('F 1, A 2, C 3');
    expect(loadSpread([1, 2, 3])).toEqual({ mean: 2, max: 3, min: 1, maxOverMean: 1.5, minOverMean: 0.5 });
    expect(loadSpread([0, 0]).maxOverMean).toBe(1);
  });

  it('evens out as virtual nodes grow: the busiest of 5 shards drops from far over its share to within 15%', () => {
    const spreadAt = (vnodes: number) => loadSpread(loadCounts(ringOwners(firstShards(5), vnodes), firstShards(5))).maxOverMean;
    const one = spreadAt(1);
    const ten = spreadAt(10);
    const twoHundred = spreadAt(200);
    expect(one).toBeGreaterThan(1.3);
    expect(twoHundred).toBeLessThan(1.15);
    expect(twoHundred).toBeLessThan(ten);
    // Averaged over several clusters (5 to 12 shards), more tokens give a steadier spread.
    const mean = (vnodes: number) => {
      const sizes = [5, 6, 7, 8, 9, 10, 11, 12];
      return sizes.reduce((sum, n) => sum + loadSpread(loadCounts(ringOwners(firstShards(n), vnodes), firstShards(n))).maxOverMean, 0) / sizes.length;
    };
    expect(mean(1)).toBeGreaterThan(mean(10));
    expect(mean(10)).toBeGreaterThan(mean(100));
  });

  it('is near perfect under mod N whatever the cluster size', () => {
    expect(loadSpread(loadCounts(assignModN(firstShards(7), hashes), firstShards(7))).maxOverMean).toBeLessThan(1.05);
  });

  it('refuses to compare assignments of different keys', () => {
    expect(() => movement(new Uint8Array(2), new Uint8Array(3))).toThrow(RangeError);
  });
});
