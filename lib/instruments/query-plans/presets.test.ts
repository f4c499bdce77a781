import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, findPreset, presetIndex, QUERY_PRESETS } from './presets';
import { checkQuery } from './query-input';

describe('QUERY_PRESETS', () => {
  it.each(QUERY_PRESETS.map((p) => [p.id, p] as const))('%s has a runnable query and a valid index', (_, preset) => {
    expect(checkQuery(preset.sql).ok).toBe(true);
    expect(presetIndex(preset).keys.length).toBeGreaterThan(0);
  });
  it('has unique ids, and the default is the first', () => {
    expect(new Set(QUERY_PRESETS.map((p) => p.id)).size).toBe(QUERY_PRESETS.length);
    expect(DEFAULT_PRESET.id).toBe('one-day');
    expect(findPreset('shipped')?.indexColumns).toBe('status');
    expect(findPreset('nope')).toBeUndefined();
  });
});
