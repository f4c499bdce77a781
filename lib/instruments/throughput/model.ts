import {
  DEFAULT_WRITE_CEILING_PER_SECOND,
  ESTIMATOR_PRESETS,
  THROUGHPUT_INPUT_RULES,
  checkWriteCeiling,
  estimateThroughput,
  type ThroughputEstimate,
  type ThroughputInput,
} from '../../estimator';
import { SECONDS_PER_DAY, formatDailyRate, formatRate, formatReadable, type PerSecond } from '../../units';
import { formatPlainNumber, numberFormat, type FieldValues, type NumberField } from '../form/fields';
import { formatPercent } from '../form/format';
import { firstPreset, type FormPreset, type FormSpec } from '../form/form-state';
import type { ResultTable } from '../form/markdown';
import { checkWithEstimator } from '../form/check';

/** The throughput calculator's fields, bounded by `THROUGHPUT_INPUT_RULES`. */
export const THROUGHPUT_FIELDS = [
  { kind: 'number', key: 'dailyActiveUsers', label: 'Daily active users', unit: 'users', rule: THROUGHPUT_INPUT_RULES.dailyActiveUsers },
  { kind: 'number', key: 'writesPerUserPerDay', label: 'Writes per user', unit: 'writes/day', rule: THROUGHPUT_INPUT_RULES.writesPerUserPerDay },
  { kind: 'number', key: 'readsPerUserPerDay', label: 'Reads per user', unit: 'reads/day', rule: THROUGHPUT_INPUT_RULES.readsPerUserPerDay },
  { kind: 'number', key: 'peakToAverage', label: 'Peak ÷ average', unit: '×', rule: THROUGHPUT_INPUT_RULES.peakToAverage },
] as const satisfies readonly NumberField[];

const KEYS = THROUGHPUT_FIELDS.map((field) => field.key);

/** Reads clean form values as the estimator's input. */
export function toThroughputInput(values: FieldValues): Required<ThroughputInput> {
  return {
    dailyActiveUsers: Number(values.dailyActiveUsers),
    writesPerUserPerDay: Number(values.writesPerUserPerDay),
    readsPerUserPerDay: Number(values.readsPerUserPerDay),
    peakToAverage: Number(values.peakToAverage),
  };
}

/** The throughput form. */
export const THROUGHPUT_FORM: FormSpec = {
  fields: THROUGHPUT_FIELDS,
  check: (values) => checkWithEstimator(values, throughputView, KEYS),
};

/** The worked examples that give user activity (peak ÷ average is 1 where the example sets none). */
export const THROUGHPUT_PRESETS: readonly FormPreset[] = ESTIMATOR_PRESETS.flatMap((preset) =>
  preset.throughput ? [{ id: preset.id, name: preset.name, values: { peakToAverage: 1, ...preset.throughput } }] : [],
);

/** Where the calculator starts when no preset is named: the first worked example. */
export const THROUGHPUT_FORM_DEFAULTS: FieldValues = firstPreset(THROUGHPUT_PRESETS).values;

/** One bar group of the throughput chart. */
export interface ThroughputBar {
  name: 'Writes' | 'Reads';
  average: number;
  peak: number;
}

/** Everything the throughput calculator shows. */
export interface ThroughputView {
  estimate: ThroughputEstimate;
  bars: ThroughputBar[];
  formulas: string[];
  table: ResultTable;
  /** The chart's data as a table. */
  chartTable: ResultTable;
  /** Peak writes as a share of one relational primary's planning ceiling, as a sentence. */
  ceilingNote: string;
  summary: string;
}

function ratioText(ratio: number | null): string {
  return ratio === null ? 'no writes' : `${formatReadable(ratio, numberFormat({ maximumFractionDigits: 1 }))} reads per write`;
}

/** Computes the throughput calculator's view from clean values. */
export function throughputView(values: FieldValues): ThroughputView {
  const input = toThroughputInput(values);
  const e = estimateThroughput(input);
  const rate = (value: PerSecond, noun: string) => formatRate(value, { noun });
  const users = formatPlainNumber(input.dailyActiveUsers);
  const peak = formatPlainNumber(input.peakToAverage);
  const formulas = [
    `Writes: ${users} users × ${formatPlainNumber(input.writesPerUserPerDay)} writes/day = ${formatDailyRate(e.writesPerDay, { noun: 'writes' })} ÷ ${formatPlainNumber(SECONDS_PER_DAY)} s = ${rate(e.writesPerSecond, 'writes')} on average; × ${peak} = ${rate(e.peakWritesPerSecond, 'writes')} at peak`,
    `Reads: ${users} users × ${formatPlainNumber(input.readsPerUserPerDay)} reads/day = ${formatDailyRate(e.readsPerDay, { noun: 'reads' })} ÷ ${formatPlainNumber(SECONDS_PER_DAY)} s = ${rate(e.readsPerSecond, 'reads')} on average; × ${peak} = ${rate(e.peakReadsPerSecond, 'reads')} at peak`,
  ];

  let ceilingNote: string;
  try {
    const check = checkWriteCeiling({ peakWritesPerSecond: e.peakWritesPerSecond, monthlyGrowthRate: 0 });
    ceilingNote = `Peak writes are ${formatPercent(check.utilisation)} of the ${formatPlainNumber(DEFAULT_WRITE_CEILING_PER_SECOND)} writes/s planning ceiling for one relational primary.`;
  } catch {
    ceilingNote = 'Peak writes are far beyond what any single primary can take.';
  }

  const table: ResultTable = {
    caption: 'Throughput',
    headers: ['Measure', 'Value'],
    numeric: [1],
    rows: [
      ['Writes per day', formatDailyRate(e.writesPerDay, { noun: 'writes' })],
      ['Reads per day', formatDailyRate(e.readsPerDay, { noun: 'reads' })],
      ['Average writes', rate(e.writesPerSecond, 'writes')],
      ['Average reads', rate(e.readsPerSecond, 'reads')],
      ['Peak writes', rate(e.peakWritesPerSecond, 'writes')],
      ['Peak reads', rate(e.peakReadsPerSecond, 'reads')],
      ['Read:write ratio', ratioText(e.readWriteRatio)],
      ['Profile', e.profile.label],
    ],
  };
  const chartTable: ResultTable = {
    caption: 'Average and peak operations per second',
    headers: ['Operation', 'Average', 'Peak'],
    numeric: [1, 2],
    rows: [
      ['Writes', rate(e.writesPerSecond, 'writes'), rate(e.peakWritesPerSecond, 'writes')],
      ['Reads', rate(e.readsPerSecond, 'reads'), rate(e.peakReadsPerSecond, 'reads')],
    ],
  };
  return {
    estimate: e,
    chartTable,
    bars: [
      { name: 'Writes', average: e.writesPerSecond, peak: e.peakWritesPerSecond },
      { name: 'Reads', average: e.readsPerSecond, peak: e.peakReadsPerSecond },
    ],
    formulas,
    table,
    ceilingNote,
    summary: `Writes: ${rate(e.writesPerSecond, 'writes')} on average, ${rate(e.peakWritesPerSecond, 'writes')} at peak. Reads: ${rate(e.readsPerSecond, 'reads')} on average, ${rate(e.peakReadsPerSecond, 'reads')} at peak.`,
  };
}
