import { checkRecord, readNumber, type NumberRule } from './validate';

/**
 * The span of sustained small write transactions per second that one relational primary reaches: about 5,000 on a
 * modest instance with several indexes per table, about 50,000 on a large, tuned one with narrow rows and batched
 * writes. A planning range, not a measurement: `SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION` (./sources.ts) gives the
 * reasoning (group commit shares one WAL flush among all ready commits, so concurrency, CPU per transaction, index
 * maintenance and WAL volume set the ceiling) and names pgbench to measure a real one. Its range equals this one
 * (write-ceiling.test.ts checks).
 */
export const SINGLE_PRIMARY_WRITE_CEILING_RANGE = { low: 5_000, high: 50_000 } as const;

/**
 * Default ceiling for planning: 10,000 writes/s, the course's planning assumption for one PostgreSQL primary. It
 * sits near the conservative end of the range on purpose: planning against the optimistic end risks meeting the
 * wall with no time left to migrate. The write-ceiling calculator and the advisor let the reader change it.
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
