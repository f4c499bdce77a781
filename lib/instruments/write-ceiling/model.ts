import {
  DEFAULT_WRITE_CEILING_PER_SECOND,
  ESTIMATOR_PRESETS,
  SINGLE_PRIMARY_WRITE_CEILING_RANGE,
  WRITE_CEILING_INPUT_RULES,
  checkWriteCeiling,
  type WriteCeilingCheck,
  type WriteCeilingInput,
} from '../../estimator';
import { formatPlainNumber, type FieldValues, type NumberField } from '../form/fields';
import { formatMonths, formatPercent, niceAxisMax } from '../form/format';
import { firstPreset, type FormPreset, type FormSpec } from '../form/form-state';
import type { ResultTable } from '../form/markdown';
import { checkWithEstimator } from '../form/check';

/** The write-ceiling calculator's fields, bounded by `WRITE_CEILING_INPUT_RULES` (growth shown as a percentage). */
export const WRITE_CEILING_FIELDS = [
  { kind: 'number', key: 'peakWritesPerSecond', label: 'Peak writes today', unit: 'writes/s', rule: WRITE_CEILING_INPUT_RULES.peakWritesPerSecond },
  { kind: 'number', key: 'ceilingWritesPerSecond', label: 'Write ceiling', unit: 'writes/s', rule: WRITE_CEILING_INPUT_RULES.ceilingWritesPerSecond },
  { kind: 'number', key: 'monthlyGrowthRate', label: 'Growth per month', unit: '%', scale: 0.01, rule: WRITE_CEILING_INPUT_RULES.monthlyGrowthRate },
] as const satisfies readonly NumberField[];

const KEYS = WRITE_CEILING_FIELDS.map((field) => field.key);

/** Reads clean form values as the estimator's input. */
export function toWriteCeilingInput(values: FieldValues): Required<WriteCeilingInput> {
  return {
    peakWritesPerSecond: Number(values.peakWritesPerSecond),
    ceilingWritesPerSecond: Number(values.ceilingWritesPerSecond),
    monthlyGrowthRate: Number(values.monthlyGrowthRate),
  };
}

/** The write-ceiling form. */
export const WRITE_CEILING_FORM: FormSpec = {
  fields: WRITE_CEILING_FIELDS,
  check: (values) => checkWithEstimator(values, writeCeilingView, KEYS),
};

/** The worked examples that discuss a write ceiling (the ceiling defaults to the estimator's planning figure). */
export const WRITE_CEILING_PRESETS: readonly FormPreset[] = ESTIMATOR_PRESETS.flatMap((preset) =>
  preset.writeCeiling
    ? [{ id: preset.id, name: preset.name, values: { ceilingWritesPerSecond: DEFAULT_WRITE_CEILING_PER_SECOND, ...preset.writeCeiling } }]
    : [],
);

/** Where the calculator starts when no preset is named: the first worked example. */
export const WRITE_CEILING_FORM_DEFAULTS: FieldValues = firstPreset(WRITE_CEILING_PRESETS).values;

/** One month of the projection chart. */
export interface ProjectionPoint {
  month: number;
  peak: number;
}

/** Everything the write-ceiling calculator shows. */
export interface WriteCeilingView {
  check: WriteCeilingCheck;
  input: Required<WriteCeilingInput>;
  /** Peak writes/s month by month under compound growth. */
  projection: ProjectionPoint[];
  /** Where the projection meets the ceiling, when it does within the chart. */
  crossing: ProjectionPoint | null;
  /** The course's planning range for one PostgreSQL primary. */
  range: { low: number; high: number };
  /** Where the chosen ceiling sits against the planning range, as a sentence. */
  rangeNote: string;
  /** The verdict in one sentence. */
  verdict: string;
  /** Top of the chart's y axis: a round number above the ceiling and the last projected peak. */
  yMax: number;
  /** Headroom as a reader says it: "50%", or "Over by 100%" when the peak is past the ceiling. */
  headroom: string;
  /** Time until the ceiling for a headline: a short value and, past a year, the same in years and months. */
  until: { value: string; detail: string | null };
  table: ResultTable;
  /** The projection as a table (about a dozen rows). */
  projectionTable: ResultTable;
  summary: string;
}

/** Months the chart spans: past the crossing by a quarter when there is one, else two years (12 to 120). */
export function projectionMonths(check: WriteCeilingCheck): number {
  if (check.monthsUntilCeiling === null) return 24;
  return Math.min(120, Math.max(12, Math.ceil(check.monthsUntilCeiling * 1.25)));
}

