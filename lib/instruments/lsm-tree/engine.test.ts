import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmplification, writeAmplification } from './amplification';
import { emptyLsm, entryCount, levelTarget, writeKey } from './engine';
import { readKey } from './read';
import { SORTED_LEVELS, type LsmConfig, type LsmState } from './types';
import { randomKeys, traceLsm, type LsmOp } from './trace';

const SMALL: LsmConfig = { memtableSize: 2, l0Trigger: 2, sizeRatio: 2, bitsPerKey: 10 };
const writes = (...keys: number[]): LsmOp[] => keys.map((key) => ({ kind: 'write', key }));
const keysOf = (state: LsmState, level: number) => (state.levels[level] ?? []).map((f) => f.entries.map((e) => e.key));

describe('LSM counters on small hand-computed cases', () => {
  it('flush, then compaction of Level 0 into Level 1: write amplification 3', () => {
    const { state } = traceLsm(SMALL, writes(1, 2, 3, 4));
    // Two flushes of 2 entries; Level 0 reaches its trigger of 2 and merges 4 entries into Level 1.
    expect(state.counters).toMatchObject({ userBytes: 400, walBytes: 400, flushBytes: 400, compactionBytes: 400, flushes: 2, compactions: 1 });
    expect(writeAmplification(state.counters)).toBe(3);
    expect(keysOf(state, 0)).toEqual([]);
    expect(keysOf(state, 1)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rewrites overlapping data, drops older versions, and pushes a file down when a level is over target', () => {
    const trace = traceLsm(SMALL, writes(1, 2, 3, 4, 1, 5));
    expect(writeAmplification(trace.state.counters)).toBeCloseTo(1600 / 600, 12);
    const { state, frames } = traceLsm(SMALL, writes(1, 2, 3, 4, 1, 5, 2, 6));
    // Second Level 0 compaction merges [2 6] [1 5] with [1 2] [3 4]: 6 entries written, 2 older versions dropped.
    // Level 1 then holds 6 > its target of 4, so its first file [1 2] moves to Level 2 (2 more entries).
    expect(levelTarget(SMALL, 1)).toBe(4);
    expect(state.counters).toMatchObject({ userBytes: 800, walBytes: 800, flushBytes: 800, compactionBytes: 400 + 600 + 200, compactions: 3 });
    expect(writeAmplification(state.counters)).toBe(3.5);
    expect(keysOf(state, 1)).toEqual([
      [3, 4],
      [5, 6],
    ]);
    expect(keysOf(state, 2)).toEqual([[1, 2]]);
    expect(frames.some((f) => f.message.includes('dropped 2 older versions'))).toBe(true);
  });

  it('counts files read per lookup with and without bloom filters', () => {
    const { state } = traceLsm(SMALL, [...writes(1, 2, 3, 4, 1, 5, 2, 6), { kind: 'read', key: 1 }, { kind: 'read', key: 7 }]);
    // Key 1 (newest version 5): no Level 1 file covers it, the Level 2 file does. Key 7: no file covers it.
    expect(state.counters).toMatchObject({ reads: 2, filesReadWithFilters: 1, filesReadWithoutFilters: 1 });
    expect(readAmplification(state.counters)).toEqual({ withFilters: 0.5, withoutFilters: 0.5 });
    const read = readKey(state, 1);
    expect(read.summary).toBe('Read 1: found 1 = v5 in Level 2 file #10; 1 with filters, 1 without.');
  });

  it('skips Level 0 files whose filter says no, which reads without filters would have opened', () => {
    // Three overlapping Level 0 files (trigger 4): [10 90] [20 80] [30 70]; key 50 is in none.
    const config: LsmConfig = { memtableSize: 2, l0Trigger: 4, sizeRatio: 2, bitsPerKey: 16 };
    const { state } = traceLsm(config, [...writes(10, 90, 20, 80, 30, 70), { kind: 'read', key: 50 }]);
    expect(state.levels[0]).toHaveLength(3);
    expect(state.counters.filesReadWithoutFilters).toBe(3);
    expect(state.counters.filesReadWithFilters).toBe(state.counters.falsePositives);
    expect(state.counters.filesReadWithFilters).toBeLessThanOrEqual(3);
  });

  it('finds a key in the memtable without reading any file', () => {
    const result = readKey(writeKey(emptyLsm(), SMALL, 5).state, 5);
    expect(result.state.counters).toMatchObject({ reads: 1, filesReadWithFilters: 0, filesReadWithoutFilters: 0 });
    expect(result.steps).toHaveLength(2);
  });
});

describe('LSM compaction', () => {
  const op = fc.oneof(
    fc.record({ kind: fc.constant<'write'>('write'), key: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant<'delete'>('delete'), key: fc.integer({ min: 1, max: 40 }) }),
  );
  const config = fc.record({
    memtableSize: fc.integer({ min: 2, max: 8 }),
    l0Trigger: fc.integer({ min: 2, max: 6 }),
    sizeRatio: fc.integer({ min: 2, max: 10 }),
    bitsPerKey: fc.integer({ min: 1, max: 16 }),
  });

  it('preserves the newest value of every key, keeps levels sorted and within target, and never loses a key to a filter', () => {
    fc.assert(
      fc.property(config, fc.array(op, { maxLength: 200 }), (cfg, ops) => {
        const { state } = traceLsm(cfg, ops);
        // Reference: the newest version number of each key, or a deletion.
        const model = new Map<number, { version: number; deleted: boolean }>();
        ops.forEach((o, i) => model.set(o.key, { version: i + 1, deleted: o.kind === 'delete' }));
        for (let key = 1; key <= 40; key++) {
          const read = readKey(state, key);
          const expected = model.get(key);
          if (!expected || expected.deleted) expect(read.summary).toMatch(/not in the tree|was deleted/);
          else expect(read.summary).toContain(`found ${key} = v${expected.version} `);
        }
        expect(state.levels[0]!.length).toBeLessThan(cfg.l0Trigger);
        for (let level = 1; level <= SORTED_LEVELS; level++) {
          const files = state.levels[level] ?? [];
          if (level < SORTED_LEVELS) expect(entryCount(files)).toBeLessThanOrEqual(levelTarget(cfg, level));
          for (let i = 0; i < files.length; i++) {
            const f = files[i]!;
            expect(f.entries.map((e) => e.key)).toEqual([...f.entries.map((e) => e.key)].sort((a, b) => a - b));
            if (i > 0) expect(f.min).toBeGreaterThan(files[i - 1]!.max);
          }
        }
        // Write amplification is at least 1 (the log) once anything was written.
        if (ops.length) expect(writeAmplification(state.counters)).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('drops a tombstone once nothing older is left below it', () => {
    const ops: LsmOp[] = [...writes(1, 2), { kind: 'delete', key: 1 }, { kind: 'write', key: 3 }];
    const { state } = traceLsm(SMALL, ops);
    // Level 0 [1 2] and [1(deleted) 3] merge into Level 1, the deepest data: the tombstone for 1 goes with its value.
    expect(keysOf(state, 1).flat()).toEqual([2, 3]);
  });
});

describe('random batches', () => {
  it('are distinct, in range and repeatable', () => {
    const keys = randomKeys(4, 13);
    expect(new Set(keys).size).toBe(4);
    expect(keys.every((k) => k >= 1 && k <= 99)).toBe(true);
    expect(randomKeys(4, 13)).toEqual(keys);
    expect(randomKeys(200, 1, 20)).toHaveLength(20);
  });
});
