import { perDay, perDayToPerSecond, perSecond, type PerDay, type PerSecond } from '../units';
import { checkRecord, guardFinite, readNumber, type NumberRule } from './validate';
import { classifyWorkload, type WorkloadProfile } from './workload-profile';

/** Inputs to `estimateThroughput`: plain numbers, counts per user per day. */
export interface ThroughputInput {
  /** Daily active users. */
  dailyActiveUsers: number;
  /** Writes each active user makes per day. */
  writesPerUserPerDay: number;
  /** Reads each active user makes per day. */
  readsPerUserPerDay: number;
  /** Peak rate ÷ average rate (default 1, i.e. flat load); applies to reads and writes alike. */
  peakToAverage?: number;
}

/** Result of `estimateThroughput`. */
export interface ThroughputEstimate {
  /** dailyActiveUsers × writesPerUserPerDay. */
  writesPerDay: PerDay;
  /** dailyActiveUsers × readsPerUserPerDay. */
  readsPerDay: PerDay;
  /** writesPerDay ÷ 86,400 (the average). */
  writesPerSecond: PerSecond;
  /** readsPerDay ÷ 86,400 (the average). */
  readsPerSecond: PerSecond;
  /** writesPerSecond × peakToAverage. */
  peakWritesPerSecond: PerSecond;
  /** readsPerSecond × peakToAverage. */
  peakReadsPerSecond: PerSecond;
  /** Reads per write; `null` when there are no writes, or so few that the ratio would overflow (never Infinity or NaN). */
  readWriteRatio: number | null;
  /** Read-heavy above 10:1, write-heavy below 3:1, balanced in between (no writes → read-heavy), with hints. */
  profile: WorkloadProfile;
}

/** Validation rules (and upper limits) for every `ThroughputInput` field. */
export const THROUGHPUT_INPUT_RULES = {
  // 1e10 is more than everyone alive.
  dailyActiveUsers: { min: 0, max: 1e10 },
  // 1e6 actions/user/day ≈ 11.6 per second around the clock: beyond any human, generous for devices.
  writesPerUserPerDay: { min: 0, max: 1e6 },
  readsPerUserPerDay: { min: 0, max: 1e6 },
  // Peak cannot be below average; 1000× is far past any diurnal or event spike.
  peakToAverage: { min: 1, max: 1000 },
} as const satisfies Record<keyof ThroughputInput, NumberRule>;

const FIELDS = Object.keys(THROUGHPUT_INPUT_RULES) as (keyof ThroughputInput)[];

/** Validates untrusted throughput input, applying defaults; throws `EstimatorInputError` naming the bad field. */
export function parseThroughputInput(input: unknown): Required<ThroughputInput> {
  const record = checkRecord(input, 'throughput input', FIELDS);
  const read = (field: keyof ThroughputInput, fallback?: number): number =>
    readNumber(record, field, THROUGHPUT_INPUT_RULES[field], fallback);
  return {
    dailyActiveUsers: read('dailyActiveUsers'),
    writesPerUserPerDay: read('writesPerUserPerDay'),
    readsPerUserPerDay: read('readsPerUserPerDay'),
    peakToAverage: read('peakToAverage', 1),
  };
}

/** Turns daily-active-user activity into average and peak reads/writes per second and a read:write profile. */
export function estimateThroughput(input: ThroughputInput): ThroughputEstimate {
  const i = parseThroughputInput(input);
  const writesPerDay = perDay(guardFinite(i.dailyActiveUsers * i.writesPerUserPerDay, ['dailyActiveUsers', 'writesPerUserPerDay']));
  const readsPerDay = perDay(guardFinite(i.dailyActiveUsers * i.readsPerUserPerDay, ['dailyActiveUsers', 'readsPerUserPerDay']));
  const writesPerSecond = perDayToPerSecond(writesPerDay);
  const readsPerSecond = perDayToPerSecond(readsPerDay);
  const ratio = writesPerDay === 0 ? null : readsPerDay / writesPerDay;
  // Vanishingly few writes (e.g. 1e-320/day) overflow the ratio: that is "no writes" for every practical purpose.
  const readWriteRatio = ratio !== null && Number.isFinite(ratio) ? ratio : null;

  return {
    writesPerDay,
    readsPerDay,
    writesPerSecond,
    readsPerSecond,
    peakWritesPerSecond: perSecond(writesPerSecond * i.peakToAverage),
    peakReadsPerSecond: perSecond(readsPerSecond * i.peakToAverage),
    readWriteRatio,
    profile: classifyWorkload(readWriteRatio),
  };
}
