/**
 * A small leveled LSM-tree, as the storage-engines lesson describes RocksDB's default layout: writes go to a
 * write-ahead log and a sorted memtable; a full memtable is flushed as an immutable SSTable into Level 0;
 * when Level 0 holds `l0Trigger` files they are merged with the overlapping part of Level 1; each deeper
 * level is one sorted run of non-overlapping files whose target size grows by `sizeRatio` per level, and a
 * level over its target pushes one file (round robin) down into the overlapping files of the next.
 *
 * Sizes are counted in entries; every entry (key and value, or a tombstone) is ENTRY_BYTES bytes, so write
 * amplification in bytes equals it in entries. Every function returns new objects; nothing is mutated.
 */

import { buildBloom } from './bloom';
import { entryText, fileName, levelName, NO_HIGHLIGHT, plural } from './text';
import { ENTRY_BYTES, SORTED_LEVELS, type Entry, type FileRole, type LsmConfig, type LsmCounters, type LsmOpResult, type LsmState, type LsmStep, type SSTable } from './types';

const ZERO: LsmCounters = {
  userBytes: 0,
  walBytes: 0,
  flushBytes: 0,
  compactionBytes: 0,
  flushes: 0,
  compactions: 0,
  reads: 0,
  filesReadWithFilters: 0,
  filesReadWithoutFilters: 0,
  falsePositives: 0,
};

/** An empty tree. */
export function emptyLsm(): LsmState {
  return {
    memtable: [],
    levels: Array.from({ length: SORTED_LEVELS + 1 }, () => []),
    nextFileId: 1,
    nextVersion: 1,
    cursors: Array.from({ length: SORTED_LEVELS + 1 }, () => -Infinity),
    counters: ZERO,
  };
}

/** Target size in entries of sorted level `level` (1-based): Level 1 holds what Level 0 holds at its trigger. */
export function levelTarget(config: LsmConfig, level: number): number {
  return config.memtableSize * config.l0Trigger * config.sizeRatio ** (level - 1);
}

/** Entries in a list of files. */
export function entryCount(files: readonly SSTable[]): number {
  return files.reduce((sum, file) => sum + file.entries.length, 0);
}

/** A new SSTable holding `entries` (sorted, at least one), with its bloom filter. */
export function makeFile(id: number, entries: readonly Entry[], bitsPerKey: number): SSTable {
  return {
    id,
    entries,
    min: (entries[0] as Entry).key,
    max: (entries[entries.length - 1] as Entry).key,
    bloom: buildBloom(
      entries.map((e) => e.key),
      bitsPerKey,
    ),
  };
}


function overlaps(file: SSTable, min: number, max: number): boolean {
  return file.max >= min && file.min <= max;
}

/** Newest version of each key among `files` (versions grow with time, so the largest wins), sorted by key. */
export function mergeNewest(files: readonly SSTable[]): { merged: Entry[]; dropped: number } {
  const newest = new Map<number, Entry>();
  let total = 0;
  for (const file of files) {
    for (const entry of file.entries) {
      total += 1;
      const seen = newest.get(entry.key);
      if (!seen || entry.version > seen.version) newest.set(entry.key, entry);
    }
  }
  const merged = [...newest.values()].sort((a, b) => a.key - b.key);
  return { merged, dropped: total - merged.length };
}

/**
 * Merge `upper` (newer) with the overlapping files of `level` and write the result into `level`, in files
 * of at most `memtableSize` entries. A tombstone is dropped when no deeper level could still hold the key.
 */
function compactInto(state: LsmState, config: LsmConfig, upperLevel: number, upper: readonly SSTable[], level: number, steps: LsmStep[], reason: string): LsmState {
  const min = Math.min(...upper.map((f) => f.min));
  const max = Math.max(...upper.map((f) => f.max));
  const target = state.levels[level] ?? [];
  const lower = target.filter((f) => overlaps(f, min, max));
  const inputs = [...upper, ...lower];
  const files: Record<number, FileRole> = {};
  for (const f of inputs) files[f.id] = 'input';
  steps.push({
    kind: 'compact-pick',
    state,
    highlight: { key: null, memtable: null, files, level },
    message: `${reason} Merge ${plural(upper.length, 'file', 'files')} from ${levelName(upperLevel)} with ${
      lower.length === 0 ? `no overlapping file in ${levelName(level)}` : `the ${plural(lower.length, 'overlapping file', 'overlapping files')} in ${levelName(level)}`
    } (keys ${min} to ${max}).`,
  });

  const { merged, dropped } = mergeNewest(inputs);
  const deeper = state.levels.slice(level + 1).flat();
  const kept = merged.filter((e) => !e.tombstone || deeper.some((f) => e.key >= f.min && e.key <= f.max));
  const tombstonesDropped = merged.length - kept.length;
  let nextFileId = state.nextFileId;
  const outputs: SSTable[] = [];
  for (let i = 0; i < kept.length; i += config.memtableSize) outputs.push(makeFile(nextFileId++, kept.slice(i, i + config.memtableSize), config.bitsPerKey));
  const levels = state.levels.map((files, index) => {
    if (index === upperLevel) return files.filter((f) => !upper.includes(f));
    if (index === level) return [...files.filter((f) => !lower.includes(f)), ...outputs].sort((a, b) => a.min - b.min);
    return files;
  });
  const written = kept.length * ENTRY_BYTES;
  const next: LsmState = {
    ...state,
    levels,
    nextFileId,
    counters: { ...state.counters, compactionBytes: state.counters.compactionBytes + written, compactions: state.counters.compactions + 1 },
  };
  const outFiles: Record<number, FileRole> = {};
  for (const f of outputs) outFiles[f.id] = 'output';
  const removed = [dropped > 0 ? `dropped ${plural(dropped, 'older version', 'older versions')}` : '', tombstonesDropped > 0 ? `dropped ${plural(tombstonesDropped, 'tombstone', 'tombstones')} with nothing left to hide` : '']
    .filter(Boolean)
    .join(' and ');
  steps.push({
    kind: 'compact-write',
    state: next,
    highlight: { key: null, memtable: null, files: outFiles, level },
    message: `Wrote ${plural(kept.length, 'entry', 'entries')} (${written.toLocaleString('en-US')} bytes) into ${levelName(level)} as ${plural(outputs.length, 'file', 'files')}${
      removed ? `; ${removed}` : ''
    }. Every byte rewritten here counts towards write amplification.`,
  });
  return next;
}

