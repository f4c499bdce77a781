/**
 * The playground's state in the address bar: the chosen example (`qp`), and the query text (`qpq`) and
 * index columns (`qpi`) when the reader changed them from the example's. With a urlKey the names are
 * prefixed (`key.qp`). What the database holds (the index, the runs) is not in the URL: a reloaded page
 * starts a fresh database, so a link reopens the question, not an answer.
 */
import { readOwnParams, writeOwnParams } from '../url';
import { MAX_INDEX_COLUMNS } from './index-spec';
import { DEFAULT_PRESET, findPreset, type QueryPreset } from './presets';
import { MAX_QUERY_LENGTH } from './query-input';

/** Parameter keys, without a prefix. */
export const PLAYGROUND_PARAMS = ['qp', 'qpq', 'qpi'] as const;

/** Longest index column list read from a link. */
const MAX_INDEX_TEXT = MAX_INDEX_COLUMNS * 24;

/** What the reader is looking at. */
export interface PlaygroundState {
  preset: QueryPreset;
  query: string;
  indexColumns: string;
}

/** A preset's own state. */
export function presetState(preset: QueryPreset): PlaygroundState {
  return { preset, query: preset.sql, indexColumns: preset.indexColumns };
}

/** Reads the state from a query string; a notice names what was ignored. */
export function decodePlaygroundState(search: string, prefix = '', fallback: QueryPreset = DEFAULT_PRESET): { state: PlaygroundState; notice: string | null } {
  // Each value has its own cap below, so the parameters as a whole are never too long to read.
  const one = readOwnParams(search, PLAYGROUND_PARAMS, prefix, Infinity).get;
  const ignored: string[] = [];
  const id = one('qp');
  let preset = fallback;
  if (id !== undefined) {
    const found = id === null ? undefined : findPreset(id);
    if (found) preset = found;
    else ignored.push('the example');
  }
  const state = presetState(preset);
  const query = one('qpq');
  if (query !== undefined) {
    if (query !== null && query.length <= MAX_QUERY_LENGTH) state.query = query;
    else ignored.push('the query');
  }
  const columns = one('qpi');
  if (columns !== undefined) {
    if (columns !== null && columns.length <= MAX_INDEX_TEXT) state.indexColumns = columns;
    else ignored.push('the index columns');
  }
  const notice = ignored.length ? `Part of this link could not be read (${ignored.join(', ')}), so the example’s own is shown instead.` : null;
  return { state, notice };
}

/** Writes the state into `current` (other parameters are kept), leaving out what equals the defaults. */
export function encodePlaygroundState(state: PlaygroundState, current: string, prefix = '', fallback: QueryPreset = DEFAULT_PRESET): string {
  return writeOwnParams(
    current,
    PLAYGROUND_PARAMS,
    {
      qp: state.preset.id === fallback.id ? undefined : state.preset.id,
      qpq: state.query === state.preset.sql ? undefined : state.query,
      qpi: state.indexColumns === state.preset.indexColumns ? undefined : state.indexColumns,
    },
    {},
    prefix,
  );
}
