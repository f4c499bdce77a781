import { describe, expect, it } from 'vitest';
import { arcPath, keyDots, labelTokens, pointAt, RING_VIEW, SAMPLE_KEYS } from './drawing';
import { buildRing, firstShards, keyHashes } from './ring';

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
});
