import {
  MANAGED_VS_SELF_HOSTED_OPTIONS,
  SENIOR_ENGINEER_USD_PER_HOUR,
  TCO_INPUT_RULES,
  TCO_PRICES_AS_OF,
  breakEvenOpsHours,
  compareTco,
  estimateTco,
  type NumberRange,
  type RangeEstimate,
  type TcoComparisonRow,
  type TcoOption,
} from '../../estimator';
import { formatUsd, formatUsdPerHour, usdPerHour, usdPerMonth } from '../../units';
import { formatPlainNumber, type ChoiceField, type FieldSpec, type FieldValues, type NumberField } from '../form/fields';
import type { FormSpec } from '../form/form-state';
import { formatUsdRange } from '../form/format';
import type { ResultTable } from '../form/markdown';
import { checkWithEstimator } from '../form/check';

// The same bounds compareTco applies to an option's ranges and to the multiplier (lib/estimator/compare-tco.ts).
const USD_RULE = { min: 0, max: 1e9 } as const;
const HOURS_RULE = { min: 0, max: 1e5 } as const;
const MULTIPLIER_RULE = { min: 0, max: 100 } as const;

/** The short name of an option for chart labels: its name without the parenthesised detail. */
export function shortName(option: Pick<TcoOption, 'name'>): string {
  return option.name.replace(/\s*\(.*\)\s*$/, '');
}

const CELLS = [
  { suffix: 'infraLow', label: 'Infrastructure, low', unit: 'USD/month', rule: USD_RULE },
  { suffix: 'infraHigh', label: 'Infrastructure, high', unit: 'USD/month', rule: USD_RULE },
  { suffix: 'opsLow', label: 'Ops time, low', unit: 'h/month', rule: HOURS_RULE },
  { suffix: 'opsHigh', label: 'Ops time, high', unit: 'h/month', rule: HOURS_RULE },
] as const;

/** The key of one editable cell of the options table, e.g. `"rds-postgresql.infraLow"`. */
export function cellKey(optionId: string, suffix: (typeof CELLS)[number]['suffix']): string {
  return `${optionId}.${suffix}`;
}

/** The editable cells of one option: its price range and its ops-hours range. */
export function optionFields(option: TcoOption): NumberField[] {
  return CELLS.map((cell) => ({
    kind: 'number',
    key: cellKey(option.id, cell.suffix),
    label: cell.label,
    group: option.name,
    unit: cell.unit,
    rule: cell.rule,
  }));
}

const ESTIMATE_FIELD = {
  kind: 'choice',
  key: 'estimate',
  label: 'Price the charts at',
  choices: [
    { value: 'low', label: 'The low end of each range' },
    { value: 'mid', label: 'The middle of each range' },
    { value: 'high', label: 'The high end of each range' },
  ],
} as const satisfies ChoiceField;

function optionChoice(key: string, label: string, managed: boolean): ChoiceField {
  return {
    kind: 'choice',
    key,
    label,
    choices: MANAGED_VS_SELF_HOSTED_OPTIONS.filter((option) => option.managed === managed).map((option) => ({
      value: option.id,
      label: shortName(option),
    })),
  };
}

/** The settings above the table: engineer rate, multiplier, range end and the pair for the break-even chart. */
export const TCO_SETTING_FIELDS: readonly FieldSpec[] = [
  { kind: 'number', key: 'engineerUsdPerHour', label: 'Engineer cost', unit: 'USD/h', rule: TCO_INPUT_RULES.engineerUsdPerHour },
  { kind: 'number', key: 'opsHoursMultiplier', label: 'Ops time multiplier', unit: '×', rule: MULTIPLIER_RULE },
  ESTIMATE_FIELD,
  optionChoice('selfHosted', 'Self-hosted option', false),
  optionChoice('managed', 'Managed option', true),
];

/** Every field of the TCO calculator: the settings, then four cells per option. */
export const TCO_FIELDS: readonly FieldSpec[] = [...TCO_SETTING_FIELDS, ...MANAGED_VS_SELF_HOSTED_OPTIONS.flatMap(optionFields)];

/** The options table with the reader's edits applied. */
export function tcoOptions(values: FieldValues): TcoOption[] {
  const range = (id: string, low: 'infraLow' | 'opsLow', high: 'infraHigh' | 'opsHigh'): NumberRange => ({
    low: Number(values[cellKey(id, low)]),
    high: Number(values[cellKey(id, high)]),
  });
  return MANAGED_VS_SELF_HOSTED_OPTIONS.map((option) => ({
    ...option,
    infraUsdPerMonth: range(option.id, 'infraLow', 'infraHigh'),
    opsHoursPerMonth: range(option.id, 'opsLow', 'opsHigh'),
  }));
}