function verdictOf(i: Required<WriteCeilingInput>, c: WriteCeilingCheck): string {
  const growth = formatPercent(i.monthlyGrowthRate);
  if (c.exceedsCeiling) return `The peak is already over the ceiling: it is ${formatPercent(c.utilisation, 0)} of what the store can take.`;
  if (i.peakWritesPerSecond === 0) return 'With no writes, the ceiling is never reached.';
  if (c.monthsUntilCeiling === 0) return 'The peak is at the ceiling now.';
  if (c.monthsUntilCeiling === null) return `At ${growth} growth a month, the peak never reaches the ceiling.`;
  return `At ${growth} growth a month, the peak reaches the ceiling in ${formatMonths(c.monthsUntilCeiling)}.`;
}

function rangeNoteOf(ceiling: number): string {
  const { low, high } = SINGLE_PRIMARY_WRITE_CEILING_RANGE;
  const range = `${formatPlainNumber(low)}–${formatPlainNumber(high)} writes/s`;
  if (ceiling < low) return `This ceiling is below the course's planning range for one PostgreSQL primary (${range}): a cautious plan.`;
  if (ceiling > high) return `This ceiling is above the course's planning range for one PostgreSQL primary (${range}): measure it with pgbench before relying on it.`;
  return `This ceiling is inside the course's planning range for one PostgreSQL primary (${range}).`;
}

/** Computes the write-ceiling calculator's view from clean values. */
export function writeCeilingView(values: FieldValues): WriteCeilingView {
  const input = toWriteCeilingInput(values);
  const check = checkWriteCeiling(input);
  const months = projectionMonths(check);
  const projection: ProjectionPoint[] = [];
  for (let month = 0; month <= months; month++) {
    projection.push({ month, peak: input.peakWritesPerSecond * (1 + input.monthlyGrowthRate) ** month });
  }
  const crossing =
    check.monthsUntilCeiling !== null && check.monthsUntilCeiling <= months
      ? { month: Math.round(check.monthsUntilCeiling * 10) / 10, peak: input.ceilingWritesPerSecond }
      : null;
  const headroom = check.headroomFraction < 0 ? `Over by ${formatPercent(-check.headroomFraction)}` : formatPercent(check.headroomFraction);
  const writes = (value: number) => `${formatPlainNumber(Math.round(value))} writes/s`;
  const verdict = verdictOf(input, check);
  const { low, high } = SINGLE_PRIMARY_WRITE_CEILING_RANGE;
  const table: ResultTable = {
    caption: 'Write ceiling check',
    headers: ['Measure', 'Value'],
    numeric: [1],
    rows: [
      ['Peak writes today', writes(input.peakWritesPerSecond)],
      ['Write ceiling', writes(input.ceilingWritesPerSecond)],
      ['Utilisation (peak ÷ ceiling)', formatPercent(check.utilisation)],
      ['Headroom', headroom],
      [
        'Months until the ceiling',
        check.exceedsCeiling ? 'Already over' : check.monthsUntilCeiling === null ? 'Never' : formatMonths(check.monthsUntilCeiling),
      ],
      ['Planning range for one PostgreSQL primary', `${formatPlainNumber(low)}–${formatPlainNumber(high)} writes/s`],
    ],
  };
  const until = check.exceedsCeiling
    ? { value: 'Already over', detail: null }
    : check.monthsUntilCeiling === null
      ? { value: 'Never', detail: null }
      : check.monthsUntilCeiling >= 1_200
        ? { value: 'Over 100 years', detail: null }
        : {
            value: `${formatPlainNumber(Math.round(check.monthsUntilCeiling * 10) / 10)} months`,
            detail: check.monthsUntilCeiling >= 12 ? formatMonths(check.monthsUntilCeiling) : null,
          };
  const every = Math.max(1, Math.ceil(months / 12));
  const projectionTable: ResultTable = {
    caption: 'Projected peak writes',
    headers: ['Month', 'Peak writes', 'Over the ceiling?'],
    numeric: [0, 1],
    rows: projection
      .filter((point) => point.month % every === 0 || point.month === months)
      .map((point) => [String(point.month), writes(point.peak), point.peak > input.ceilingWritesPerSecond ? 'Yes' : 'No']),
  };
  const last = projection[projection.length - 1] ?? { month: 0, peak: input.peakWritesPerSecond };
  const yMax = niceAxisMax(Math.max(input.ceilingWritesPerSecond, last.peak) * 1.05);
  return {
    check,
    input,
    projection,
    crossing,
    range: { low, high },
    rangeNote: rangeNoteOf(input.ceilingWritesPerSecond),
    verdict,
    yMax,
    headroom,
    until,
    table,
    projectionTable,
    summary: `Peak writes grow from ${writes(input.peakWritesPerSecond)} to ${writes(last.peak)} over ${months} months, against a ceiling of ${writes(input.ceilingWritesPerSecond)}. ${verdict}`,
  };
}
