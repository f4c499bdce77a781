import { describe, expect, it } from 'vitest';
import { matchReplicationPreset, REPLICATION_PRESETS } from './presets';
import { simulateReplication } from './simulate';
import type { ReplicationScenario } from './types';
import { decodeReplicationQuery, encodeReplicationQuery, REPLICATION_DEFAULTS } from './url';
import { MAX_ACTIONS } from './validate';

describe('the replication timeline’s URL state', () => {
  it('round-trips every setting and action, keeping other parameters', () => {
    const state: ReplicationScenario = {
      lags: [300, 0, 2000],
      networkMs: 40,
      routing: 'ryw',
      commit: 'sync',
      crashAt: 1234,
      actions: [
        { kind: 'write', at: 0, session: 'you', key: 'x', value: 7 },
        { kind: 'read', at: 5000, session: 'other', key: 'z' },
        { kind: 'write', at: 20, session: 'other', key: 'y', value: 999 },
      ],
    };
    const query = encodeReplicationQuery(state, '?order=4');
    expect(query).toBe('?order=4&lag=300.0.2000&net=40&route=ryw&commit=sync&crash=1234&acts=0wx7.o5000rz.o20wy999');
    expect(decodeReplicationQuery(query)).toEqual({ state, notice: null });
    expect(encodeReplicationQuery(REPLICATION_DEFAULTS, '?lag=5')).toBe('');
    // A lesson's preset with a crash can be switched off by a link.
    const crashPreset = REPLICATION_PRESETS.find((p) => p.id === 'crash-async')!.scenario;
    expect(encodeReplicationQuery({ ...crashPreset, crashAt: null }, '', crashPreset)).toBe('?crash=off');
    expect(decodeReplicationQuery('?crash=off', crashPreset).state.crashAt).toBeNull();
  });

  it('falls back to defaults with a notice that never repeats the link, for hostile or malformed values', () => {
    const cases: Array<[string, string]> = [
      ['?lag=%3Cscript%3E', 'replica lags'],
      ['?lag=100.100.100.100', 'replica lags'],
      ['?lag=2001', 'replica lags'],
      ['?lag=', 'replica lags'],
      ['?net=0', 'network delay'],
      ['?route=nearest', 'read routing'],
      ['?commit=quorum&commit=sync', 'commit mode'],
      ['?crash=-1', 'crash time'],
      ['?acts=100wx', 'reads and writes'],
      ['?acts=100rx5', 'reads and writes'],
      ['?acts=9000rx', 'reads and writes'],
      ['?acts=100wq1', 'reads and writes'],
      ['?acts=100wx1000', 'reads and writes'],
      ['?acts=1wx1.%3Cb%3Ehi', 'reads and writes'],
      [`?acts=${Array.from({ length: MAX_ACTIONS + 1 }, () => '1rx').join('.')}`, 'reads and writes'],
    ];
    for (const [search, name] of cases) {
      const { state, notice } = decodeReplicationQuery(search);
      expect(notice, search).toContain(name);
      expect(notice).not.toMatch(/script|<b>|hi\b|nearest|quorum|9000/);
      expect(simulateReplication(state).ok, search).toBe(true);
    }
    const partly = decodeReplicationQuery('?lag=50.60&route=zz');
    expect(partly.state).toEqual({ ...REPLICATION_DEFAULTS, lags: [50, 60] });
    expect(partly.notice).toContain('the read routing');
  });

  it('recognises the presets, and every preset runs', () => {
    for (const preset of REPLICATION_PRESETS) {
      expect(matchReplicationPreset(structuredClone(preset.scenario))?.id).toBe(preset.id);
      const decoded = decodeReplicationQuery(encodeReplicationQuery(preset.scenario, '')).state;
      expect(matchReplicationPreset(decoded)?.id).toBe(preset.id);
      expect(simulateReplication(preset.scenario).ok).toBe(true);
    }
    expect(matchReplicationPreset({ ...REPLICATION_DEFAULTS, lags: [201] })).toBeNull();
  });
});
