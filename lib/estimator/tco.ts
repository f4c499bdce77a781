import { costOfMonthlyHours, hoursPerMonth, usdPerHour, usdPerMonth, type UsdPerMonth } from '../units';
import { checkRecord, guardFinite, readNumber, type NumberRule } from './validate';

/** Inputs to `estimateTco`: plain numbers. */
export interface TcoInput {
  /** Infrastructure bill (instances, storage, managed-service fees), US dollars per month. */
  infrastructureUsdPerMonth: number;
  /** Engineer hours spent operating the database each month (upgrades, tuning, incidents). */
  opsHoursPerMonth: number;
  /** Loaded cost of one engineer hour, US dollars (the course assumes $200/h: `ENGINEER_RATE_ASSUMPTION`). */
  engineerUsdPerHour: number;
}

/** Result of `estimateTco`. */
export interface TcoEstimate {
  /** opsHoursPerMonth × engineerUsdPerHour. */
  opsUsdPerMonth: UsdPerMonth;
  /** infrastructureUsdPerMonth + opsUsdPerMonth. */
  totalUsdPerMonth: UsdPerMonth;
}

/** Validation rules (and upper limits) for every `TcoInput` field. */
export const TCO_INPUT_RULES = {
  // $1 billion a month.
  infrastructureUsdPerMonth: { min: 0, max: 1e9 },
  // 100,000 h/month ≈ 137 people working around the clock.
  opsHoursPerMonth: { min: 0, max: 1e5 },
  engineerUsdPerHour: { min: 0, max: 1e4 },
} as const satisfies Record<keyof TcoInput, NumberRule>;

const FIELDS = Object.keys(TCO_INPUT_RULES) as (keyof TcoInput)[];

/** Validates untrusted TCO input; throws `EstimatorInputError` naming the bad field. */
export function parseTcoInput(input: unknown): TcoInput {
  const record = checkRecord(input, 'TCO input', FIELDS);
  return {
    infrastructureUsdPerMonth: readNumber(record, 'infrastructureUsdPerMonth', TCO_INPUT_RULES.infrastructureUsdPerMonth),
    opsHoursPerMonth: readNumber(record, 'opsHoursPerMonth', TCO_INPUT_RULES.opsHoursPerMonth),
    engineerUsdPerHour: readNumber(record, 'engineerUsdPerHour', TCO_INPUT_RULES.engineerUsdPerHour),
  };
}

/** Total cost of ownership per month: the infrastructure bill plus the engineering time spent running it. */
export function estimateTco(input: TcoInput): TcoEstimate {
  const i = parseTcoInput(input);
  const opsUsdPerMonth = costOfMonthlyHours(
    hoursPerMonth(i.opsHoursPerMonth),
    usdPerHour(i.engineerUsdPerHour),
  );
  const total = guardFinite(i.infrastructureUsdPerMonth + opsUsdPerMonth, [
    'infrastructureUsdPerMonth',
    'opsHoursPerMonth',
    'engineerUsdPerHour',
  ]);
  return { opsUsdPerMonth, totalUsdPerMonth: usdPerMonth(total) };
}
