import { describe, expect, it } from 'vitest';
import * as estimator from './index';

describe('lib/estimator public API', () => {
  it.each([
    'EstimatorInputError',
    'estimateStorage',
    'estimateThroughput',
    'estimateTco',
    'estimateConnectionMemory',
    'checkWriteCeiling',
    'compareTco',
    'breakEvenOpsHours',
    'classifyWorkload',
  ])('exports %s', (name) => {
    expect(typeof (estimator as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the data the contract names', () => {
    expect(estimator.SINGLE_PRIMARY_WRITE_CEILING_RANGE).toEqual({ low: 5_000, high: 50_000 });
    expect(estimator.MANAGED_VS_SELF_HOSTED_OPTIONS.length).toBeGreaterThan(0);
    expect(estimator.ESTIMATOR_PRESETS.map((preset) => preset.id)).toEqual([
      'twitter-feed',
      'url-shortener',
      'ride-sharing-trips',
      'chat-messages',
    ]);
  });

  it('throws EstimatorInputError with the brief\'s example message', () => {
    const attempt = (): unknown =>
      estimator.estimateStorage({ bytesPerRecord: 1, recordsPerDay: 1, retentionDays: 1, replicationFactor: 0.5 });
    expect(attempt).toThrow(estimator.EstimatorInputError);
    expect(attempt).toThrow('replicationFactor must be at least 1 (got 0.5)');
  });

  it('returns plain numbers at runtime for branded outputs', () => {
    const result = estimator.estimateTco({ infrastructureUsdPerMonth: 600, opsHoursPerMonth: 10, engineerUsdPerHour: 200 });
    expect(result).toEqual({ opsUsdPerMonth: 2_000, totalUsdPerMonth: 2_600 });
  });
});
