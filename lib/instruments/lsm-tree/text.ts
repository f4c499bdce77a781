/** Wording shared by the write and read paths' step messages. */
import type { Entry, LsmHighlight, SSTable } from './types';

/** A step that lights nothing up. */
export const NO_HIGHLIGHT: LsmHighlight = { key: null, memtable: null, files: {}, level: null };
/** "Level 2". */
export const levelName = (level: number) => `Level ${level}`;
/** "1 file", "3 files". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "file #7". */
export const fileName = (file: SSTable) => `file #${file.id}`;
/** "17 = v4", or "17 (deleted)" for a tombstone. */
export const entryText = (e: Entry) => (e.tombstone ? `${e.key} (deleted)` : `${e.key} = v${e.version}`);
