import { describe, expect, it } from 'vitest';
import { formatDailyRate, formatRate } from './format-rate';
import { perDay, perSecond } from './rate';

describe('formatRate', () => {
  it.each<[number, Parameters<typeof formatRate>[1], string]>([
    [2_314.814_814, { noun: 'writes' }, '2,314.8 writes/s'],
    [57_870.37, { noun: 'reads' }, '57,870.4 reads/s'],
    [23.148, undefined, '23.1 ops/s'],
    [20_000, { noun: 'writes', fractionDigits: 0 }, '20,000 writes/s'],
    [0, undefined, '0.0 ops/s'],
  ])('%s → %s', (rate, options, expected) => {
    expect(formatRate(perSecond(rate), options)).toBe(expected);
  });
});

describe('formatDailyRate', () => {
  it.each<[number, Parameters<typeof formatDailyRate>[1], string]>([
    [200_000_000, { noun: 'posts' }, '200,000,000 posts/day'],
    [2.5, { fractionDigits: 1 }, '2.5 ops/day'],
  ])('%s → %s', (rate, options, expected) => {
    expect(formatDailyRate(perDay(rate), options)).toBe(expected);
  });
});
