/**
 * Geometry for drawing the ring: positions as turns clockwise from the top, arcs as SVG paths, and the sample
 * keys drawn as dots. Pure numbers; the component only paints them.
 */
import { turnOf } from './hash';
import { ringArcs, shardName, type Arc, type Ring } from './ring';
import { percent } from './trace';

/** The drawing's square viewBox and its circles. */
export const RING_VIEW = { size: 340, centre: 170, radius: 122, band: 14, labelRadius: 152, keyRadius: 98 } as const;
/** Keys drawn as dots on the ring and listed in the grids (user:0 to user:59). */
export const SAMPLE_KEYS = 60;
/** Above this many tokens, letters go on each shard's longest arc rather than beside tokens. */
export const MAX_LABELLED_TOKENS = 48;
/** Closest two letters may sit, as a fraction of a turn (about 20 px apart on the label circle). */
export const LABEL_GAP = 0.021;

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

/** True when the ring's tokens are few enough to letter one by one. */
export function labelTokens(ring: Ring): boolean {
  return ring.tokens.length <= MAX_LABELLED_TOKENS;
}

/** A letter on the drawing: which shard, and where (a turn). */
export interface RingLabel {
  shard: number;
  turn: number;
}

/**
 * The letters to write around the ring. With few tokens, each token gets its shard's letter unless it would
 * touch the letter before it; with many, each shard gets one letter on its longest arc. Either way every
 * shard is named at least once.
 */
export function ringLabels(ring: Ring, gap = LABEL_GAP): RingLabel[] {
  const longest = shardLabelTurns(ringArcs(ring));
  if (!labelTokens(ring)) return [...longest].map(([shard, turn]) => ({ shard, turn }));
  const placed: RingLabel[] = [];
  for (const token of ring.tokens) {
    const turn = turnOf(token.position);
    const prev = placed[placed.length - 1];
    const first = placed[0];
    if (prev && turn - prev.turn < gap) continue;
    if (first && first.turn + 1 - turn < gap) continue;
    placed.push({ shard: token.shard, turn });
  }
  for (const [shard, turn] of longest) if (!placed.some((l) => l.shard === shard)) placed.push({ shard, turn });
  return placed;
}

/** Where to write each shard's letter when tokens are too many to label: the middle of its longest arc. */
export function shardLabelTurns(arcs: readonly Arc[]): Map<number, number> {
  const longest = new Map<number, Arc>();
  for (const arc of arcs) {
    const best = longest.get(arc.shard);
    if (!best || arc.end - arc.start > best.end - best.start) longest.set(arc.shard, arc);
  }
  return new Map([...longest].map(([shard, arc]) => [shard, (arc.start + arc.end) / 2]));
}

/** The ring in words, for screen readers: shards, tokens and each shard's share of the keys. */
export function describeRing(ring: Ring, counts: readonly number[], pending: number | null, pendingKind: 'join' | 'leave' | null): string {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const shares = ring.shards.map((s, i) => `${shardName(s)} ${percent(total ? (counts[i] ?? 0) / total : 0)}`).join(', ');
  const note = pending === null || pendingKind === null ? '' : pendingKind === 'join' ? ` Shard ${shardName(pending)} has just joined and holds no keys yet.` : ` Shard ${shardName(pending)} is leaving.`;
  return `The ring: ${ring.shards.length} ${ring.shards.length === 1 ? 'shard' : 'shards'} with ${ring.vnodes} ${ring.vnodes === 1 ? 'token' : 'tokens'} each. Share of the keys: ${shares}.${note}`;
}