/** Runs compactions until Level 0 is under its trigger and every sorted level is within its target. */
function compactAsNeeded(start: LsmState, config: LsmConfig, steps: LsmStep[]): LsmState {
  let state = start;
  const l0 = state.levels[0] ?? [];
  if (l0.length >= config.l0Trigger) {
    state = compactInto(state, config, 0, l0, 1, steps, `${levelName(0)} holds ${plural(l0.length, 'file', 'files')}, its compaction trigger is ${config.l0Trigger}, and its key ranges overlap.`);
  }
  for (let level = 1; level < SORTED_LEVELS; level++) {
    // Each push moves at least one entry down, so this ends.
    while (entryCount(state.levels[level] ?? []) > levelTarget(config, level)) {
      const files = state.levels[level] ?? [];
      const cursor = state.cursors[level] ?? -Infinity;
      const pick = files.find((f) => f.min > cursor) ?? (files[0] as SSTable);
      const size = entryCount(files);
      state = { ...state, cursors: state.cursors.map((c, i) => (i === level ? pick.max : c)) };
      state = compactInto(
        state,
        config,
        level,
        [pick],
        level + 1,
        steps,
        `${levelName(level)} holds ${plural(size, 'entry', 'entries')}, over its target of ${levelTarget(config, level)}, so its next file in key order (${fileName(pick)}) moves down.`,
      );
    }
  }
  return state;
}

/** Write (or delete, with a tombstone) `key`: log, memtable, then a flush and compactions when they are due. */
export function writeKey(state: LsmState, config: LsmConfig, key: number, tombstone = false): LsmOpResult {
  const entry: Entry = { key, version: state.nextVersion, tombstone };
  const memtable = [...state.memtable.filter((e) => e.key !== key), entry].sort((a, b) => a.key - b.key);
  const replaced = memtable.length === state.memtable.length;
  let next: LsmState = {
    ...state,
    memtable,
    nextVersion: state.nextVersion + 1,
    counters: { ...state.counters, userBytes: state.counters.userBytes + ENTRY_BYTES, walBytes: state.counters.walBytes + ENTRY_BYTES },
  };
  const steps: LsmStep[] = [];
  const full = memtable.length >= config.memtableSize;
  const what = tombstone ? `Delete ${key}: append a tombstone` : `Write ${entryText(entry)}: append it`;
  steps.push({
    kind: 'put',
    state: next,
    highlight: { ...NO_HIGHLIGHT, key, memtable: full ? 'full' : 'put' },
    message: `${what} to the write-ahead log (${ENTRY_BYTES} bytes) and put it in the memtable${replaced ? ', replacing the older version there' : ''}: ${memtable.length} of ${config.memtableSize} entries. Nothing on disk was read.`,
  });
  if (!full) return { state: next, steps, summary: tombstone ? `Delete ${key}: tombstone in the memtable.` : `Write ${key}: in the memtable.` };

  const file = makeFile(next.nextFileId, memtable, config.bitsPerKey);
  const flushed = memtable.length * ENTRY_BYTES;
  next = {
    ...next,
    memtable: [],
    nextFileId: next.nextFileId + 1,
    levels: next.levels.map((files, index) => (index === 0 ? [file, ...files] : files)),
    counters: { ...next.counters, flushBytes: next.counters.flushBytes + flushed, flushes: next.counters.flushes + 1 },
  };
  steps.push({
    kind: 'flush',
    state: next,
    highlight: { ...NO_HIGHLIGHT, key, files: { [file.id]: 'flushed' }, level: 0 },
    message: `The memtable is full: flush its ${memtable.length} entries in key order as ${fileName(file)} in ${levelName(0)} (${flushed.toLocaleString('en-US')} bytes, one sequential write, with a bloom filter of ${file.bloom.m} bits). A fresh memtable takes new writes.`,
  });
  const before = next.counters.compactions;
  next = compactAsNeeded(next, config, steps);
  const compactions = next.counters.compactions - before;
  return {
    state: next,
    steps,
    summary: `${tombstone ? `Delete ${key}` : `Write ${key}`}: memtable flushed to ${levelName(0)}${compactions ? `, then ${plural(compactions, 'compaction', 'compactions')}` : ''}.`,
  };
}

