import { describe, expect, it } from 'vitest';
import { decodeHashRingQuery, decodeRingOps, encodeHashRingQuery, encodeRingOps, HASH_RING_DEFAULTS, MAX_RING_OPS, type HashRingUrlState } from './url';

describe('the hash-ring visualizer’s URL state', () => {
  it('round-trips every setting and the operations, keeping other parameters', () => {
    const state: HashRingUrlState = { shards: 3, vnodes: 150, keyCount: 2_000, ops: [{ kind: 'add' }, { kind: 'remove', shard: 0 }], hotPercent: 45, salt: 4 };
    const query = encodeHashRingQuery(state, '?order=4');
    expect(query).toBe('?order=4&shards=3&vnodes=150&keys=2000&ops=a.rA&hot=45&salt=4');
    expect(decodeHashRingQuery(query)).toEqual({ state, notice: null });
    expect(encodeRingOps(state.ops)).toBe('a.rA');
    expect(decodeRingOps('')).toEqual([]);
  });

  it('writes nothing for the defaults and separates two rings by prefix', () => {
    expect(encodeHashRingQuery(HASH_RING_DEFAULTS, '?vnodes=9')).toBe('');
    const query = encodeHashRingQuery({ ...HASH_RING_DEFAULTS, vnodes: 20 }, '', HASH_RING_DEFAULTS, 'two');
    expect(query).toBe('?two.vnodes=20');
    expect(decodeHashRingQuery(query).state.vnodes).toBe(HASH_RING_DEFAULTS.vnodes);
    expect(decodeHashRingQuery(query, HASH_RING_DEFAULTS, 'two').state.vnodes).toBe(20);
  });

  it('falls back to defaults with a notice that never repeats the link, for hostile or malformed values', () => {
    const cases: Array<[string, string]> = [
      ['?shards=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'number of shards'],
      ['?shards=0', 'number of shards'],
      ['?shards=13', 'number of shards'],
      ['?vnodes=0', 'virtual nodes'],
      ['?vnodes=201', 'virtual nodes'],
      ['?vnodes=1.5', 'virtual nodes'],
      ['?vnodes=10&vnodes=20', 'virtual nodes'],
      ['?keys=99', 'number of keys'],
      ['?keys=50001', 'number of keys'],
      ['?hot=91', 'hot key'],
      ['?salt=0', 'salt'],
      ['?salt=33', 'salt'],
      ['?ops=a.%3Cimg%20src%3Dx%3E', 'added and removed'],
      ['?ops=rE', 'added and removed'],
      ['?ops=rM', 'added and removed'],
      ['?ops=__proto__', 'added and removed'],
      ['?shards=1&ops=rA', 'added and removed'],
      ['?shards=12&ops=a', 'added and removed'],
      [`?ops=${Array.from({ length: MAX_RING_OPS + 1 }, (_, i) => (i % 2 ? 'rE' : 'a')).join('.')}`, 'added and removed'],
    ];
    for (const [search, field] of cases) {
      const { state, notice } = decodeHashRingQuery(search);
      expect(notice, search).toContain(field);
      expect(notice).not.toMatch(/script|img|proto|rE|rM/);
      expect(state.shards).toBeGreaterThanOrEqual(1);
      expect(state.ops.length).toBeLessThanOrEqual(MAX_RING_OPS);
    }
    expect(decodeHashRingQuery('?vnodes=' + '9'.repeat(5000))).toEqual({ state: HASH_RING_DEFAULTS, notice: expect.stringContaining('too long') });
  });

  it('keeps the usable parts of a partly broken link, checking removals against the shards it did read', () => {
    const { state, notice } = decodeHashRingQuery('?shards=6&vnodes=oops&ops=a.rF');
    expect(state.shards).toBe(6);
    expect(state.vnodes).toBe(HASH_RING_DEFAULTS.vnodes);
    expect(state.ops).toEqual([{ kind: 'add' }, { kind: 'remove', shard: 5 }]);
    expect(notice).toBe('Part of this link could not be used, so the defaults are used instead for the virtual nodes (1 to 200).');
  });
});
