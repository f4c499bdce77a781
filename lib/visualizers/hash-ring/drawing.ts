/**
 * Geometry for drawing the ring: positions as turns clockwise from the top, arcs as SVG paths, and the sample
 * keys drawn as dots. Pure numbers; the component only paints them.
 */
import { turnOf } from './hash';
import type { Ring } from './ring';

/** The drawing's square viewBox and its circles. */
export const RING_VIEW = { size: 340, centre: 170, radius: 122, band: 14, labelRadius: 152, keyRadius: 98 } as const;
/** Keys drawn as dots on the ring and listed in the grids (user:0 to user:59). */
export const SAMPLE_KEYS = 60;
/** Above this many tokens the labels would overlap, so tokens are drawn as ticks without letters. */
export const MAX_LABELLED_TOKENS = 48;

/** A point `turn` of a full turn clockwise from the top, at distance `radius` from the centre. */
export function pointAt(turn: number, radius: number): { x: number; y: number } {
  const angle = turn * 2 * Math.PI;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { x: round(RING_VIEW.centre + radius * Math.sin(angle)), y: round(RING_VIEW.centre - radius * Math.cos(angle)) };
}

/** An SVG path along the circle of `radius` from `start` to `end` (turns, end > start, at most one turn). */
export function arcPath(start: number, end: number, radius: number): string {
  const span = end - start;
  if (span >= 1 - 1e-9) {
    // A whole circle cannot be one arc command: draw two halves.
    const top = pointAt(0, radius);
    const bottom = pointAt(0.5, radius);
    return `M ${top.x} ${top.y} A ${radius} ${radius} 0 1 1 ${bottom.x} ${bottom.y} A ${radius} ${radius} 0 1 1 ${top.x} ${top.y}`;
  }
  const from = pointAt(start, radius);
  const to = pointAt(end, radius);
  return `M ${from.x} ${from.y} A ${radius} ${radius} 0 ${span > 0.5 ? 1 : 0} 1 ${to.x} ${to.y}`;
}

/** A sample key's dot: which key, where on the ring, and how far in (staggered so neighbours do not cover each other). */
export interface KeyDot {
  index: number;
  x: number;
  y: number;
}

/** Dots for the first `count` keys, whose ring positions are `hashes`. */
export function keyDots(hashes: Uint32Array, count = SAMPLE_KEYS): KeyDot[] {
  const dots: KeyDot[] = [];
  for (let index = 0; index < Math.min(count, hashes.length); index++) {
    const { x, y } = pointAt(turnOf(hashes[index] as number), RING_VIEW.keyRadius - (index % 3) * 9);
    dots.push({ index, x, y });
  }
  return dots;
}

/** True when the ring's tokens can carry their letters without piling up. */
export function labelTokens(ring: Ring): boolean {
  return ring.tokens.length <= MAX_LABELLED_TOKENS;
}
