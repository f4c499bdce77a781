import { describe, expect, it } from 'vitest';
import { decodeLsmQuery, encodeLsmQuery, LSM_DEFAULTS, MAX_LSM_OPS, type LsmUrlState } from './url';

describe('the LSM visualizer’s URL state', () => {
  it('round-trips settings and operations, keeping other parameters', () => {
    const state: LsmUrlState = {
      config: { memtableSize: 3, l0Trigger: 2, sizeRatio: 10, bitsPerKey: 4 },
      ops: [
        { kind: 'write', key: 17 },
        { kind: 'delete', key: 17 },
        { kind: 'read', key: 999 },
      ],
    };
    const query = encodeLsmQuery(state, '?order=4');
    expect(query).toBe('?order=4&mem=3&l0=2&ratio=10&bits=4&ops=w17.d17.r999');
    expect(decodeLsmQuery(query)).toEqual({ state, notice: null });
    expect(encodeLsmQuery(LSM_DEFAULTS, '?mem=3')).toBe('');
  });

  it('falls back to defaults with a notice that never repeats the link, for hostile or malformed values', () => {
    const cases: Array<[string, string]> = [
      ['?mem=%3Cscript%3E', 'memtable size'],
      ['?mem=1', 'memtable size'],
      ['?l0=7', 'Level 0 trigger'],
      ['?ratio=1', 'size ratio'],
      ['?bits=0&bits=3', 'bloom filter bits'],
      ['?ops=w1.x2', 'operations'],
      ['?ops=w0', 'operations'],
      ['?ops=w1000', 'operations'],
      ['?ops=w1.%3Cb%3Ehi', 'operations'],
      [`?ops=${Array.from({ length: MAX_LSM_OPS + 1 }, () => 'w1').join('.')}`, 'operations'],
    ];
    for (const [search, name] of cases) {
      const { state, notice } = decodeLsmQuery(search);
      expect(notice, search).toContain(name);
      expect(notice).not.toMatch(/script|<b>|hi\b|1000/);
      expect(state.ops.length).toBeLessThanOrEqual(MAX_LSM_OPS);
    }
    const partly = decodeLsmQuery('?mem=6&ratio=zz');
    expect(partly.state.config).toEqual({ ...LSM_DEFAULTS.config, memtableSize: 6 });
  });
});
