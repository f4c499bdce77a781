import { describe, expect, it } from 'vitest';
import { arcPath, describeRing, keyDots, LABEL_GAP, labelTokens, pointAt, RING_VIEW, ringLabels, SAMPLE_KEYS, shardLabelTurns } from './drawing';
import { buildRing, firstShards, keyHashes, ringArcs } from './ring';

describe('the ring drawing', () => {
  it('measures turns clockwise from the top', () => {
    const r = RING_VIEW.radius;
    const c = RING_VIEW.centre;
    expect(pointAt(0, r)).toEqual({ x: c, y: c - r });
    expect(pointAt(0.25, r)).toEqual({ x: c + r, y: c });
    expect(pointAt(0.5, r)).toEqual({ x: c, y: c + r });
  });

  it('draws short and long arcs with the right flags, and a whole ring as two halves', () => {
    expect(arcPath(0, 0.25, 10)).toMatch(/ A 10 10 0 0 1 /);
    expect(arcPath(0, 0.75, 10)).toMatch(/ A 10 10 0 1 1 /);
    expect(arcPath(0, 1, 10).match(/ A /g)).toHaveLength(2);
  });

  it('places the sample keys inside the ring and labels tokens only when they fit', () => {
    const dots = keyDots(keyHashes(1000));
    expect(dots).toHaveLength(SAMPLE_KEYS);
    for (const d of dots) expect(Math.hypot(d.x - RING_VIEW.centre, d.y - RING_VIEW.centre)).toBeLessThan(RING_VIEW.radius);
    expect(keyDots(keyHashes(10))).toHaveLength(10);
    expect(labelTokens(buildRing(firstShards(4), 8))).toBe(true);
    expect(labelTokens(buildRing(firstShards(4), 20))).toBe(false);
  });

  it('labels each shard at the middle of its longest arc, and describes the ring in words', () => {
    const ring = buildRing(firstShards(3), 40);
    const turns = shardLabelTurns(ringArcs(ring));
    expect([...turns.keys()].sort()).toEqual([0, 1, 2]);
    for (const turn of turns.values()) expect(turn).toBeGreaterThan(0);
    expect(describeRing(buildRing([0, 2], 3), [750, 250], 2, 'leave')).toBe(
      'The ring: 2 shards with 3 tokens each. Share of the keys: A 75.0%, C 25.0%. Shard C is leaving.',
    );
  });

  it('letters tokens without crowding, and names every shard at least once', () => {
    for (const [shards, vnodes] of [[4, 8], [12, 4], [5, 100], [1, 1]] as const) {
      const ring = buildRing(firstShards(shards), vnodes);
      const labels = ringLabels(ring);
      expect(new Set(labels.map((l) => l.shard)).size, `${shards} × ${vnodes}`).toBe(shards);
      if (!labelTokens(ring)) expect(labels).toHaveLength(shards);
    }
    const ring = buildRing(firstShards(4), 8);
    const fromTokens = ringLabels(ring).filter((l) => ring.tokens.some((t) => t.position / 2 ** 32 === l.turn)).map((l) => l.turn);
    for (let i = 1; i < fromTokens.length; i++) expect(fromTokens[i]! - fromTokens[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP);
  });
});
