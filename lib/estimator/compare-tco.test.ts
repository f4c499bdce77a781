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

// Hypothetical point figures: a self-hosted cluster at $1,330 plus 12 ops hours; a managed option at $1,543 with none.
const CASSANDRA_12H = option('cassandra', false, [1_330, 1_330], [12, 12]);
const MANAGED_POINT = option('managed', true, [1_543, 1_543], [0, 0]);

function byId(id: string): TcoOption {
  const found = MANAGED_VS_SELF_HOSTED_OPTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no option ${id}`);
  return found;
}

describe('compareTco', () => {
  it('adds the hours: $1,330 + 12 h × $200 = $3,730, more than a $1,543 managed option', () => {
    const rows = compareTco([CASSANDRA_12H, MANAGED_POINT], 200);
    expect(rows.map((row) => [row.id, row.low, row.mid, row.high])).toEqual([
      ['managed', 1_543, 1_543, 1_543],
      ['cassandra', 3_730, 3_730, 3_730],
    ]);
  });

  it('ranks the options table at $200/h (hand-computed)', () => {
    // total low = infra low + ops low × 200; high = infra high + ops high × 200; mid = (low + high) ÷ 2
    // dynamodb-provisioned: 1,193 + 1×200 = 1,393 | 1,667 + 2×200 = 2,067 | mid 1,730
    // rds:                    771 + 2×200 = 1,171 | 2,314 + 4×200 = 3,114 | mid 2,142.5
    // aurora:               1,502 + 1×200 = 1,702 | 2,903 + 2×200 = 3,303 | mid 2,502.5
    // neon:                 1,646 + 1×200 = 1,846 | 2,943 + 2×200 = 3,343 | mid 2,594.5
    // cassandra:            1,330 + 8×200 = 2,930 | 1,330 + 16×200 = 4,530 | mid 3,730
    // dynamodb-on-demand:   3,529 + 0×200 = 3,529 | 5,171 + 1×200 = 5,371 | mid 4,450
    const rows = compareTco(MANAGED_VS_SELF_HOSTED_OPTIONS, 200);
    expect(rows.map((row) => [row.id, row.low, row.high, row.mid])).toEqual([
      ['dynamodb-provisioned', 1_393, 2_067, 1_730],
      ['rds-postgresql', 1_171, 3_114, 2_142.5],
      ['aurora-postgresql-serverless-v2', 1_702, 3_303, 2_502.5],
      ['neon-scale', 1_846, 3_343, 2_594.5],
      ['cassandra-self-hosted', 2_930, 4_530, 3_730],
      ['dynamodb-on-demand', 3_529, 5_371, 4_450],
    ]);
  });

  it.each<[number, number, [number, number, number]]>([
    // ops doubled: 1,330 + 16×200 = 4,530 | 1,330 + 32×200 = 7,730 | mid 6,130
    [200, 2, [4_530, 7_730, 6_130]],
    // ops free: infra only
    [200, 0, [1_330, 1_330, 1_330]],
    // $100/h: 1,330 + 800 = 2,130 | 1,330 + 1,600 = 2,930 | mid 2,530
    [100, 1, [2_130, 2_930, 2_530]],
  ])('at $%s/h with multiplier %s, self-hosted Cassandra costs %j', (rate, multiplier, [low, high, mid]) => {
    const row = compareTco([byId('cassandra-self-hosted')], rate, multiplier)[0];
    expect(row).toBeDefined();
    expectRelativelyClose(row?.low ?? Number.NaN, low, 1e-12);
    expectRelativelyClose(row?.high ?? Number.NaN, high, 1e-12);
    expectRelativelyClose(row?.mid ?? Number.NaN, mid, 1e-12);
    expectRelativelyClose(row?.opsUsdPerMonth.low ?? Number.NaN, low - 1_330, 1e-12);
  });

  it('does not mutate the options it is given', () => {
    const options = [CASSANDRA_12H, MANAGED_POINT];
    compareTco(options, 200);
    expect(options.map((o) => o.id)).toEqual(['cassandra', 'managed']);
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
    ['options[1].id', () => compareTco([CASSANDRA_12H, CASSANDRA_12H], 200), 'options[1].id "cassandra" is used twice'],
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
    // (1,543 + 0 × 200 − 1,330) ÷ 200 = 213 ÷ 200 = 1.065 h: a 12-hour month is far past it
    ['point figures', CASSANDRA_12H, MANAGED_POINT, 200, 'mid', 1.065],
    // RDS mid: (771 + 2,314) ÷ 2 = 1,542.5 + 3 h × 200 = 2,142.5; (2,142.5 − 1,330) ÷ 200 = 4.0625 h
    ['table mids vs RDS', byId('cassandra-self-hosted'), byId('rds-postgresql'), 200, 'mid', 4.0625],
    // RDS highs: 2,314 + 4 × 200 = 3,114; (3,114 − 1,330) ÷ 200 = 8.92 h
    ['table highs vs RDS', byId('cassandra-self-hosted'), byId('rds-postgresql'), 200, 'high', 8.92],
    // provisioned DynamoDB mid: 1,430 + 1.5 × 200 = 1,730; (1,730 − 1,330) ÷ 200 = 2 h
    ['table mids vs provisioned DynamoDB', byId('cassandra-self-hosted'), byId('dynamodb-provisioned'), 200, 'mid', 2],
    // on-demand DynamoDB mid: 4,350 + 0.5 × 200 = 4,450; (4,450 − 1,330) ÷ 200 = 15.6 h
    ['table mids vs on-demand DynamoDB', byId('cassandra-self-hosted'), byId('dynamodb-on-demand'), 200, 'mid', 15.6],
    // RDS low: 771 + 2 × 200 = 1,171 < 1,330 infra: self-hosting is never cheaper
    ['never cheaper than one Single-AZ RDS instance', byId('cassandra-self-hosted'), byId('rds-postgresql'), 200, 'low', null],
    // RDS mid at $100/h: 1,542.5 + 3 × 100 = 1,842.5; (1,842.5 − 1,330) ÷ 100 = 5.125 h
    ['cheaper engineers move the point', byId('cassandra-self-hosted'), byId('rds-postgresql'), 100, 'mid', 5.125],
    // free ops time: no crossover
    ['rate 0', CASSANDRA_12H, MANAGED_POINT, 0, 'mid', null],
    // equal cost at 0 h: never strictly cheaper
    ['tie at zero hours', option('s', false, [1_000, 1_000], [0, 0]), option('m', true, [1_000, 1_000], [0, 0]), 200, 'mid', null],
  ])('%s', (_name, selfHosted, managed, rate, estimate, expected) => {
    const result = breakEvenOpsHours(selfHosted, managed, rate, estimate);
    if (expected === null) expect(result).toBeNull();
    else expectRelativelyClose(result ?? Number.NaN, expected, 1e-12);
  });

  it('rejects options on the wrong side', () => {
    expect(() => breakEvenOpsHours(MANAGED_POINT, CASSANDRA_12H, 200)).toThrow(EstimatorInputError);
    expect(() => breakEvenOpsHours(CASSANDRA_12H, CASSANDRA_12H, 200)).toThrow('managed must be a managed option');
    expect(() => breakEvenOpsHours(CASSANDRA_12H, MANAGED_POINT, -5)).toThrow('engineerUsdPerHour must not be negative (got -5)');
    expect(() => breakEvenOpsHours(CASSANDRA_12H, MANAGED_POINT, 200, 'avg' as never)).toThrow('estimate must be low, mid or high');
  });
});
