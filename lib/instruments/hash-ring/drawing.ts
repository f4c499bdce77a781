/**
 * Geometry for drawing the ring: positions as turns clockwise from the top, arcs as SVG paths, and the sample
 * keys drawn as dots. Pure numbers; the component only paints them.
 */
import { turnOf } from './hash';
import { ringArcs, shardName, type Arc, type Ring, type Token } from './ring';
import { percent } from './trace';

/**
 * The drawing's square viewBox and its circles. Letters sit on `labelRadius`, or on `outerLabelRadius` when a
 * neighbour already holds the inner spot; the margin outside the ring leaves room for that second circle.
 */
export const RING_VIEW = { size: 364, centre: 182, radius: 122, band: 14, labelRadius: 150, outerLabelRadius: 168, keyRadius: 98 } as const;
/** The box a shard letter takes around its centre, in SVG units: a bold 12–13 px capital with a little air. */
export const LABEL_BOX = { width: 12, height: 15 } as const;
/** Keys drawn as dots on the ring and listed in the grids (user:0 to user:59). */
export const SAMPLE_KEYS = 60;
/** Above this many tokens, letters go on each shard's longest arc rather than beside tokens. */
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

/** True when the ring's tokens are few enough to letter one by one. */
export function labelTokens(ring: Ring): boolean {
  return ring.tokens.length <= MAX_LABELLED_TOKENS;
}

/** A letter on the drawing: which shard, the turn it names, and where its centre is drawn. */
export interface RingLabel {
  shard: number;
  /** The point on the ring the letter names (a token, or the middle of the shard's longest arc). */
  turn: number;
  x: number;
  y: number;
  /** When the letter had to move sideways to find room: a short line from the ring to it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** The box a letter centred at (x, y) covers. */
export function labelBox(label: { x: number; y: number }): { left: number; top: number; right: number; bottom: number } {
  const w = LABEL_BOX.width / 2;
  const h = LABEL_BOX.height / 2;
  return { left: label.x - w, top: label.y - h, right: label.x + w, bottom: label.y + h };
}

/** True when two letters' boxes overlap (touching edges do not count). */
export function labelsOverlap(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  const p = labelBox(a);
  const q = labelBox(b);
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
}

/** Sideways steps a required letter may take, in turns, before giving up: enough to fit twelve shards anywhere. */
const NUDGE_STEP = 0.004;
const MAX_NUDGES = 125;

/**
 * Where a letter naming `turn` can go without touching `placed`: straight out from its point on the ring, on
 * the inner letter circle, then the outer one. A required letter (every shard is named at least once) may
 * also step sideways, alternately clockwise and back, drawing a leader line to its point; an optional one
 * (a second token of the same shard) is simply left out.
 */
function placeLabel(shard: number, turn: number, placed: readonly RingLabel[], required: boolean): RingLabel | null {
  const { labelRadius, outerLabelRadius, radius, band } = RING_VIEW;
  const fits = (spot: { x: number; y: number }) => !placed.some((other) => labelsOverlap(spot, other));
  const tries = required ? MAX_NUDGES : 0;
  for (let step = 0; step <= tries; step++) {
    const offset = step === 0 ? 0 : Math.ceil(step / 2) * NUDGE_STEP * (step % 2 === 1 ? 1 : -1);
    for (const r of [labelRadius, outerLabelRadius]) {
      const spot = pointAt(turn + offset, r);
      if (!fits(spot)) continue;
      const from = pointAt(turn, radius + band / 2 + 2);
      const to = pointAt(turn + offset, r - LABEL_BOX.height / 2);
      return { shard, turn, ...spot, leader: offset === 0 ? null : { x1: from.x, y1: from.y, x2: to.x, y2: to.y } };
    }
  }
  return null;
}

/**
 * The letters to write around the ring, no two boxes touching. Each shard is named first, biggest arcs first
 * (they have the most room): beside the token that ends its longest arc when tokens are few enough to letter,
 * else at that arc's middle. Then, with few tokens, every other token gets its shard's letter wherever one fits.
 */
export function ringLabels(ring: Ring): RingLabel[] {
  const arcs = ringArcs(ring);
  const byTokens = labelTokens(ring);
  const longest = new Map<number, Arc>();
  for (const arc of arcs) {
    const best = longest.get(arc.shard);
    if (!best || arc.end - arc.start > best.end - best.start) longest.set(arc.shard, arc);
  }
  const required = [...longest].sort(([a, p], [b, q]) => q.end - q.start - (p.end - p.start) || a - b);
  const placed: RingLabel[] = [];
  for (const [shard, arc] of required) {
    // The stretch after the last token wraps past the top to the first token, which ends it.
    const tokenTurn = arc.end >= 1 ? turnOf((ring.tokens[0] as Token).position) : arc.end;
    const label = placeLabel(shard, byTokens ? tokenTurn : (arc.start + arc.end) / 2, placed, true);
    if (label) placed.push(label);
  }
  if (byTokens) {
    for (const token of ring.tokens) {
      const turn = turnOf(token.position);
      if (placed.some((l) => l.shard === token.shard && l.turn === turn)) continue;
      const label = placeLabel(token.shard, turn, placed, false);
      if (label) placed.push(label);
    }
  }
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
