import { describe, expect, it } from 'vitest';
import { findPreset, QUERY_PRESETS } from './presets';
import { decodePlaygroundState, encodePlaygroundState, presetState } from './url';

const shipped = findPreset('shipped')!;

describe('playground URL state', () => {
  it('starts from the default example with an empty query string', () => {
    const { state, notice } = decodePlaygroundState('');
    expect(state).toEqual(presetState(QUERY_PRESETS[0]));
    expect(notice).toBeNull();
    expect(encodePlaygroundState(state, '')).toBe('');
  });

  it('round-trips a preset, an edited query and edited columns, keeping other parameters', () => {
    const state = { preset: shipped, query: "SELECT * FROM orders WHERE status = 'pending'", indexColumns: 'status, total' };
    const search = encodePlaygroundState(state, '?other=1');
    expect(search).toContain('other=1');
    expect(search).toContain('qp=shipped');
    expect(decodePlaygroundState(search).state).toEqual(state);
    expect(encodePlaygroundState(presetState(shipped), '?other=1')).toBe('?other=1&qp=shipped');
  });

  it('uses the prefix when given', () => {
    const search = encodePlaygroundState(presetState(shipped), '', 'two');
    expect(search).toBe('?two.qp=shipped');
    expect(decodePlaygroundState(search, 'two').state.preset.id).toBe('shipped');
    expect(decodePlaygroundState(search).state.preset.id).toBe('one-day');
  });

  it('ignores unknown, repeated or oversized values with a notice that names them', () => {
    const { state, notice } = decodePlaygroundState(`?qp=nope&qpq=${'x'.repeat(3000)}&qpi=a&qpi=b`);
    expect(state).toEqual(presetState(QUERY_PRESETS[0]));
    expect(notice).toBe('Part of this link could not be read (the example, the query, the index columns), so the example’s own is shown instead.');
  });
});
