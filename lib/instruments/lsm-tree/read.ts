/**
 * The LSM read path: the memtable, then Level 0 newest file first, then at most one file per sorted level,
 * each guarded by its key range and its bloom filter, stopping at the first version found.
 */
import { mayContain } from './bloom';
import { entryText, fileName, levelName, NO_HIGHLIGHT, plural } from './text';
import { SORTED_LEVELS, type Entry, type FileRole, type LsmCounters, type LsmOpResult, type LsmState, type LsmStep, type SSTable } from './types';

/** Look `key` up: memtable, then Level 0 newest first, then one file per sorted level, stopping at the first version found. */
export function readKey(state: LsmState, key: number): LsmOpResult {
  const steps: LsmStep[] = [];
  const inMemory = state.memtable.find((e) => e.key === key);
  const roles: Record<number, FileRole> = {};
  let withFilters = 0;
  let withoutFilters = 0;
  let falsePositives = 0;
  let filterNo = 0;
  const hit: { found: { entry: Entry; where: string } | null } = { found: inMemory ? { entry: inMemory, where: 'the memtable' } : null };
  steps.push({
    kind: 'read-memtable',
    state,
    highlight: { ...NO_HIGHLIGHT, key, memtable: inMemory ? 'hit' : 'checked' },
    message: inMemory ? `Read ${key}: the memtable holds ${entryText(inMemory)}, so no file is read.` : `Read ${key}: not in the memtable (memory), so look on disk, newest data first.`,
    read: { withFilters: 0, withoutFilters: 0, falsePositives: 0 },
  });

  const consider = (file: SSTable, level: number) => {
    const entry = file.entries.find((e) => e.key === key);
    withoutFilters += 1;
    const maybe = mayContain(file.bloom, key);
    // A bloom filter has no false negatives; if this ever fired, the filter would be broken.
    if (!maybe && entry) throw new Error(`bloom filter of file #${file.id} lost key ${key}`);
    let role: FileRole;
    let what: string;
    if (!maybe) {
      role = 'filter-no';
      filterNo += 1;
      what = `its bloom filter says ${key} is definitely absent, so the file is skipped (without a filter it would be read).`;
    } else if (entry) {
      role = 'hit';
      withFilters += 1;
      what = `its bloom filter says "may be present"; read its index and a block: ${entryText(entry)}.`;
      hit.found = { entry, where: `${levelName(level)} ${fileName(file)}` };
    } else {
      role = 'false-positive';
      withFilters += 1;
      falsePositives += 1;
      what = `its bloom filter says "may be present", but reading the block finds no ${key}: a false positive, one wasted read.`;
    }
    roles[file.id] = role;
    steps.push({
      kind: 'read-file',
      state,
      highlight: { ...NO_HIGHLIGHT, key, memtable: 'checked', files: { ...roles } },
      message: `${levelName(level)} ${fileName(file)} covers keys ${file.min} to ${file.max}; ${what}`,
      read: { withFilters, withoutFilters, falsePositives },
    });
  };

  if (!hit.found) {
    for (const file of state.levels[0] ?? []) {
      if (hit.found) break;
      if (key < file.min || key > file.max) continue;
      consider(file, 0);
    }
    for (let level = 1; level <= SORTED_LEVELS && !hit.found; level++) {
      const files = state.levels[level] ?? [];
      if (files.length === 0) continue;
      const file = files.find((f) => key >= f.min && key <= f.max);
      if (file) consider(file, level);
      else
        steps.push({
          kind: 'read-level',
          state,
          highlight: { ...NO_HIGHLIGHT, key, memtable: 'checked', files: { ...roles } },
          message: `${levelName(level)}: no file's key range covers ${key}, so nothing there is read (the ranges are kept in memory).`,
          read: { withFilters, withoutFilters, falsePositives },
        });
    }
  }

  const counters: LsmCounters = {
    ...state.counters,
    reads: state.counters.reads + 1,
    filesReadWithFilters: state.counters.filesReadWithFilters + withFilters,
    filesReadWithoutFilters: state.counters.filesReadWithoutFilters + withoutFilters,
    falsePositives: state.counters.falsePositives + falsePositives,
  };
  const next: LsmState = { ...state, counters };
  const result = hit.found;
  const outcome = !result ? `${key} is not in the tree` : result.entry.tombstone ? `${key} was deleted (a tombstone in ${result.where})` : `found ${entryText(result.entry)} in ${result.where}`;
  const cost = `${plural(withFilters, 'file', 'files')} read with bloom filters, ${plural(withoutFilters, 'file', 'files')} without them${
    filterNo ? `; the filters skipped ${filterNo}` : ''
  }${falsePositives ? `; ${plural(falsePositives, 'false positive', 'false positives')}` : ''}`;
  steps.push({
    kind: 'read-result',
    state: next,
    highlight: { ...NO_HIGHLIGHT, key, memtable: inMemory ? 'hit' : 'checked', files: { ...roles } },
    message: `Read ${key}: ${outcome}. ${cost[0]?.toUpperCase()}${cost.slice(1)}.`,
    read: { withFilters, withoutFilters, falsePositives },
  });
  return { state: next, steps, summary: `Read ${key}: ${outcome}; ${withFilters} with filters, ${withoutFilters} without.` };
}
