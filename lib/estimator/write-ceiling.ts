import { checkRecord, readNumber, type NumberRule } from './validate';

/**
 * Sustained writes/s a single relational primary is quoted as handling, across the seeds:
 * - low 5,000 — seed 000 "DB Choice" ("Single Postgres instance → 5k–10k WPS (with indexes, constraints, WAL
 *   overhead)"); seed 002 HowToHLD "Databases" also sizes a 5K writes/s load as fine for one PostgreSQL primary.
 * - 10,000 — seed 001 "Chapter 16: Database Selection Framework" lists "Write throughput ceiling (~10K writes/sec)"
 *   as the symptom that triggers sharding or an LSM store; seed 002 says below 10K writes/s "PostgreSQL handles this
 *   comfortably without sharding".
 * - 20,000 — seed 002: "Postgres handles 20K writes/second on a single primary".
 * - high 50,000 — seed 002: "single PostgreSQL primary handles 10K–50K OLTP queries/second" and "beyond a single
 *   PostgreSQL primary (~50K w/s)"; seed 001's decision table only sends loads above 50K writes/s to wide-column stores.
 */
export const SINGLE_PRIMARY_WRITE_CEILING_RANGE = { low: 5_000, high: 50_000 } as const;

/**
 * Default ceiling for planning: 10,000 writes/s. It is where the seeds converge on trouble starting (the top of
 * seed 000's 5k–10k with real indexes and WAL, seed 001's "~10K" migration symptom, seed 002's "comfortable below
 * 10K"), and planning against the optimistic 20–50K end risks meeting the wall with no time left to migrate.
 */
export const DEFAULT_WRITE_CEILING_PER_SECOND = 10_000;

/** Inputs to `checkWriteCeiling`. */
export interface WriteCeilingInput {
  /** Peak sustained writes per second today. */
  peakWritesPerSecond: number;
  /** Writes/s the store can sustain (default `DEFAULT_WRITE_CEILING_PER_SECOND`, a single relational primary). */
  ceilingWritesPerSecond?: number;
  /** Compound growth of the write rate per month as a fraction (0.05 = 5 %/month; at most 1 = doubling monthly). */
  monthlyGrowthRate: number;
}

/** Result of `checkWriteCeiling`. */
export interface WriteCeilingCheck {
  /** peakWritesPerSecond ÷ ceilingWritesPerSecond (2 = twice what the store can take). */
  utilisation: number;
  /** 1 − utilisation: the share of the ceiling still free; negative when over (−1 = need twice the ceiling). */
  headroomFraction: number;
  /** Whether the peak is above the ceiling. */
  exceedsCeiling: boolean;
  /**
   * Months of compound growth until the peak reaches the ceiling, ln(ceiling ÷ peak) ÷ ln(1 + growth), fractional;
   * `null` when growth is 0, the peak is 0 (it never gets there), the peak is already over the ceiling, or growth is
   * so slow that the number of months overflows.
   */
  monthsUntilCeiling: number | null;
}

/** Validation rules (and upper limits) for every `WriteCeilingInput` field. */
export const WRITE_CEILING_INPUT_RULES = {
  // A billion writes/s is beyond any system the course covers.
  peakWritesPerSecond: { min: 0, max: 1e9 },
  // At least 1 write/s, so utilisation stays finite.
  ceilingWritesPerSecond: { min: 1, max: 1e9 },
  // Doubling every month is already extreme for sustained growth.
  monthlyGrowthRate: { min: 0, max: 1, fraction: true },
} as const satisfies Record<keyof WriteCeilingInput, NumberRule>;

const FIELDS = Object.keys(WRITE_CEILING_INPUT_RULES) as (keyof WriteCeilingInput)[];

/** Validates untrusted write-ceiling input, applying defaults; throws `EstimatorInputError` naming the bad field. */
export function parseWriteCeilingInput(input: unknown): Required<WriteCeilingInput> {
  const record = checkRecord(input, 'write ceiling input', FIELDS);
  return {
    peakWritesPerSecond: readNumber(record, 'peakWritesPerSecond', WRITE_CEILING_INPUT_RULES.peakWritesPerSecond),
    ceilingWritesPerSecond: readNumber(
      record,
      'ceilingWritesPerSecond',
      WRITE_CEILING_INPUT_RULES.ceilingWritesPerSecond,
      DEFAULT_WRITE_CEILING_PER_SECOND,
    ),
    monthlyGrowthRate: readNumber(record, 'monthlyGrowthRate', WRITE_CEILING_INPUT_RULES.monthlyGrowthRate),
  };
}

/** Compares a peak write rate with a store's ceiling and, given monthly growth, how long until it is reached. */
export function checkWriteCeiling(input: WriteCeilingInput): WriteCeilingCheck {
  const i = parseWriteCeilingInput(input);
  const utilisation = i.peakWritesPerSecond / i.ceilingWritesPerSecond;
  const exceedsCeiling = i.peakWritesPerSecond > i.ceilingWritesPerSecond;
  const months =
    i.monthlyGrowthRate === 0 || exceedsCeiling || i.peakWritesPerSecond === 0
      ? null
      : Math.log(i.ceilingWritesPerSecond / i.peakWritesPerSecond) / Math.log1p(i.monthlyGrowthRate);
  const monthsUntilCeiling = months !== null && Number.isFinite(months) ? months : null;

  return { utilisation, headroomFraction: 1 - utilisation, exceedsCeiling, monthsUntilCeiling };
}
