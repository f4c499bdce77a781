import { describe, expect, it } from 'vitest';
import { arcPath, describeRing, keyDots, labelBox, labelsOverlap, labelTokens, pointAt, RING_VIEW, ringLabels, SAMPLE_KEYS, shardLabelTurns } from './drawing';
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

  it('names every shard at least once, and letters tokens only when they are few', () => {
    for (const [shards, vnodes] of [[4, 8], [12, 4], [5, 100], [1, 1]] as const) {
      const ring = buildRing(firstShards(shards), vnodes);
      const labels = ringLabels(ring);
      expect(new Set(labels.map((l) => l.shard)).size, `${shards} × ${vnodes}`).toBe(shards);
      if (!labelTokens(ring)) expect(labels).toHaveLength(shards);
    }
  });

  it('never lets two letters touch, on the twelve-shard ring or any other, and keeps them inside the drawing', () => {
    const rings = [
      // Every count that letters tokens one by one, and a few that letter each shard once.
      ...[...Array.from({ length: 12 }, (_, i) => i + 1), 50, 100, 150, 200].map((vnodes) => buildRing(firstShards(12), vnodes)),
      ...[1, 2, 3, 4, 8].map((vnodes) => buildRing([0, 2, 3, 5, 7, 8, 11], vnodes)),
      ...[1, 2, 3].map((vnodes) => buildRing(firstShards(2), vnodes)),
    ];
    for (const ring of rings) {
      const labels = ringLabels(ring);
      const where = `${ring.shards.length} shards × ${ring.vnodes}`;
      expect(new Set(labels.map((l) => l.shard)).size, where).toBe(ring.shards.length);
      for (let i = 0; i < labels.length; i++) {
        const box = labelBox(labels[i]!);
        expect(box.left, where).toBeGreaterThanOrEqual(0);
        expect(box.top, where).toBeGreaterThanOrEqual(0);
        expect(box.right, where).toBeLessThanOrEqual(RING_VIEW.size);
        expect(box.bottom, where).toBeLessThanOrEqual(RING_VIEW.size);
        // Outside the coloured band, so a letter never sits on an arc.
        expect(Math.hypot(labels[i]!.x - RING_VIEW.centre, labels[i]!.y - RING_VIEW.centre) - 10, where).toBeGreaterThan(RING_VIEW.radius + RING_VIEW.band / 2);
        for (let j = i + 1; j < labels.length; j++) expect(labelsOverlap(labels[i]!, labels[j]!), `${where}: ${labels[i]!.shard} and ${labels[j]!.shard}`).toBe(false);
      }
    }
  });

  it('writes a letter straight out from the point it names unless it had to step aside, and then draws a leader', () => {
    for (const vnodes of [1, 2, 100, 200]) {
      for (const label of ringLabels(buildRing(firstShards(12), vnodes))) {
        const inner = pointAt(label.turn, RING_VIEW.labelRadius);
        const outer = pointAt(label.turn, RING_VIEW.outerLabelRadius);
        const straight = (label.x === inner.x && label.y === inner.y) || (label.x === outer.x && label.y === outer.y);
        expect(label.leader === null, `shard ${label.shard} with ${vnodes} tokens`).toBe(straight);
      }
    }
  });
});
