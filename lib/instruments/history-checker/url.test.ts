import { describe, expect, it } from 'vitest';
import { checkRegisterHistory } from './check';
import { HISTORY_PRESETS, matchHistoryPreset } from './presets';
import { decodeHistoryQuery, encodeHistoryQuery, HISTORY_DEFAULTS, TOO_MANY_NOTICE, type HistoryCheckerState } from './url';
import { MAX_OPERATIONS } from './validate';

describe('the history checker’s URL state', () => {
  it('round-trips a history and the order shown, keeping other parameters', () => {
    const state: HistoryCheckerState = {
      history: [
        { client: 1, kind: 'write', value: 200, invoke: 0, response: 60 },
        { client: 4, kind: 'read', value: 0, invoke: 36, response: 100 },
      ],
      show: 'sequential',
    };
    const query = encodeHistoryQuery(state, '?lag=5');
    expect(query).toBe('?lag=5&ops=1w200_0_60.4r0_36_100&show=seq');
    expect(decodeHistoryQuery(query)).toEqual({ state, notice: null });
    expect(encodeHistoryQuery(HISTORY_DEFAULTS, '?ops=1r0_0_1')).toBe('');
    expect(encodeHistoryQuery(state, '', HISTORY_DEFAULTS, 'two')).toBe('?two.ops=1w200_0_60.4r0_36_100&two.show=seq');
  });

  it('falls back to the default with a notice that never repeats the link, for hostile or malformed values', () => {
    const cases = [
      '?ops=%3Cscript%3E',
      '?ops=',
      '?ops=5w1_0_10',
      '?ops=1w1_10_5',
      '?ops=1w1_0_101',
      '?ops=1x1_0_10',
      '?ops=1w1000_0_10',
      '?ops=1w1_0_10&ops=1w2_0_10',
      '?ops=1w1_0_10.%3Cb%3Ehi',
      '?show=quorum',
    ];
    for (const search of cases) {
      const { state, notice } = decodeHistoryQuery(search);
      expect(notice, search).toContain('Part of this link could not be used');
      expect(notice).not.toMatch(/script|<b>|hi\b|quorum|1000/);
      expect(checkRegisterHistory(state.history).ok, search).toBe(true);
    }
  });

  it('says so when a link holds more operations than the checker takes', () => {
    const ops = Array.from({ length: MAX_OPERATIONS + 1 }, (_, i) => `1r0_${i * 2}_${i * 2 + 1}`).join('.');
    expect(decodeHistoryQuery(`?ops=${ops}`)).toEqual({ state: HISTORY_DEFAULTS, notice: TOO_MANY_NOTICE });
    expect(TOO_MANY_NOTICE).toContain(`more than ${MAX_OPERATIONS} operations`);
  });

  it('recognises every preset after a round trip', () => {
    for (const preset of HISTORY_PRESETS) {
      const decoded = decodeHistoryQuery(encodeHistoryQuery({ history: preset.history, show: 'linearizable' }, '')).state;
      expect(matchHistoryPreset(decoded.history)?.id).toBe(preset.id);
    }
    expect(matchHistoryPreset([{ client: 1, kind: 'read', value: 3, invoke: 0, response: 1 }])).toBeNull();
  });
});

describe('the registry entry', () => {
  it('lists the parameters and the length the codec reads', async () => {
    const { HISTORY_CHECKER_PARAMS, HISTORY_CHECKER_QUERY_LENGTH } = await import('./url');
    const { instrumentParams, instrumentQueryLimit } = await import('../registry');
    expect(instrumentParams('history-checker')).toEqual(HISTORY_CHECKER_PARAMS);
    expect(instrumentQueryLimit('history-checker')).toBe(HISTORY_CHECKER_QUERY_LENGTH);
  });
});
