import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_ENTRIES } from './catalog';
import { consistencyTrace, meetsConsistency } from './consistency';
import { buildContext } from './context';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import { CONSISTENCY_LEVELS, type Consistency, type Workload } from './types';

const ctx = (consistency: Consistency, patch: Partial<Workload> = {}) =>
  buildContext({ consistency, peakWritesPerSecond: 1, peakReadsPerSecond: 1, dataModel: 'relational', ...patch }, DEFAULT_ASSUMPTIONS);

describe('meetsConsistency', () => {
  it('admits only strongly consistent stores under strong consistency', () => {
    const admitted = CATALOG_ENTRIES.filter((entry) => meetsConsistency(ctx('strong'), entry)).map((entry) => entry.id);
    for (const id of admitted) expect(CATALOG[id].consistency).toBe('strong');
    expect(admitted).toEqual(expect.arrayContaining(['postgresql', 'mysql', 'cockroachdb', 'spanner']));
    expect(admitted).not.toContain('cassandra');
    expect(admitted).not.toContain('dynamodb');
  });

  it.each(CONSISTENCY_LEVELS.filter((level) => level !== 'strong'))('admits every store under %s', (level) => {
    expect(CATALOG_ENTRIES.every((entry) => meetsConsistency(ctx(level), entry))).toBe(true);
  });
});

describe('consistencyTrace', () => {
  it.each<[Consistency, Partial<Workload>, RegExp, RegExp]>([
    ['strong', {}, /^Strong/, /Only stores with ACID transactions/],
    ['strong', { multiRegion: true }, /^Strong/, /distributed SQL/],
    ['strong', { handlesMoney: true }, /carries money/, /ACID/],
    ['read-your-writes', {}, /^Read-your-writes/, /session routing/],
    ['causal', {}, /^Causal/, /in order/],
    ['eventual', {}, /^Eventual/, /Every store stays eligible/],
    ['eventual', { handlesMoney: true }, /carries money/, /warnings/],
  ])('%s %j', (level, patch, finding, effect) => {
    const entry = consistencyTrace(ctx(level, patch));
    expect(entry.factor).toBe('Consistency');
    expect(entry.finding).toMatch(finding);
    expect(entry.effect).toMatch(effect);
  });

  it('names PostgreSQL once, not once per extension build', () => {
    expect(consistencyTrace(ctx('strong')).effect.match(/PostgreSQL/g)).toHaveLength(1);
  });
});