function checkTco(values: FieldValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const option of tcoOptions(values)) {
    for (const [range, low, high] of [
      [option.infraUsdPerMonth, 'infraLow', 'infraHigh'],
      [option.opsHoursPerMonth, 'opsLow', 'opsHigh'],
    ] as const) {
      if (range.low > range.high) {
        errors[cellKey(option.id, low)] = 'The low end must not be above the high end.';
        errors[cellKey(option.id, high)] = 'The high end must not be below the low end.';
      }
    }
  }
  return errors;
}

/** The TCO form: settings and the editable options table, with each low end at most its high end. */
export const TCO_FORM: FormSpec = {
  fields: TCO_FIELDS,
  check: (values) => {
    const errors = checkTco(values);
    if (Object.keys(errors).length) return errors;
    return checkWithEstimator(values, (v) => compareTco(tcoOptions(v), Number(v.engineerUsdPerHour), Number(v.opsHoursMultiplier)), ['engineerUsdPerHour']);
  },
};

/**
 * Defaults: the course's options table (list prices as of December 2026), the assumed $200 an engineer-hour, and
 * self-hosted Cassandra against RDS for PostgreSQL at the middle of each range.
 */
export const TCO_DEFAULTS: FieldValues = {
  engineerUsdPerHour: SENIOR_ENGINEER_USD_PER_HOUR,
  opsHoursMultiplier: 1,
  estimate: 'mid',
  selfHosted: 'cassandra-self-hosted',
  managed: 'rds-postgresql',
  ...Object.fromEntries(
    MANAGED_VS_SELF_HOSTED_OPTIONS.flatMap((option) => [
      [cellKey(option.id, 'infraLow'), option.infraUsdPerMonth.low],
      [cellKey(option.id, 'infraHigh'), option.infraUsdPerMonth.high],
      [cellKey(option.id, 'opsLow'), option.opsHoursPerMonth.low],
      [cellKey(option.id, 'opsHigh'), option.opsHoursPerMonth.high],
    ]),
  ),
};

/** The value at one end (or the middle) of a range. */
export function atEstimate(range: { low: number; high: number }, estimate: RangeEstimate): number {
  return estimate === 'mid' ? (range.low + range.high) / 2 : range[estimate];
}

/** One bar of the comparison chart: infrastructure and ops cost stacked. */
export interface TcoBar {
  id: string;
  name: string;
  managed: boolean;
  infra: number;
  ops: number;
  total: number;
}

/** One point of the break-even chart: each option's monthly total when self-hosting takes `hours` a month. */
export interface BreakEvenPoint {
  hours: number;
  selfHosted: number;
  managed: number;
}

/** Where self-hosting stops being cheaper, in numbers and one sentence. */
export interface BreakEven {
  selfHostedName: string;
  managedName: string;
  /** Ops hours a month where the two cost the same, or `null` when self-hosting is never cheaper (or hours are free). */
  breakEvenHours: number | null;
  /** The self-hosted option's quoted ops hours (× multiplier), low and high. */
  quoted: { low: number; high: number };
  sentence: string;
}

/** The break-even chart: monthly total against the self-hosted option's ops hours. */
export interface BreakEvenChart extends BreakEven {
  maxHours: number;
  /** Round x-axis ticks: 0 to maxHours in five steps. */
  ticks: number[];
  points: BreakEvenPoint[];
  /** The chart's data as a table (every other point). */
  table: ResultTable;
  /** What the chart shows, in one sentence, for readers who cannot see it. */
  summary: string;
}

/** The numbers the TCO calculator shows at once, on every keystroke. */
export interface TcoView {
  rows: TcoComparisonRow[];
  /** The cheapest option at the chosen end of the ranges. */
  cheapest: TcoBar | null;
  breakEven: BreakEven;
  table: ResultTable;
}

/** What the TCO charts need, computed after the numbers are on screen. */
export interface TcoChartView {
  bars: TcoBar[];
  estimate: RangeEstimate;
  breakEven: BreakEvenChart;
  /** The comparison chart's data as a table. */
  barsTable: ResultTable;
  summary: string;
}

