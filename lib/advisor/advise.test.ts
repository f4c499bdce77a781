import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise, whyNot } from './advise';
import { CATALOG } from './catalog';
import { AdvisorInputError } from './errors';
import { CORE_FACTORS, FACTORS } from './factors';
import { ASSUMPTION_INFO, CACHE_ENGINES, type Assumptions } from './thresholds';
import {
  ACCESS_PATTERNS,
  CONSISTENCY_LEVELS,
  DATABASE_IDS,
  DATA_MODELS,
  OPS_EXPERTISE_LEVELS,
  type Advice,
  type Workload,
} from './types';

const BASE: Workload = { consistency: 'strong', peakWritesPerSecond: 100, peakReadsPerSecond: 1_000, dataModel: 'relational' };

function factorsOf(advice: Advice): string[] {
  return advice.trace.map((entry) => entry.factor);
}

/** Asserts that nothing in the advice renders a non-finite number. */
function expectNoNonFiniteText(advice: Advice): void {
  const text = JSON.stringify(advice);
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

describe('advise: edge cases', () => {
  it.each<[string, Partial<Workload>]>([
    ['zero writes (read-only)', { peakWritesPerSecond: 0 }],
    ['zero reads', { peakReadsPerSecond: 0 }],
    ['no traffic at all', { peakWritesPerSecond: 0, peakReadsPerSecond: 0 }],
    ['1e12 writes/s', { peakWritesPerSecond: 1e12 }],
    ['1e12 reads/s', { peakReadsPerSecond: 1e12 }],
    ['1e12 writes/s, eventual, key-value', { peakWritesPerSecond: 1e12, consistency: 'eventual', dataModel: 'key-value' }],
    ['every optional field at its maximum', { dataSizeGb: 1e15, ingestGbPerDay: 1e15, vectorCount: 1e15, documentCount: 1e15, monthlyBudgetUsd: 1e15, teamSize: 1e6 }],
    ['team of zero', { teamSize: 0 }],
  ])('%s: returns the full trace with finite text', (_name, patch) => {
    const advice = advise({ ...BASE, ...patch });
    expect(factorsOf(advice)).toEqual([...FACTORS]);
    expectNoNonFiniteText(advice);
    expect(advice.primary.why.length).toBeGreaterThan(0);
  });

  it('zero writes is read-only in the ratio entry; no traffic says so', () => {
    expect(advise({ ...BASE, peakWritesPerSecond: 0 }).trace[1]?.finding).toMatch(/read-only/);
    expect(advise({ ...BASE, peakWritesPerSecond: 0, peakReadsPerSecond: 0 }).trace[1]?.finding).toMatch(/no traffic/);
  });

  it('zero reads describes the ratio without dividing by zero', () => {
    expect(advise({ ...BASE, peakReadsPerSecond: 0 }).trace[1]?.finding).toMatch(/no reads/);
  });

  it('1e12 writes/s warns that the figure is far beyond the largest published benchmark the course cites', () => {
    const advice = advise({ ...BASE, peakWritesPerSecond: 1e12 });
    expect(advice.primary.id).toBe('cockroachdb');
    expect(advice.warnings.some((warning) => /far beyond the largest published write benchmark/.test(warning))).toBe(true);
  });

  it('works with only the required fields', () => {
    for (const dataModel of DATA_MODELS) {
      const advice = advise({ consistency: 'eventual', peakWritesPerSecond: 10, peakReadsPerSecond: 10, dataModel });
      expect(factorsOf(advice)).toEqual([...FACTORS]);
    }
  });

  it('does not mutate its input', () => {
    const workload = Object.freeze({ ...BASE, accessPatterns: Object.freeze(['joins', 'joins']) as unknown as Workload['accessPatterns'] });
    expect(() => advise(workload)).not.toThrow();
    expect(workload.accessPatterns).toEqual(['joins', 'joins']);
  });
});

describe('advise: invalid input throws AdvisorInputError naming the field', () => {
  const NUMBER_FIELDS = ['peakWritesPerSecond', 'peakReadsPerSecond', 'dataSizeGb', 'ingestGbPerDay', 'vectorCount', 'documentCount', 'teamSize', 'monthlyBudgetUsd'] as const;
  const BAD_NUMBERS: [string, unknown][] = [
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a string', '100'],
    ['null', null],
  ];
  const cases = NUMBER_FIELDS.flatMap((field) => BAD_NUMBERS.map(([label, value]) => [field, label, value] as const));

  it.each(cases)('%s = %s', (field, _label, value) => {
    const call = () => advise({ ...BASE, [field]: value } as unknown as Workload);
    expect(call).toThrow(AdvisorInputError);
    expect(call).toThrow(expect.objectContaining({ field }));
  });

  it.each<[string, unknown, string]>([
    ['consistency', 'linearizable', 'consistency'],
    ['dataModel', 'columnar', 'dataModel'],
    ['opsExpertise', 'expert', 'opsExpertise'],
    ['preferManaged', 'yes', 'preferManaged'],
    ['multiRegion', 1, 'multiRegion'],
    ['handlesMoney', 'true', 'handlesMoney'],
    ['accessPatterns', 'joins', 'accessPatterns'],
    ['accessPatterns', ['joins', 'teleport'], 'accessPatterns'],
    ['peakWritesPerSecond', 1e16, 'peakWritesPerSecond'],
    ['colour', 'blue', 'colour'],
  ])('%s = %j', (key, value, field) => {
    expect(() => advise({ ...BASE, [key]: value } as unknown as Workload)).toThrow(expect.objectContaining({ name: 'AdvisorInputError', field }));
  });

  it.each(['consistency', 'peakWritesPerSecond', 'peakReadsPerSecond', 'dataModel'] as const)('missing %s', (field) => {
    const workload: Partial<Workload> = { ...BASE };
    delete workload[field];
    expect(() => advise(workload as Workload)).toThrow(expect.objectContaining({ field }));
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a number', 5],
  ])('workload is %s', (_label, value) => {
    expect(() => advise(value as Workload)).toThrow(expect.objectContaining({ field: 'workload' }));
  });

  it.each<[string, unknown]>([
    ['writeCeilingPerSecond', 0],
    ['writeCeilingPerSecond', Number.NaN],
    ['monthlyGrowthRate', 1.5],
    ['monthlyGrowthRate', -0.1],
    ['maxTechnologiesWithoutOperators', 2.5],
    ['cacheEngine', 'memcached'],
    ['unknownKnob', 1],
  ])('assumptions.%s = %s', (key, value) => {
    expect(() => advise(BASE, { [key]: value } as unknown as Partial<Assumptions>)).toThrow(
      expect.objectContaining({ field: `assumptions.${key}` }),
    );
  });

  it('messages say what was wrong and what was received', () => {
    expect(() => advise({ ...BASE, peakWritesPerSecond: -5 })).toThrow('peakWritesPerSecond must not be negative (got -5)');
    expect(() => advise({ ...BASE, dataSizeGb: Number.NaN })).toThrow('dataSizeGb must be a finite number (got NaN)');
  });

  it('whyNot rejects an unknown id', () => {
    expect(() => whyNot(BASE, 'oracle' as never)).toThrow(expect.objectContaining({ field: 'id' }));
  });
});

describe('advise: assumptions', () => {
  it('a lower write ceiling moves a 4,000 writes/s ACID workload from one primary to a sharded one', () => {
    const workload: Workload = { ...BASE, peakWritesPerSecond: 4_000 };
    expect(advise(workload).primary.why.join(' ')).not.toMatch(/shard/i);
    expect(advise(workload, { writeCeilingPerSecond: 5_000 }).primary.why.join(' ')).toMatch(/shard/i);
  });

  it('zero growth keeps the projection at today’s peak', () => {
    const scale = advise({ ...BASE, peakWritesPerSecond: 1_234 }, { monthlyGrowthRate: 0 }).trace[3];
    expect(scale?.finding).toContain('1,234 writes/s');
    expect(scale?.finding).toContain('×1.00');
  });

  it('the technology limit can be tightened to 2', () => {
    const workload: Workload = { ...BASE, peakReadsPerSecond: 50_000, accessPatterns: ['full-text'] };
    expect(advise(workload).warnings.some((warning) => /database technologies/.test(warning))).toBe(false);
    expect(advise(workload, { maxTechnologiesWithoutOperators: 2 }).warnings.some((warning) => /database technologies/.test(warning))).toBe(true);
  });
});

// ---- properties -------------------------------------------------------------------------------------------

const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }));

