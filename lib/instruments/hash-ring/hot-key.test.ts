import { describe, expect, it } from 'vitest';
import { HOT_KEY, hotKeyModel, saltedKeys } from './hot-key';
import { assignRing, buildRing, firstShards, keyHashes } from './ring';
import { loadCounts } from './load';

const ring = buildRing(firstShards(6), 100);
const counts = loadCounts(assignRing(ring, keyHashes(10_000)), ring.shards);

describe('salted keys', () => {
  it('are the key itself unsalted, and key#0 … key#k−1 salted k ways', () => {
    expect(saltedKeys('likes:7', 1)).toEqual(['likes:7']);
    expect(saltedKeys('likes:7', 3)).toEqual(['likes:7#0', 'likes:7#1', 'likes:7#2']);
    expect(() => saltedKeys('x', 0)).toThrow(RangeError);
    expect(() => saltedKeys('x', 33)).toThrow(RangeError);
  });
});

describe('the hot-key model', () => {
  it('puts the whole hot share on one shard before salting', () => {
    const model = hotKeyModel(ring, counts, 30, 8);
    const sum = model.before.shares.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(model.before.subKeyShards).toHaveLength(1);
    expect(model.before.readShards).toBe(1);
    // The hot shard carries its ordinary 70% share of the rest plus all 30% of the hot key.
    const hot = ring.shards.indexOf(model.before.subKeyShards[0]!);
    expect(model.before.shares[hot]).toBeCloseTo(0.7 * (counts[hot]! / 10_000) + 0.3, 12);
    expect(model.before.hottest).toBe(hot);
    expect(model.before.overFair).toBeGreaterThan(2.5);
  });

  it('spreads the hot share over the sub-keys’ shards after salting, and makes reads fan out', () => {
    const model = hotKeyModel(ring, counts, 30, 8);
    expect(model.after.subKeyShards).toHaveLength(8);
    expect(model.after.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(model.after.overFair).toBeLessThan(model.before.overFair);
    expect(model.readKeys).toBe(8);
    expect(model.after.readShards).toBe(new Set(model.after.subKeyShards).size);
    expect(model.after.readShards).toBeGreaterThan(1);
    expect(model.after.readShards).toBeLessThanOrEqual(6);
  });

  it('changes nothing when unsalted or when no traffic is hot', () => {
    const same = hotKeyModel(ring, counts, 40, 1);
    expect(same.after).toEqual(same.before);
    const cold = hotKeyModel(ring, counts, 0, 16);
    expect(cold.after.shares).toEqual(cold.before.shares);
    expect(cold.before.shares.map((s) => s * 10_000)).toEqual(counts.map((c) => expect.closeTo(c, 9)));
  });

  it('cannot spread a hot key over more shards than there are: one shard takes everything', () => {
    const alone = buildRing([0], 4);
    const model = hotKeyModel(alone, [10_000], 50, 32);
    expect(model.after.shares).toEqual([1]);
    expect(model.after.readShards).toBe(1);
  });

  it('rejects shares and salts out of range', () => {
    expect(() => hotKeyModel(ring, counts, 91, 2)).toThrow(/0 to 90 percent/);
    expect(() => hotKeyModel(ring, counts, 10.5, 2)).toThrow(RangeError);
    expect(() => hotKeyModel(ring, counts, 10, 40)).toThrow(RangeError);
    expect(() => hotKeyModel(ring, [1, 2], 10, 2)).toThrow(RangeError);
    expect(HOT_KEY).toBe('likes:hot-post');
  });
});