/** Rounds up to 1, 2 or 5 times a power of ten: 37 → 50. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

const BREAK_EVEN_STEPS = 20;

interface Inputs {
  rate: number;
  multiplier: number;
  estimate: RangeEstimate;
  options: TcoOption[];
}

function inputsOf(values: FieldValues): Inputs {
  return {
    rate: Number(values.engineerUsdPerHour),
    multiplier: Number(values.opsHoursMultiplier),
    estimate: String(values.estimate) as RangeEstimate,
    options: tcoOptions(values),
  };
}

interface Pair extends BreakEven {
  self: TcoOption;
  /** The managed option with its ops hours × multiplier. */
  managed: TcoOption;
  failed: boolean;
}

function pairOf(values: FieldValues, { options, rate, multiplier, estimate }: Inputs): Pair {
  const self = options.find((option) => option.id === values.selfHosted) ?? options.find((option) => !option.managed);
  const other = options.find((option) => option.id === values.managed) ?? options.find((option) => option.managed);
  if (!self || !other) throw new Error('The options table needs a self-hosted and a managed option.');
  // The managed option's own ops time grows with the multiplier too; the x axis is the self-hosted option's hours.
  const managed: TcoOption = {
    ...other,
    opsHoursPerMonth: { low: other.opsHoursPerMonth.low * multiplier, high: other.opsHoursPerMonth.high * multiplier },
  };
  let breakEvenHours: number | null = null;
  let failed = false;
  let beyond = false;
  try {
    breakEvenHours = breakEvenOpsHours(self, managed, rate, estimate);
  } catch {
    failed = true;
  }
  // A near-zero rate puts the crossing past any real month (even past Infinity for a subnormal rate).
  if (breakEvenHours !== null && !(breakEvenHours <= TCO_INPUT_RULES.opsHoursPerMonth.max)) {
    breakEvenHours = null;
    beyond = true;
  }
  const quoted = { low: self.opsHoursPerMonth.low * multiplier, high: self.opsHoursPerMonth.high * multiplier };
  const selfHostedName = shortName(self);
  const managedName = shortName(other);
  const hours = (value: number) => `${formatPlainNumber(Math.round(value * 10) / 10)} h`;
  let sentence: string;
  if (failed) sentence = `The ops time of ${managedName} is too large to compare.`;
  else if (rate === 0) sentence = 'At $0/h, ops time costs nothing, so only the infrastructure bills differ.';
  else if (beyond) sentence = `At this rate ops time is nearly free, so ${selfHostedName} stays cheaper than ${managedName} at any ops time.`;
  else if (breakEvenHours === null) {
    sentence = `${selfHostedName}'s infrastructure alone costs as much as ${managedName} in total, so self-hosting is never cheaper here.`;
  } else {
    sentence = `At ${formatUsdPerHour(usdPerHour(rate))}, ${selfHostedName} costs less than ${managedName} only while its ops time stays under ${hours(breakEvenHours)} a month; the table quotes ${formatPlainNumber(quoted.low)}–${hours(quoted.high)}.`;
  }
  return { self, managed, failed, selfHostedName, managedName, breakEvenHours, quoted, sentence };
}

function barsOf(rows: TcoComparisonRow[], estimate: RangeEstimate): TcoBar[] {
  return rows.map((row) => {
    const infra = atEstimate(row.infraUsdPerMonth, estimate);
    const ops = atEstimate(row.opsUsdPerMonth, estimate);
    return { id: row.id, name: shortName(row), managed: row.managed, infra, ops, total: infra + ops };
  });
}

const usd = (value: number) => formatUsd(usdPerMonth(value));

/** Computes the TCO calculator's numbers: the comparison table, the cheapest option, and the break-even point. */
export function tcoView(values: FieldValues): TcoView {
  const inputs = inputsOf(values);
  const { options, rate, multiplier, estimate } = inputs;
  const rows = compareTco(options, rate, multiplier);
  const hoursOf = (id: string) => {
    const option = options.find((o) => o.id === id);
    if (!option) return '';
    const low = formatPlainNumber(option.opsHoursPerMonth.low * multiplier);
    const high = formatPlainNumber(option.opsHoursPerMonth.high * multiplier);
    return low === high ? `${low} h` : `${low}–${high} h`;
  };
  const table: ResultTable = {
    caption: `Monthly total cost of ownership at ${formatUsdPerHour(usdPerHour(rate))}, cheapest first (list prices as of ${TCO_PRICES_AS_OF} unless edited)`,
    headers: ['Option', 'Hosting', 'Infrastructure', 'Ops hours', 'Ops time', 'Total', 'Middle'],
    numeric: [2, 3, 4, 5, 6],
    rows: rows.map((row) => [
      row.name,
      row.managed ? 'Managed' : 'Self-hosted',
      formatUsdRange(row.infraUsdPerMonth.low, row.infraUsdPerMonth.high),
      hoursOf(row.id),
      formatUsdRange(row.opsUsdPerMonth.low, row.opsUsdPerMonth.high),
      formatUsdRange(row.low, row.high),
      usd(row.mid),
    ]),
  };
  const cheapest = barsOf(rows, estimate).reduce<TcoBar | null>((best, bar) => (best === null || bar.total < best.total ? bar : best), null);
  const { selfHostedName, managedName, breakEvenHours, quoted, sentence } = pairOf(values, inputs);
  return { rows, cheapest, breakEven: { selfHostedName, managedName, breakEvenHours, quoted, sentence }, table };
}