const workloadArb: fc.Arbitrary<Workload> = fc.record(
  {
    consistency: fc.constantFrom(...CONSISTENCY_LEVELS),
    peakWritesPerSecond: amount,
    peakReadsPerSecond: amount,
    dataModel: fc.constantFrom(...DATA_MODELS),
    accessPatterns: fc.uniqueArray(fc.constantFrom(...ACCESS_PATTERNS)),
    dataSizeGb: amount,
    ingestGbPerDay: amount,
    vectorCount: amount,
    documentCount: amount,
    teamSize: fc.integer({ min: 0, max: 500 }),
    opsExpertise: fc.constantFrom(...OPS_EXPERTISE_LEVELS),
    preferManaged: fc.boolean(),
    multiRegion: fc.boolean(),
    monthlyBudgetUsd: amount,
    handlesMoney: fc.boolean(),
  },
  { requiredKeys: ['consistency', 'peakWritesPerSecond', 'peakReadsPerSecond', 'dataModel'] },
);

const info = ASSUMPTION_INFO;
const assumptionsArb: fc.Arbitrary<Partial<Assumptions>> = fc.record(
  {
    writeCeilingPerSecond: fc.double({ min: info.writeCeilingPerSecond.min, max: 1e7, noNaN: true }),
    writeHeavyPerSecond: fc.double({ min: 1, max: 1e7, noNaN: true }),
    singleNodeReadsPerSecond: fc.double({ min: 1, max: 1e7, noNaN: true }),
    monthlyGrowthRate: fc.double({ min: 0, max: 1, noNaN: true }),
    maxTechnologiesWithoutOperators: fc.integer({ min: 1, max: 5 }),
    cacheEngine: fc.constantFrom(...CACHE_ENGINES),
  },
  { requiredKeys: [] },
);

