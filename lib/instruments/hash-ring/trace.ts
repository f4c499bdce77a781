/**
 * The reader's history (a starting ring, then shards added and removed) replayed into the timeline the step
 * controls move through. Each operation takes two steps: the tokens change on the ring while keys stay
 * where they were, then the keys move to their new owners, counted under the ring and under `hash mod N`.
 */
import { loadCounts, loadSpread, movement, type Movement } from './load';
import { assignModN, assignRing, buildRing, firstShards, SHARD_RANGE, shardName, type Ring } from './ring';

/** One thing the reader did: add a shard (the first free letter), or remove a named one. */
export type RingOp = { kind: 'add' } | { kind: 'remove'; shard: number };

/** The settings the whole history is replayed under. */
export interface RingSettings {
  /** Shards on the ring at the start (A, B, … in order). */
  shards: number;
  vnodes: number;
}

/** The ring after some number of operations, with every key's shard under both rules. */
export interface RingState {
  ring: Ring;
  owners: Uint8Array;
  modOwners: Uint8Array;
  /** Keys per shard, in ring.shards order. */
  counts: number[];
  modCounts: number[];
}

/** What one operation changed. */
export interface RingChange {
  op: RingOp;
  /** The shard added or removed. */
  shard: number;
  before: RingState;
  after: RingState;
  ring: Movement;
  modN: Movement;
}

/** What kind of moment a step shows. */
export type RingFrameKind = 'start' | 'join' | 'leave' | 'moved';

/** One step of the timeline. */
export interface RingFrame {
  kind: RingFrameKind;
  /** The operation this step belongs to, −1 for the start. */
  op: number;
  /** The tokens drawn. */
  ring: Ring;
  /** Each key's shard as drawn at this step, under the ring and under mod N. */
  owners: Uint8Array;
  modOwners: Uint8Array;
  /** A shard joining or leaving at this step (its tokens are marked), or null. */
  pending: number | null;
  /** The operation's change: set on its steps, null at the start. */
  change: RingChange | null;
  message: string;
}

/** The replayed history. */
export interface RingTrace {
  frames: RingFrame[];
  /** Index of the first frame of each operation. */
  opStarts: number[];
  /** One line per operation. */
  summaries: string[];
  /** The ring after every operation. */
  final: RingState;
}

const fmt = (n: number) => n.toLocaleString('en-US');
/** A share as a percentage with one decimal: 0.1987 → "19.9%". */
export const percent = (share: number) => `${(share * 100).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** The shard lists after each operation, or the index of the first operation that cannot be applied. */
export function applyOps(startShards: number, ops: readonly RingOp[]): { lists: number[][] } | { invalidAt: number; reason: string } {
  let shards = firstShards(startShards);
  const lists = [shards];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as RingOp;
    if (op.kind === 'add') {
      if (shards.length >= SHARD_RANGE.max) return { invalidAt: i, reason: `a ring here holds at most ${SHARD_RANGE.max} shards` };
      shards = [...shards, nextFreeShard(shards)];
    } else {
      if (!shards.includes(op.shard)) return { invalidAt: i, reason: `shard ${shardName(op.shard)} is not on the ring` };
      if (shards.length <= SHARD_RANGE.min) return { invalidAt: i, reason: 'the last shard cannot leave' };
      shards = shards.filter((s) => s !== op.shard);
    }
    lists.push(shards);
  }
  return { lists };
}

/** The lowest-numbered shard not on the ring (a removed shard's letter is reused). */
export function nextFreeShard(shards: readonly number[]): number {
  let shard = 0;
  while (shards.includes(shard)) shard += 1;
  return shard;
}

function stateOf(shards: readonly number[], vnodes: number, hashes: Uint32Array): RingState {
  const ring = buildRing(shards, vnodes);
  const owners = assignRing(ring, hashes);
  const modOwners = assignModN(shards, hashes);
  return { ring, owners, modOwners, counts: loadCounts(owners, shards), modCounts: loadCounts(modOwners, shards) };
}

function breakdown(to: Map<number, number>): string {
  return [...to.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([shard, count]) => `${shardName(shard)} (${fmt(count)})`)
    .join(', ');
}

function describeStart(state: RingState): string {
  const { ring } = state;
  const n = ring.shards.length;
  const spread = loadSpread(state.counts);
  const names = n === 1 ? 'shard A' : `shards ${list(ring.shards.map(shardName))}`;
  return (
    `${names.charAt(0).toUpperCase()}${names.slice(1)}, with ${ring.vnodes} virtual ${ring.vnodes === 1 ? 'node' : 'nodes'} each: ` +
    `${fmt(ring.tokens.length)} ${ring.tokens.length === 1 ? 'token' : 'tokens'} on the ring. A key belongs to the first token clockwise from it. ` +
    (n === 1 ? 'One shard holds every key.' : `The busiest shard holds ${spread.maxOverMean.toFixed(2)}× its fair share of the keys.`)
  );
}

function describeMoved(change: RingChange): string {
  const { ring, modN, shard, after } = change;
  const name = shardName(shard);
  const n = after.ring.shards.length;
  if (change.op.kind === 'add') {
    return (
      `${fmt(ring.moved)} of ${fmt(ring.total)} keys (${percent(ring.share)}) moved, every one of them to ${name}: exactly the share of the ring ${name} took, which averages 1 in ${n} (${percent(1 / n)}). ` +
      `hash mod ${n} over the same keys moves ${fmt(modN.moved)} (${percent(modN.share)}), most of them between shards that were already there.`
    );
  }
  return (
    `${name}'s ${fmt(ring.moved)} keys (${percent(ring.share)}) each walked clockwise to the next token and now sit on ${breakdown(ring.to) || 'no shard'}; no other key moved. ` +
    `hash mod ${n} moves ${fmt(modN.moved)} (${percent(modN.share)}).`
  );
}

