// Validation at the edge: `advise`, `whyNot` and `diagnose` accept untrusted input (form fields, URL query), check
// it once here, and the decision code after this point only ever sees clean, finite values.

import { AdvisorInputError } from './errors';
import {
  ASSUMPTION_INFO,
  CACHE_ENGINES,
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
  type NumericAssumptionInfo,
  type NumericAssumptionKey,
} from './thresholds';
import {
  ACCESS_PATTERNS,
  CONSISTENCY_LEVELS,
  DATA_MODELS,
  OPS_EXPERTISE_LEVELS,
  type AccessPattern,
  type Workload,
} from './types';

/** Accepted range of one numeric workload field. */
export interface NumberRule {
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Whether only whole numbers make sense. */
  integer?: boolean;
}

// 1e15 per second or per day is far beyond any system the course covers, and keeps every projection finite:
// the largest growth factor is 2^12 = 4,096, and 1e15 × 4,096 × 365 is still about 1.5e21.
const HUGE = 1e15;

/** Accepted ranges for every numeric `Workload` field. */
export const WORKLOAD_NUMBER_RULES = {
  peakWritesPerSecond: { min: 0, max: HUGE },
  peakReadsPerSecond: { min: 0, max: HUGE },
  dataSizeGb: { min: 0, max: HUGE },
  ingestGbPerDay: { min: 0, max: HUGE },
  vectorCount: { min: 0, max: HUGE },
  documentCount: { min: 0, max: HUGE },
  // Fractional sizes are allowed: a team can have 2.5 full-time engineers on the data layer.
  teamSize: { min: 0, max: 1e6 },
  monthlyBudgetUsd: { min: 0, max: HUGE },
} as const satisfies Partial<Record<keyof Workload, NumberRule>>;

const WORKLOAD_KEYS: readonly (keyof Workload)[] = [
  'consistency',
  'peakWritesPerSecond',
  'peakReadsPerSecond',
  'dataModel',
  'accessPatterns',
  'dataSizeGb',
  'ingestGbPerDay',
  'vectorCount',
  'teamSize',
  'opsExpertise',
  'preferManaged',
  'multiRegion',
  'monthlyBudgetUsd',
  'documentCount',
  'handlesMoney',
];

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function checkRecord(input: unknown, what: string, keys: readonly string[], prefix: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AdvisorInputError(what, `${what} must be an object (got ${describe(input)})`, input);
  }
  const record = input as Record<string, unknown>;
  // A misspelt optional field would otherwise be ignored silently and its default used.
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) {
      throw new AdvisorInputError(`${prefix}${key}`, `${prefix}${key} is not a known field (expected one of ${keys.join(', ')})`, record[key]);
    }
  }
  return record;
}

/** Checks one number against `rule`, throwing an `AdvisorInputError` naming `field`. */
export function checkNumber(value: unknown, field: string, rule: NumberRule): number {
  const got = `(got ${describe(value)})`;
  if (typeof value !== 'number') throw new AdvisorInputError(field, `${field} must be a number ${got}`, value);
  if (!Number.isFinite(value)) throw new AdvisorInputError(field, `${field} must be a finite number ${got}`, value);
  if (value < rule.min) {
    const bound = rule.min === 0 ? 'must not be negative' : `must be at least ${rule.min}`;
    throw new AdvisorInputError(field, `${field} ${bound} ${got}`, value);
  }
  if (value > rule.max) throw new AdvisorInputError(field, `${field} must be at most ${rule.max} ${got}`, value);
  if (rule.integer === true && !Number.isInteger(value)) {
    throw new AdvisorInputError(field, `${field} must be a whole number ${got}`, value);
  }
  return value;
}

function checkChoice<T extends string>(value: unknown, field: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new AdvisorInputError(field, `${field} must be one of ${options.join(', ')} (got ${describe(value)})`, value);
  }
  return value as T;
}

function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new AdvisorInputError(field, `${field} must be true or false (got ${describe(value)})`, value);
  return value;
}

function checkPatterns(value: unknown): AccessPattern[] {
  if (!Array.isArray(value)) {
    throw new AdvisorInputError('accessPatterns', `accessPatterns must be an array (got ${describe(value)})`, value);
  }
  const patterns = value.map((item) => checkChoice(item, 'accessPatterns', ACCESS_PATTERNS));
  return [...new Set(patterns)];
}

/** Validates an untrusted workload; returns a clean copy (duplicate access patterns removed, `undefined` keys dropped). */
export function parseWorkload(input: unknown): Workload {
  const record = checkRecord(input, 'workload', WORKLOAD_KEYS, '');
  const required = (field: string): unknown => {
    const value = record[field];
    if (value === undefined) throw new AdvisorInputError(field, `${field} is required`, value);
    return value;
  };
  const workload: Workload = {
    consistency: checkChoice(required('consistency'), 'consistency', CONSISTENCY_LEVELS),
    peakWritesPerSecond: checkNumber(required('peakWritesPerSecond'), 'peakWritesPerSecond', WORKLOAD_NUMBER_RULES.peakWritesPerSecond),
    peakReadsPerSecond: checkNumber(required('peakReadsPerSecond'), 'peakReadsPerSecond', WORKLOAD_NUMBER_RULES.peakReadsPerSecond),
    dataModel: checkChoice(required('dataModel'), 'dataModel', DATA_MODELS),
  };
  if (record.accessPatterns !== undefined) workload.accessPatterns = checkPatterns(record.accessPatterns);
  for (const field of ['dataSizeGb', 'ingestGbPerDay', 'vectorCount', 'documentCount', 'teamSize', 'monthlyBudgetUsd'] as const) {
    if (record[field] !== undefined) workload[field] = checkNumber(record[field], field, WORKLOAD_NUMBER_RULES[field]);
  }
  if (record.opsExpertise !== undefined) workload.opsExpertise = checkChoice(record.opsExpertise, 'opsExpertise', OPS_EXPERTISE_LEVELS);
  for (const field of ['preferManaged', 'multiRegion', 'handlesMoney'] as const) {
    if (record[field] !== undefined) workload[field] = checkBoolean(record[field], field);
  }
  return workload;
}

const ASSUMPTION_KEYS = Object.keys(DEFAULT_ASSUMPTIONS) as (keyof Assumptions)[];

/** Validates untrusted assumption overrides and fills the rest from `DEFAULT_ASSUMPTIONS`. */
export function parseAssumptions(input: unknown): Assumptions {
  if (input === undefined) return { ...DEFAULT_ASSUMPTIONS };
  const record = checkRecord(input, 'assumptions', ASSUMPTION_KEYS, 'assumptions.');
  const result: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  for (const key of Object.keys(ASSUMPTION_INFO) as NumericAssumptionKey[]) {
    const value = record[key];
    if (value === undefined) continue;
    const info: NumericAssumptionInfo = ASSUMPTION_INFO[key];
    result[key] = checkNumber(value, `assumptions.${key}`, info);
  }
  if (record.cacheEngine !== undefined) result.cacheEngine = checkChoice(record.cacheEngine, 'assumptions.cacheEngine', CACHE_ENGINES);
  return result;
}
