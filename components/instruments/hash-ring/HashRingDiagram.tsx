'use client';

import { useMemo } from 'react';
import { turnOf } from '@/lib/instruments/hash-ring/hash';
import { arcPath, describeRing, keyDots, pointAt, RING_VIEW, ringLabels } from '@/lib/instruments/hash-ring/drawing';
import { ringArcs, shardName, type Ring } from '@/lib/instruments/hash-ring/ring';

/** The CSS colour of shard `shard` (app/globals.css, hash ring section). */
export const shardColor = (shard: number) => `var(--ring-${shard})`;

/**
 * The ring: each shard's arcs in its colour, its tokens as ticks with shard letters where they fit (at least
 * one letter per shard, none touching another; ringLabels), and the sample keys as dots in their owner's colour. Keys that just moved
 * get a thick outline; a joining or leaving shard's tokens are marked.
 */
export function HashRingDiagram({
  ring,
  owners,
  before,
  hashes,
  counts,
  pending,
  pendingKind,
}: {
  ring: Ring;
  /** Each key's shard at this step. */
  owners: Uint8Array;
  /** Each key's shard before the operation, when this step shows keys that moved; else null. */
  before: Uint8Array | null;
  hashes: Uint32Array;
  counts: readonly number[];
  pending: number | null;
  pendingKind: 'join' | 'leave' | null;
}) {
  const arcs = useMemo(() => ringArcs(ring), [ring]);
  const dots = useMemo(() => keyDots(hashes), [hashes]);
  const labels = useMemo(() => ringLabels(ring), [ring]);
  const { size, centre, radius, band } = RING_VIEW;
  const inner = radius - band / 2 - 3;
  const outer = radius + band / 2 + 3;

  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={describeRing(ring, counts, pending, pendingKind)}>
      {arcs.map((arc, i) => (
        <path
          key={`arc-${i}`}
          d={arcPath(arc.start, arc.end, radius)}
          className={`viz-ring-arc${pendingKind === 'leave' && arc.shard === pending ? ' is-leaving' : ''}`}
          stroke={shardColor(arc.shard)}
          strokeWidth={band}
        />
      ))}
      {ring.tokens.map((token) => {
        const turn = turnOf(token.position);
        const a = pointAt(turn, inner);
        const b = pointAt(turn, outer);
        const isPending = token.shard === pending;
        return <line key={`t-${token.shard}-${token.replica}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={`viz-ring-token${isPending ? ' is-pending' : ''}`} />;
      })}
      {labels.map((label) =>
        label.leader ? <line key={`ll-${label.shard}-${label.turn}`} {...label.leader} className="viz-ring-leader" /> : null,
      )}
      {labels.map((label) => (
        <text
          key={`l-${label.shard}-${label.turn}`}
          x={label.x}
          y={label.y}
          textAnchor="middle"
          dominantBaseline="central"
          className={`viz-ring-label${label.shard === pending ? ' is-pending' : ''}`}
        >
          {shardName(label.shard)}
        </text>
      ))}
      {dots.map((dot) => {
        const owner = owners[dot.index] ?? 0;
        const moved = before !== null && before[dot.index] !== owner;
        return <circle key={dot.index} cx={dot.x} cy={dot.y} r={moved ? 5.5 : 4} fill={shardColor(owner)} className={`viz-ring-key${moved ? ' is-moved' : ''}`} />;
      })}
      <text x={centre} y={centre - 8} textAnchor="middle" className="viz-ring-centre">
        {ring.shards.length} {ring.shards.length === 1 ? 'shard' : 'shards'} × {ring.vnodes}
      </text>
      <text x={centre} y={centre + 10} textAnchor="middle" className="viz-ring-centre">
        {ring.vnodes === 1 ? 'virtual node' : 'virtual nodes'}
      </text>
    </svg>
  );
}
