import { describe, expect, it } from 'vitest';
import { EstimatorInputError } from './errors';
import { estimateTco, type TcoInput } from './tco';
import { expectRelativelyClose } from './test-support';

describe('estimateTco', () => {
  it.each<[string, TcoInput, number, number]>([
    // the cost lesson's cluster: $1,330 + 10 h × $200 = $1,330 + $2,000 = $3,330/month
    ['self-hosted Cassandra, 10 h of SRE time', { infrastructureUsdPerMonth: 1_330, opsHoursPerMonth: 10, engineerUsdPerHour: 200 }, 2_000, 3_330],
    // $1,330 + 12 × $200 = $1,330 + $2,400 = $3,730/month
    ['self-hosted Cassandra, 12 h', { infrastructureUsdPerMonth: 1_330, opsHoursPerMonth: 12, engineerUsdPerHour: 200 }, 2_400, 3_730],
    // managed with no ops time: total = infrastructure
    ['managed, no ops time', { infrastructureUsdPerMonth: 1_543, opsHoursPerMonth: 0, engineerUsdPerHour: 200 }, 0, 1_543],
    // 2.5 × $150.40 = $376; $99.99 + $376 = $475.99
    ['fractional values', { infrastructureUsdPerMonth: 99.99, opsHoursPerMonth: 2.5, engineerUsdPerHour: 150.4 }, 376, 475.99],
  ])('%s', (_name, input, ops, total) => {
    const result = estimateTco(input);
    expectRelativelyClose(result.opsUsdPerMonth, ops, 1e-12);
    expectRelativelyClose(result.totalUsdPerMonth, total, 1e-12);
  });

  it('is cheaper managed: a $1,543 Multi-AZ RDS instance is under half the $3,730 Cassandra TCO', () => {
    const cassandra = estimateTco({ infrastructureUsdPerMonth: 1_330, opsHoursPerMonth: 12, engineerUsdPerHour: 200 });
    expect(1_543 / cassandra.totalUsdPerMonth).toBeLessThan(0.5);
  });

  it.each<[keyof TcoInput, unknown, string]>([
    ['infrastructureUsdPerMonth', -1, 'infrastructureUsdPerMonth must not be negative (got -1)'],
    ['infrastructureUsdPerMonth', 2e9, 'infrastructureUsdPerMonth must be at most 1e9 (got 2e9)'],
    ['opsHoursPerMonth', Number.NaN, 'opsHoursPerMonth must be a finite number (got NaN)'],
    ['opsHoursPerMonth', 2e5, 'opsHoursPerMonth must be at most 100000 (got 200000)'],
    ['engineerUsdPerHour', '200', 'engineerUsdPerHour must be a number (got "200")'],
    ['engineerUsdPerHour', Number.POSITIVE_INFINITY, 'engineerUsdPerHour must be a finite number (got Infinity)'],
  ])('%s = %s is rejected', (field, value, message) => {
    const input = { infrastructureUsdPerMonth: 600, opsHoursPerMonth: 10, engineerUsdPerHour: 200, [field]: value } as TcoInput;
    try {
      estimateTco(input);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe(field);
      expect((error as EstimatorInputError).message).toBe(message);
    }
  });
});
