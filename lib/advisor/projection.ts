// Factor 4: a 12-month projection, far enough ahead not to migrate under pressure next quarter, near enough to rest
// on measured growth. The workload's figures are read as today's; every rate and count is grown by
// (1 + monthlyGrowthRate)^12, the growth rate being a labelled planning assumption (5 %/month by default).

import type { Assumptions } from './thresholds';
import type { Workload } from './types';

/** Months in the projection horizon (the framework plans 12 months ahead). */
export const PROJECTION_MONTHS = 12;

const SECONDS_PER_DAY = 86_400;
const BYTES_PER_GB = 1e9;
const DAYS_PER_MONTH = 365 / 12;

/** The workload 12 months from now. `null` means the workload gave nothing to project from. */
export interface Projection {
  /** (1 + monthly growth)^12. */
  growthFactor: number;
  /** Peak writes/s in month 12. */
  writesPerSecond: number;
  /** Peak reads/s in month 12. */
  readsPerSecond: number;
  /** Data held at month 12, GB. */
  dataGb: number | null;
  /** Ingest per day in month 12, GB. */
  ingestGbPerDay: number | null;
  /** Whether `ingestGbPerDay` was estimated from writes/s (time-series workloads without an ingest figure). */
  ingestEstimated: boolean;
  /** Embeddings held at month 12. */
  vectors: number | null;
  /** Searchable documents at month 12. */
  documents: number | null;
  /** Whether `documents` was estimated from data size. */
  documentsEstimated: boolean;
}

/**
 * GB ingested over the next 12 months when today's daily ingest grows monthly: daily × days/month × Σ (1+g)^m
 * for m = 0…11 (with g = 0 that is daily × 365).
 */
export function ingestOverYearGb(dailyGb: number, monthlyGrowthRate: number): number {
  let monthlyFactorSum = 0;
  for (let month = 0; month < PROJECTION_MONTHS; month++) monthlyFactorSum += (1 + monthlyGrowthRate) ** month;
  return dailyGb * DAYS_PER_MONTH * monthlyFactorSum;
}

/** Projects a validated workload 12 months ahead under `assumptions.monthlyGrowthRate`. */
export function projectTwelveMonths(workload: Workload, assumptions: Assumptions): Projection {
  const growthFactor = (1 + assumptions.monthlyGrowthRate) ** PROJECTION_MONTHS;
  const writesPerSecond = workload.peakWritesPerSecond * growthFactor;
  const readsPerSecond = workload.peakReadsPerSecond * growthFactor;

  let ingestGbPerDay: number | null = null;
  let ingestEstimated = false;
  if (workload.ingestGbPerDay !== undefined) {
    ingestGbPerDay = workload.ingestGbPerDay * growthFactor;
  } else if (workload.dataModel === 'time-series') {
    // Without an ingest figure, every write is taken to be one point of `timeSeriesBytesPerPoint` bytes.
    ingestGbPerDay = (writesPerSecond * SECONDS_PER_DAY * assumptions.timeSeriesBytesPerPoint) / BYTES_PER_GB;
    ingestEstimated = true;
  }

  let dataGb: number | null = null;
  if (workload.ingestGbPerDay !== undefined) {
    // Nothing is assumed to expire: an upper bound, which is what capacity planning wants.
    dataGb = (workload.dataSizeGb ?? 0) + ingestOverYearGb(workload.ingestGbPerDay, assumptions.monthlyGrowthRate);
  } else if (workload.dataSizeGb !== undefined) {
    dataGb = workload.dataSizeGb * growthFactor;
  }

  const searchable = workload.dataModel === 'search' || (workload.accessPatterns ?? []).includes('full-text');
  let documents: number | null = null;
  let documentsEstimated = false;
  if (workload.documentCount !== undefined) {
    documents = workload.documentCount * growthFactor;
  } else if (searchable && dataGb !== null) {
    documents = (dataGb * BYTES_PER_GB) / assumptions.bytesPerSearchDocument;
    documentsEstimated = true;
  }

  return {
    growthFactor,
    writesPerSecond,
    readsPerSecond,
    dataGb,
    ingestGbPerDay,
    ingestEstimated,
    vectors: workload.vectorCount === undefined ? null : workload.vectorCount * growthFactor,
    documents,
    documentsEstimated,
  };
}