/** One line for the history list. */
function summarize(change: RingChange): string {
  const verb = change.op.kind === 'add' ? 'Add' : 'Remove';
  return `${verb} ${shardName(change.shard)}: the ring moved ${percent(change.ring.share)} of keys, hash mod N ${percent(change.modN.share)}.`;
}

/**
 * Replays `ops` from a ring of `settings.shards` shards with `settings.vnodes` tokens each, over the keys
 * whose ring positions are `hashes`. Frame 0 is the starting ring. Throws RangeError on settings or
 * operations that cannot be applied (the URL decoder rejects those first).
 */
export function traceRing(settings: RingSettings, ops: readonly RingOp[], hashes: Uint32Array): RingTrace {
  const applied = applyOps(settings.shards, ops);
  if ('invalidAt' in applied) throw new RangeError(`operation ${applied.invalidAt + 1}: ${applied.reason}`);
  let state = stateOf(applied.lists[0] as number[], settings.vnodes, hashes);
  const frames: RingFrame[] = [
    { kind: 'start', op: -1, ring: state.ring, owners: state.owners, modOwners: state.modOwners, pending: null, change: null, message: describeStart(state) },
  ];
  const opStarts: number[] = [];
  const summaries: string[] = [];
  ops.forEach((op, index) => {
    const nextShards = applied.lists[index + 1] as number[];
    const next = stateOf(nextShards, settings.vnodes, hashes);
    const shard = op.kind === 'add' ? (nextShards[nextShards.length - 1] as number) : op.shard;
    const change: RingChange = { op, shard, before: state, after: next, ring: movement(state.owners, next.owners), modN: movement(state.modOwners, next.modOwners) };
    const name = shardName(shard);
    const v = settings.vnodes;
    opStarts.push(frames.length);
    if (op.kind === 'add') {
      frames.push({
        kind: 'join',
        op: index,
        ring: next.ring,
        owners: state.owners,
        modOwners: state.modOwners,
        pending: shard,
        change,
        message: `Shard ${name} joins: its ${v} ${v === 1 ? 'token goes' : 'tokens go'} on the ring, and each takes over the arc just counter-clockwise of it, back to the previous token. Keys have not moved yet.`,
      });
    } else {
      const held = change.before.counts[change.before.ring.shards.indexOf(shard)] ?? 0;
      frames.push({
        kind: 'leave',
        op: index,
        ring: state.ring,
        owners: state.owners,
        modOwners: state.modOwners,
        pending: shard,
        change,
        message: `Shard ${name} leaves: its ${v} ${v === 1 ? 'token comes' : 'tokens come'} off the ring, and the ${fmt(held)} keys (${percent(held / Math.max(1, hashes.length))}) it held need new shards.`,
      });
    }
    frames.push({ kind: 'moved', op: index, ring: next.ring, owners: next.owners, modOwners: next.modOwners, pending: null, change, message: describeMoved(change) });
    summaries.push(summarize(change));
    state = next;
  });
  return { frames, opStarts, summaries, final: state };
}
