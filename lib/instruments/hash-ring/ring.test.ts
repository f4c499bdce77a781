import { describe, expect, it } from 'vitest';
import { ringHash } from './hash';
import { assignModN, assignRing, buildRing, firstShards, keyCountProblem, keyHashes, modOwner, ringArcs, ringOwner, ringProblems, shardName, tokenIndexFor, type Ring } from './ring';

/** The owner found the slow way: scan every token for the first at or after the key, else wrap. */
function linearOwner(ring: Ring, position: number): number {
  return (ring.tokens.find((t) => t.position >= position) ?? ring.tokens[0]!).shard;
}

describe('building a ring', () => {
  it('places V tokens per shard, sorted, named by shard letter and replica', () => {
    const ring = buildRing(firstShards(3), 5);
    expect(ring.tokens).toHaveLength(15);
    for (let i = 1; i < ring.tokens.length; i++) expect(ring.tokens[i]!.position).toBeGreaterThanOrEqual(ring.tokens[i - 1]!.position);
    const a0 = ring.tokens.find((t) => t.shard === 0 && t.replica === 0)!;
    expect(a0.position).toBe(ringHash('A#0'));
    expect(['A', 'B', 'L'].map((_, i) => shardName([0, 1, 11][i]!))).toEqual(['A', 'B', 'L']);
  });

  it('is deterministic, and the same ring whatever the order of the shard list', () => {
    const one = buildRing([0, 1, 2, 3], 50);
    const two = buildRing([3, 1, 0, 2], 50);
    expect(two.tokens).toEqual(one.tokens);
    expect(buildRing([0, 1, 2, 3], 50).tokens).toEqual(one.tokens);
  });

  it('rejects settings outside the ranges with sentences a reader can act on', () => {
    expect(() => buildRing([], 10)).toThrow('A ring needs 1 to 12 shards.');
    expect(() => buildRing(firstShards(13), 10)).toThrow(RangeError);
    expect(() => buildRing([0, 0], 10)).toThrow('Each shard can be on the ring only once.');
    expect(() => buildRing([0, 12], 10)).toThrow('Shards are named A to L.');
    for (const vnodes of [0, 201, 2.5, Number.NaN]) expect(() => buildRing([0], vnodes)).toThrow('Virtual nodes per shard must be a whole number from 1 to 200.');
    expect(ringProblems({ shards: [0, 1], vnodes: 10, keyCount: 50 })).toEqual(['The number of keys must be a whole number from 100 to 50,000.']);
    expect(keyCountProblem(50_001)).toMatch(/100 to 50,000/);
    expect(keyCountProblem(10_000)).toBeNull();
  });
});

describe('looking a key up', () => {
  it('binary search finds the same owner as a linear scan, including wrap-around past the last token', () => {
    const ring = buildRing(firstShards(5), 7);
    const last = ring.tokens.at(-1)!;
    const first = ring.tokens[0]!;
    const probes = [0, first.position, first.position + 1, last.position, last.position + 1, 2 ** 32 - 1];
    for (let i = 0; i < 2000; i++) probes.push(ringHash(`probe:${i}`));
    for (const p of probes) expect(ringOwner(ring, p), `position ${p}`).toBe(linearOwner(ring, p));
    // A key exactly on a token belongs to that token; one just past the last token wraps to the first.
    expect(tokenIndexFor(ring, last.position)).toBe(ring.tokens.length - 1);
    expect(tokenIndexFor(ring, last.position + 1)).toBe(0);
  });

  it('mod N indexes the shard list', () => {
    expect(modOwner([0, 1, 2, 3], 10)).toBe(2);
    expect(modOwner([0, 2, 3], 11)).toBe(3);
    const hashes = keyHashes(1000);
    const owners = assignModN([0, 1, 2], hashes);
    owners.forEach((owner, i) => expect(owner).toBe(hashes[i]! % 3));
  });

  it('gives one shard every key when it is alone', () => {
    const owners = assignRing(buildRing([4], 3), keyHashes(500));
    expect(owners.every((o) => o === 4)).toBe(true);
  });
});

describe('the arcs each shard owns', () => {
  it('cover the ring exactly once, merged where one shard owns neighbouring arcs, and match the lookup', () => {
    for (const [shards, vnodes] of [[1, 1], [2, 1], [4, 8], [7, 30]] as const) {
      const ring = buildRing(firstShards(shards), vnodes);
      const arcs = ringArcs(ring);
      expect(arcs[0]!.start).toBe(0);
      expect(arcs.at(-1)!.end).toBe(1);
      for (let i = 1; i < arcs.length; i++) {
        expect(arcs[i]!.start).toBe(arcs[i - 1]!.end);
        expect(arcs[i]!.shard).not.toBe(arcs[i - 1]!.shard);
      }
      // Each arc's midpoint is owned by the arc's shard.
      for (const arc of arcs) expect(ringOwner(ring, Math.floor(((arc.start + arc.end) / 2) * 2 ** 32))).toBe(arc.shard);
    }
  });
});