describe('advise: properties', () => {
  it('never throws for valid input and always traces the factors in order', () => {
    fc.assert(
      fc.property(workloadArb, assumptionsArb, (workload, assumptions) => {
        const advice = advise(workload, assumptions);
        expect(factorsOf(advice)).toEqual([...FACTORS]);
        expect(factorsOf(advice).filter((factor) => (CORE_FACTORS as readonly string[]).includes(factor))).toEqual([...CORE_FACTORS]);
        expectNoNonFiniteText(advice);
        const addOnIds = advice.addOns.map((addOn) => addOn.id);
        expect(new Set(addOnIds).size).toBe(addOnIds.length);
        expect(addOnIds).not.toContain(advice.primary.id);
        for (const alternative of advice.alternatives) {
          expect([advice.primary.id, ...addOnIds]).not.toContain(alternative.id);
          expect(alternative.whyNot.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('raising the write ceiling never moves a relational workload away from PostgreSQL', () => {
    const relational = workloadArb.map((workload): Workload => ({ ...workload, dataModel: 'relational' }));
    const ceilings = fc.tuple(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.double({ min: 1, max: 1e7, noNaN: true }));
    fc.assert(
      fc.property(relational, ceilings, assumptionsArb, (workload, [a, b], assumptions) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const before = advise(workload, { ...assumptions, writeCeilingPerSecond: low });
        fc.pre(before.primary.id === 'postgresql');
        expect(advise(workload, { ...assumptions, writeCeilingPerSecond: high }).primary.id).toBe('postgresql');
      }),
      { numRuns: 200 },
    );
  });

  it('strong consistency with money always gets a primary with ACID transactions, conditional writes and strong reads', () => {
    const moneyArb = workloadArb.map((workload): Workload => ({ ...workload, consistency: 'strong', handlesMoney: true }));
    fc.assert(
      fc.property(moneyArb, assumptionsArb, (workload, assumptions) => {
        const { guarantees } = CATALOG[advise(workload, assumptions).primary.id];
        expect(guarantees.multiItemWrites).toBe('transactions');
        expect(guarantees.conditionalWrites).toBe(true);
        expect(guarantees.strongReads).not.toBe('none');
      }),
      { numRuns: 400 },
    );
  });

  it('strong consistency always gets a primary with reads of the latest write and conditional writes', () => {
    const strongArb = workloadArb.map((workload): Workload => ({ ...workload, consistency: 'strong' }));
    fc.assert(
      fc.property(strongArb, assumptionsArb, (workload, assumptions) => {
        const { guarantees } = CATALOG[advise(workload, assumptions).primary.id];
        expect(guarantees.strongReads).not.toBe('none');
        expect(guarantees.conditionalWrites).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('whyNot gives a non-empty reason for every catalog database', () => {
    fc.assert(
      fc.property(workloadArb, fc.constantFrom(...DATABASE_IDS), (workload, id) => {
        const reason = whyNot(workload, id);
        expect(reason.length).toBeGreaterThan(20);
        expect(reason).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 300 },
    );
  });
});
