import { usdPerMonth, type UsdPerMonth } from '../units';
import { EstimatorInputError } from './errors';
import { checkNumber, describeValue, type NumberRule } from './validate';
import type { NumberRange, TcoOption } from './tco-options';

/** Which end of the ranges to use. */
export type RangeEstimate = 'low' | 'mid' | 'high';

/** One row of `compareTco`: an option's monthly total cost of ownership. */
export interface TcoComparisonRow {
  /** The option's id. */
  id: string;
  /** The option's display name. */
  name: string;
  /** Whether the option is managed. */
  managed: boolean;
  /** Infrastructure bill, low and high. */
  infraUsdPerMonth: { low: UsdPerMonth; high: UsdPerMonth };
  /** Ops hours × multiplier × engineer rate, low and high. */
  opsUsdPerMonth: { low: UsdPerMonth; high: UsdPerMonth };
  /** Infra low + ops low. */
  low: UsdPerMonth;
  /** Infra high + ops high. */
  high: UsdPerMonth;
  /** (low + high) ÷ 2. */
  mid: UsdPerMonth;
}

// $1 billion a month / 100,000 hours a month / $10,000 an hour: far past any real option.
const USD_RULE: NumberRule = { min: 0, max: 1e9 };
const HOURS_RULE: NumberRule = { min: 0, max: 1e5 };
const RATE_RULE: NumberRule = { min: 0, max: 1e4 };
// 100× the quoted ops time covers any "what if it is far worse" slider.
const MULTIPLIER_RULE: NumberRule = { min: 0, max: 100 };

function checkRange(value: unknown, field: string, rule: NumberRule): NumberRange {
  if (typeof value !== 'object' || value === null) {
    throw new EstimatorInputError(field, `${field} must be an object with low and high (got ${describeValue(value)})`, value);
  }
  const range = value as Record<string, unknown>;
  const low = checkNumber(range.low, `${field}.low`, rule);
  const high = checkNumber(range.high, `${field}.high`, rule);
  if (low > high) {
    throw new EstimatorInputError(`${field}.low`, `${field}.low must not exceed ${field}.high (got ${low} > ${high})`, low);
  }
  return { low, high };
}

function checkOption(value: unknown, field: string): TcoOption {
  if (typeof value !== 'object' || value === null) {
    throw new EstimatorInputError(field, `${field} must be an object (got ${describeValue(value)})`, value);
  }
  const option = value as Record<string, unknown>;
  if (typeof option.id !== 'string' || option.id === '') {
    throw new EstimatorInputError(`${field}.id`, `${field}.id must be a non-empty string (got ${describeValue(option.id)})`, option.id);
  }
  if (typeof option.managed !== 'boolean') {
    throw new EstimatorInputError(`${field}.managed`, `${field}.managed must be true or false (got ${describeValue(option.managed)})`, option.managed);
  }
  return {
    id: option.id,
    name: typeof option.name === 'string' ? option.name : option.id,
    managed: option.managed,
    infraUsdPerMonth: checkRange(option.infraUsdPerMonth, `${field}.infraUsdPerMonth`, USD_RULE),
    opsHoursPerMonth: checkRange(option.opsHoursPerMonth, `${field}.opsHoursPerMonth`, HOURS_RULE),
    hiddenCosts: Array.isArray(option.hiddenCosts) ? option.hiddenCosts.filter((c): c is string => typeof c === 'string') : [],
    source: typeof option.source === 'string' ? option.source : '',
  };
}

function pick(range: NumberRange, estimate: RangeEstimate): number {
  return estimate === 'mid' ? (range.low + range.high) / 2 : range[estimate];
}

/**
 * Monthly TCO (infrastructure + ops hours × `opsHoursMultiplier` × `engineerUsdPerHour`) for each option, as low,
 * high and mid totals, sorted cheapest first by mid (then low, then id).
 */
export function compareTco(
  options: readonly TcoOption[],
  engineerUsdPerHour: number,
  opsHoursMultiplier = 1,
): TcoComparisonRow[] {
  if (!Array.isArray(options)) {
    throw new EstimatorInputError('options', `options must be an array (got ${describeValue(options)})`, options);
  }
  const rate = checkNumber(engineerUsdPerHour, 'engineerUsdPerHour', RATE_RULE);
  const multiplier = checkNumber(opsHoursMultiplier, 'opsHoursMultiplier', MULTIPLIER_RULE);
  const seen = new Set<string>();

  const rows = options.map((value, index): TcoComparisonRow => {
    const option = checkOption(value, `options[${index}]`);
    if (seen.has(option.id)) {
      throw new EstimatorInputError(`options[${index}].id`, `options[${index}].id "${option.id}" is used twice`, option.id);
    }
    seen.add(option.id);
    const opsLow = option.opsHoursPerMonth.low * multiplier * rate;
    const opsHigh = option.opsHoursPerMonth.high * multiplier * rate;
    const low = option.infraUsdPerMonth.low + opsLow;
    const high = option.infraUsdPerMonth.high + opsHigh;
    return {
      id: option.id,
      name: option.name,
      managed: option.managed,
      infraUsdPerMonth: { low: usdPerMonth(option.infraUsdPerMonth.low), high: usdPerMonth(option.infraUsdPerMonth.high) },
      opsUsdPerMonth: { low: usdPerMonth(opsLow), high: usdPerMonth(opsHigh) },
      low: usdPerMonth(low),
      high: usdPerMonth(high),
      mid: usdPerMonth((low + high) / 2),
    };
  });

  return rows.sort((a, b) => a.mid - b.mid || a.low - b.low || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Ops hours per month at which self-hosting stops being cheaper than the managed option:
 * (managed infra + managed ops hours × rate − self-hosted infra) ÷ rate, using the `estimate` end of each range.
 * `null` when there is no such point: self-hosting is never cheaper (its infra alone costs at least the managed
 * total), or the rate is 0 so ops time is free and the comparison never changes with hours.
 */
export function breakEvenOpsHours(
  selfHosted: TcoOption,
  managed: TcoOption,
  engineerUsdPerHour: number,
  estimate: RangeEstimate = 'mid',
): number | null {
  const self = checkOption(selfHosted, 'selfHosted');
  const other = checkOption(managed, 'managed');
  if (self.managed) {
    throw new EstimatorInputError('selfHosted', `selfHosted must be a self-hosted option (got "${self.id}", which is managed)`, self.id);
  }
  if (!other.managed) {
    throw new EstimatorInputError('managed', `managed must be a managed option (got "${other.id}", which is self-hosted)`, other.id);
  }
  const rate = checkNumber(engineerUsdPerHour, 'engineerUsdPerHour', RATE_RULE);
  if (estimate !== 'low' && estimate !== 'mid' && estimate !== 'high') {
    throw new EstimatorInputError('estimate', `estimate must be low, mid or high (got ${describeValue(estimate)})`, estimate);
  }
  if (rate === 0) return null;

  const managedTotal = pick(other.infraUsdPerMonth, estimate) + pick(other.opsHoursPerMonth, estimate) * rate;
  const hoursUntilEqual = (managedTotal - pick(self.infraUsdPerMonth, estimate)) / rate;
  return hoursUntilEqual > 0 ? hoursUntilEqual : null;
}
