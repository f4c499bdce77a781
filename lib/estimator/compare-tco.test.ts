import { describe, expect, it } from 'vitest';
import { breakEvenOpsHours, compareTco } from './compare-tco';
import { EstimatorInputError } from './errors';
import { MANAGED_VS_SELF_HOSTED_OPTIONS, type TcoOption } from './tco-options';
import { expectRelativelyClose } from './test-support';

const option = (id: string, managed: boolean, infra: [number, number], ops: [number, number]): TcoOption => ({
  id,
  name: id,
  managed,
  infraUsdPerMonth: { low: infra[0], high: infra[1] },
  opsHoursPerMonth: { low: ops[0], high: ops[1] },
  hiddenCosts: [],
  source: 'test',
});

// Seed 001's point figures: Cassandra ~$600 + ops time; CockroachDB Cloud ~$1,500 with no ops time.
const CASSANDRA_10H = option('cassandra', false, [600, 600], [10, 10]);
const COCKROACH_SEED = option('cockroach', true, [1_500, 1_500], [0, 0]);

function byId(id: string): TcoOption {
  const found = MANAGED_VS_SELF_HOSTED_OPTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no option ${id}`);
  return found;
}

describe('compareTco', () => {
  it('reproduces seed 001: $600 + 10 h × $200 = $2,600, more than CockroachDB Cloud at $1,500', () => {
    const rows = compareTco([CASSANDRA_10H, COCKROACH_SEED], 200);
    expect(rows.map((row) => [row.id, row.low, row.mid, row.high])).toEqual([
      ['cockroach', 1_500, 1_500, 1_500],
      ['cassandra', 2_600, 2_600, 2_600],
    ]);
  });

  it('ranks the seed table at $200/h (hand-computed)', () => {
    // total low = infra low + ops low × 200; high = infra high + ops high × 200; mid = (low + high) ÷ 2
    // neon:        200 +  1×200 =   400 | 200 +  2×200 =   600 | mid   500
    // planetscale: 400 +  1×200 =   600 | 400 +  2×200 =   800 | mid   700
    // dynamodb:    500 +  0×200 =   500 | 1,500 + 1×200 = 1,700 | mid 1,100 (ties Aurora; lower low wins)
    // aurora:      400 +  1×200 =   600 | 1,200 + 2×200 = 1,600 | mid 1,100
    // cockroachdb: 800 +  1×200 = 1,000 | 1,500 + 2×200 = 1,900 | mid 1,450
    // rds:         700 +  2×200 = 1,100 | 1,500 + 4×200 = 2,300 | mid 1,700
    // cassandra:   600 +  8×200 = 2,200 | 600 + 16×200 = 3,800 | mid 3,000
    const rows = compareTco(MANAGED_VS_SELF_HOSTED_OPTIONS, 200);
    expect(rows.map((row) => [row.id, row.low, row.high, row.mid])).toEqual([
      ['neon-pro', 400, 600, 500],
      ['planetscale-business', 600, 800, 700],
      ['dynamodb-on-demand', 500, 1_700, 1_100],
      ['aurora-postgresql-serverless-v2', 600, 1_600, 1_100],
      ['cockroachdb-cloud-dedicated', 1_000, 1_900, 1_450],
      ['rds-postgresql', 1_100, 2_300, 1_700],
      ['cassandra-self-hosted', 2_200, 3_800, 3_000],
    ]);
  });

  it.each<[number, number, [number, number, number]]>([
    // ops doubled: 600 + 16×200 = 3,800 | 600 + 32×200 = 7,000 | mid 5,400
    [200, 2, [3_800, 7_000, 5_400]],
    // ops free: infra only
    [200, 0, [600, 600, 600]],
    // $100/h: 600 + 800 = 1,400 | 600 + 1,600 = 2,200 | mid 1,800
    [100, 1, [1_400, 2_200, 1_800]],
  ])('at $%s/h with multiplier %s, self-hosted Cassandra costs %j', (rate, multiplier, [low, high, mid]) => {
    const row = compareTco([byId('cassandra-self-hosted')], rate, multiplier)[0];
    expect(row).toBeDefined();
    expectRelativelyClose(row?.low ?? Number.NaN, low, 1e-12);
    expectRelativelyClose(row?.high ?? Number.NaN, high, 1e-12);
    expectRelativelyClose(row?.mid ?? Number.NaN, mid, 1e-12);
    expectRelativelyClose(row?.opsUsdPerMonth.low ?? Number.NaN, low - 600, 1e-12);
  });

  it('does not mutate the options it is given', () => {
    const options = [CASSANDRA_10H, COCKROACH_SEED];
    compareTco(options, 200);
    expect(options.map((o) => o.id)).toEqual(['cassandra', 'cockroach']);
  });

  it.each<[string, () => unknown, string]>([
    ['engineerUsdPerHour', () => compareTco([], -1), 'engineerUsdPerHour must not be negative (got -1)'],
    ['engineerUsdPerHour', () => compareTco([], Number.NaN), 'engineerUsdPerHour must be a finite number (got NaN)'],
    ['opsHoursMultiplier', () => compareTco([], 200, -1), 'opsHoursMultiplier must not be negative (got -1)'],
    ['options', () => compareTco('x' as never, 200), 'options must be an array (got "x")'],
    [
      'options[0].infraUsdPerMonth.low',
      () => compareTco([option('a', true, [Number.NaN, 1], [0, 0])], 200),
      'options[0].infraUsdPerMonth.low must be a finite number (got NaN)',
    ],
    [
      'options[0].opsHoursPerMonth.low',
      () => compareTco([option('a', true, [1, 2], [5, 1])], 200),
      'options[0].opsHoursPerMonth.low must not exceed options[0].opsHoursPerMonth.high (got 5 > 1)',
    ],
    ['options[1].id', () => compareTco([CASSANDRA_10H, CASSANDRA_10H], 200), 'options[1].id "cassandra" is used twice'],
  ])('rejects bad %s', (field, attempt, message) => {
    try {
      attempt();
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe(field);
      expect((error as EstimatorInputError).message).toBe(message);
    }
  });
});

describe('breakEvenOpsHours', () => {
  it.each<[string, TcoOption, TcoOption, number, Parameters<typeof breakEvenOpsHours>[3], number | null]>([
    // (1,500 + 0 × 200 − 600) ÷ 200 = 900 ÷ 200 = 4.5 h: seed 001's 10 h and 12 h are well past it
    ['seed 001 point figures', CASSANDRA_10H, COCKROACH_SEED, 200, 'mid', 4.5],
    // table mids: CockroachDB (800 + 1,500) ÷ 2 = 1,150 + 1.5 h × 200 = 1,450; (1,450 − 600) ÷ 200 = 4.25 h
    ['table mids vs CockroachDB', byId('cassandra-self-hosted'), byId('cockroachdb-cloud-dedicated'), 200, 'mid', 4.25],
    // table highs: 1,500 + 2 × 200 = 1,900; (1,900 − 600) ÷ 200 = 6.5 h
    ['table highs vs CockroachDB', byId('cassandra-self-hosted'), byId('cockroachdb-cloud-dedicated'), 200, 'high', 6.5],
    // Neon mid: 200 + 1.5 × 200 = 500 < 600 infra: self-hosting is never cheaper
    ['never cheaper than Neon', byId('cassandra-self-hosted'), byId('neon-pro'), 200, 'mid', null],
    // RDS mid: 1,100 + 3 × 100 = 1,400; (1,400 − 600) ÷ 100 = 8 h
    ['cheaper engineers move the point', byId('cassandra-self-hosted'), byId('rds-postgresql'), 100, 'mid', 8],
    // free ops time: no crossover
    ['rate 0', CASSANDRA_10H, COCKROACH_SEED, 0, 'mid', null],
    // equal cost at 0 h: never strictly cheaper
    ['tie at zero hours', option('s', false, [1_000, 1_000], [0, 0]), option('m', true, [1_000, 1_000], [0, 0]), 200, 'mid', null],
  ])('%s', (_name, selfHosted, managed, rate, estimate, expected) => {
    const result = breakEvenOpsHours(selfHosted, managed, rate, estimate);
    if (expected === null) expect(result).toBeNull();
    else expectRelativelyClose(result ?? Number.NaN, expected, 1e-12);
  });

  it('rejects options on the wrong side', () => {
    expect(() => breakEvenOpsHours(COCKROACH_SEED, CASSANDRA_10H, 200)).toThrow(EstimatorInputError);
    expect(() => breakEvenOpsHours(CASSANDRA_10H, CASSANDRA_10H, 200)).toThrow('managed must be a managed option');
    expect(() => breakEvenOpsHours(CASSANDRA_10H, COCKROACH_SEED, -5)).toThrow('engineerUsdPerHour must not be negative (got -5)');
    expect(() => breakEvenOpsHours(CASSANDRA_10H, COCKROACH_SEED, 200, 'avg' as never)).toThrow('estimate must be low, mid or high');
  });
});
