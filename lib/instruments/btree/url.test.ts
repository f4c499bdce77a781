import { describe, expect, it } from 'vitest';
import { BTREE_DEFAULTS, decodeBTreeQuery, encodeBTreeQuery, MAX_OPS, type BTreeUrlState } from './url';

describe('the B-tree visualizer’s URL state', () => {
  it('round-trips inserts, searches, fan-out and key type, keeping other parameters', () => {
    const state: BTreeUrlState = {
      order: 3,
      ops: [
        { kind: 'insert', key: 5 },
        { kind: 'insert', key: 999 },
        { kind: 'search', key: 5 },
      ],
      keyType: 'uuid',
    };
    const query = encodeBTreeQuery(state, '?bytes=10');
    expect(query).toBe('?bytes=10&order=3&ops=5.999.s5&page=uuid');
    expect(decodeBTreeQuery(query)).toEqual({ state, notice: null });
  });

  it('writes nothing for the defaults and separates two trees by prefix', () => {
    expect(encodeBTreeQuery(BTREE_DEFAULTS, '?order=4')).toBe('');
    const query = encodeBTreeQuery({ ...BTREE_DEFAULTS, order: 6 }, '', BTREE_DEFAULTS, 'two');
    expect(query).toBe('?two.order=6');
    expect(decodeBTreeQuery(query).state.order).toBe(5);
    expect(decodeBTreeQuery(query, BTREE_DEFAULTS, 'two').state.order).toBe(6);
    expect(decodeBTreeQuery(encodeBTreeQuery({ ...BTREE_DEFAULTS, ops: [] }, '')).state.ops).toEqual([]);
  });

  it('falls back to defaults with a notice that never repeats the link, for hostile or malformed values', () => {
    const cases: Array<[string, string]> = [
      ['?order=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'fan-out'],
      ['?order=2', 'fan-out'],
      ['?order=9', 'fan-out'],
      ['?order=4&order=5', 'fan-out'],
      ['?order=4.5', 'fan-out'],
      ['?ops=1.2.%3Cimg%20src%3Dx%3E', 'keys'],
      ['?ops=0', 'keys'],
      ['?ops=1000', 'keys'],
      ['?ops=-5', 'keys'],
      ['?ops=1..2', 'keys'],
      ['?ops=__proto__', 'keys'],
      [`?ops=${Array.from({ length: MAX_OPS + 1 }, (_, i) => (i % 999) + 1).join('.')}`, 'keys'],
      ['?page=constructor', 'key type'],
    ];
    for (const [search, field] of cases) {
      const { state, notice } = decodeBTreeQuery(search);
      expect(notice, search).toContain(field);
      expect(notice).not.toMatch(/script|img|proto|constructor|1000/);
      expect(state.order).toBeGreaterThanOrEqual(3);
      expect(state.ops.length).toBeLessThanOrEqual(MAX_OPS);
    }
    expect(decodeBTreeQuery('?order=' + 'x'.repeat(5000))).toEqual({ state: BTREE_DEFAULTS, notice: expect.stringContaining('too long') });
  });

  it('keeps the usable parts of a partly broken link', () => {
    const { state, notice } = decodeBTreeQuery('?order=7&ops=oops');
    expect(state.order).toBe(7);
    expect(state.ops).toEqual(BTREE_DEFAULTS.ops);
    expect(notice).toBe('Part of this link could not be used, so the defaults are used instead for the keys (at most 200, each 1 to 999).');
  });
});