/** Computes what the TCO charts draw: stacked costs per option and the break-even lines, with their text alternatives. */
export function tcoChartView(values: FieldValues): TcoChartView {
  const inputs = inputsOf(values);
  const { options, rate, multiplier, estimate } = inputs;
  const bars = barsOf(compareTco(options, rate, multiplier), estimate);
  const pair = pairOf(values, inputs);
  // Capped at the estimator's largest ops time, so every point can be priced.
  const maxHours = Math.min(niceCeiling(Math.max(pair.breakEvenHours ?? 0, pair.quoted.high, 8) * 1.5), TCO_INPUT_RULES.opsHoursPerMonth.max);
  const total = (infra: number, hours: number) =>
    estimateTco({ infrastructureUsdPerMonth: infra, opsHoursPerMonth: hours, engineerUsdPerHour: rate }).totalUsdPerMonth;
  const managedTotal = pair.failed
    ? 0
    : total(atEstimate(pair.managed.infraUsdPerMonth, estimate), atEstimate(pair.managed.opsHoursPerMonth, estimate));
  const selfInfra = atEstimate(pair.self.infraUsdPerMonth, estimate);
  const points: BreakEvenPoint[] = [];
  for (let step = 0; step <= BREAK_EVEN_STEPS; step++) {
    const hours = (maxHours * step) / BREAK_EVEN_STEPS;
    points.push({ hours, selfHosted: total(selfInfra, hours), managed: managedTotal });
  }
  const table: ResultTable = {
    caption: `Monthly total against ${pair.selfHostedName}'s ops hours`,
    headers: ['Ops hours a month', pair.selfHostedName, pair.managedName],
    numeric: [0, 1, 2],
    rows: points.filter((_, i) => i % 2 === 0).map((point) => [formatPlainNumber(point.hours), usd(point.selfHosted), usd(point.managed)]),
  };
  const { selfHostedName, managedName, breakEvenHours, quoted, sentence } = pair;
  const first = points[0];
  const last = points[points.length - 1];
  const crossing =
    breakEvenHours !== null && breakEvenHours <= maxHours ? `; the lines cross at ${formatPlainNumber(Math.round(breakEvenHours * 10) / 10)} h` : '';
  const chartSummary =
    first && last
      ? `${selfHostedName} rises from ${usd(first.selfHosted)} at 0 h to ${usd(last.selfHosted)} at ${formatPlainNumber(maxHours)} h a month; ${managedName} stays at ${usd(managedTotal)}${crossing}.`
      : sentence;
  const byTotal = [...bars].sort((a, b) => a.total - b.total);
  const cheapest = byTotal[0];
  const dearest = byTotal[byTotal.length - 1];
  return {
    bars,
    estimate,
    breakEven: {
      selfHostedName,
      managedName,
      breakEvenHours,
      quoted,
      sentence,
      maxHours,
      ticks: Array.from({ length: 6 }, (_, i) => (maxHours * i) / 5),
      points,
      table,
      summary: chartSummary,
    },
    barsTable: {
      caption: `Monthly cost at the ${estimate === 'mid' ? 'middle' : `${estimate} end`} of each range`,
      headers: ['Option', 'Infrastructure', 'Ops time', 'Total'],
      numeric: [1, 2, 3],
      rows: bars.map((bar) => [bar.name, usd(bar.infra), usd(bar.ops), usd(bar.total)]),
    },
    summary:
      cheapest && dearest
        ? `${bars.length} options, from ${cheapest.name} at ${usd(cheapest.total)} to ${dearest.name} at ${usd(dearest.total)}, of which ${usd(dearest.ops)} is ops time.`
        : 'No options to compare.',
  };
}
