/**
 * The reader's history of writes, deletes and reads, replayed into one timeline of steps.
 */
import { emptyLsm, writeKey } from './engine';
import { readKey } from './read';
import type { LsmConfig, LsmState, LsmStep } from './types';

/** One thing the reader did. */
export interface LsmOp {
  kind: 'write' | 'delete' | 'read';
  key: number;
}

/** A step of the timeline with the operation it belongs to (-1 for the starting point). */
export interface LsmFrame extends LsmStep {
  op: number;
}

/** The replayed history. */
export interface LsmTrace {
  frames: LsmFrame[];
  /** Index of the first frame of each operation. */
  opStarts: number[];
  summaries: string[];
  state: LsmState;
}

/** Replays `ops` on an empty tree with `config`. Frame 0 is the starting point. */
export function traceLsm(config: LsmConfig, ops: readonly LsmOp[]): LsmTrace {
  let state = emptyLsm();
  const frames: LsmFrame[] = [
    {
      kind: 'start',
      state,
      highlight: { key: null, memtable: null, files: {}, level: null },
      message: `An empty LSM-tree: a memtable of ${config.memtableSize} entries, Level 0 compacts at ${config.l0Trigger} files, and each level is ${config.sizeRatio} times the one above.`,
      op: -1,
    },
  ];
  const opStarts: number[] = [];
  const summaries: string[] = [];
  ops.forEach((op, index) => {
    const result = op.kind === 'read' ? readKey(state, op.key) : writeKey(state, config, op.key, op.kind === 'delete');
    opStarts.push(frames.length);
    summaries.push(result.summary);
    for (const step of result.steps) frames.push({ ...step, op: index });
    state = result.state;
  });
  return { frames, opStarts, summaries, state };
}

/** `count` distinct keys in [1, max] from a seeded generator (mulberry32), so the same seed gives the same keys. */
export function randomKeys(count: number, seed: number, max = 99): number[] {
  let a = seed >>> 0;
  const keys: number[] = [];
  while (keys.length < Math.min(count, max)) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    const key = 1 + Math.floor(r * max);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
