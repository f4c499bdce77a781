// The advisor's forms, built on the instruments' form kit (lib/instruments/form: fields, form state and URL
// state): a workload is a set of flat field values so that it lives in the query string like any
// calculator's. UI-facing only; `advise` and its contract do not depend on this file.

import type { ChoiceField, FieldValues, NumberField } from '../form/fields';
import type { FormPreset, FormSpec } from '../form/form-state';
import { AdvisorInputError } from '../../advisor/errors';
import { ADVISOR_PRESETS } from '../../advisor/presets';
import { ASSUMPTION_INFO, CACHE_ENGINES, DEFAULT_ASSUMPTIONS, type Assumptions, type NumericAssumptionKey } from '../../advisor/thresholds';
import {
  ACCESS_PATTERNS,
  CONSISTENCY_LEVELS,
  DATA_MODELS,
  OPS_EXPERTISE_LEVELS,
  type AccessPattern,
  type Consistency,
  type DataModel,
  type Workload,
} from '../../advisor/types';
import { WORKLOAD_NUMBER_RULES, parseAssumptions, parseWorkload } from '../../advisor/validate';

/** Value of a choice field that leaves an optional workload field out ("not stated"). */
export const UNSTATED = 'unstated';

const YES = 'yes';
const NO = 'no';
const YES_NO = [
  { value: YES, label: 'Yes' },
  { value: NO, label: 'No' },
] as const;

/** Reader-facing names of the consistency levels. */
export const CONSISTENCY_LABELS: Readonly<Record<Consistency, string>> = {
  strong: 'Strong (latest write, always)',
  'read-your-writes': 'Read-your-writes',
  causal: 'Causal',
  eventual: 'Eventual (stale is fine)',
};

/** Reader-facing names of the data models. */
export const DATA_MODEL_LABELS: Readonly<Record<DataModel, string>> = {
  relational: 'Relational (tables, joins)',
  document: 'Documents (nested records)',
  'wide-column': 'Wide-column (partition + sort key)',
  'key-value': 'Key-value',
  'time-series': 'Time series',
  graph: 'Graph',
  vector: 'Vectors (embeddings)',
  search: 'Searchable text',
  blob: 'Files and blobs',
};

/** Reader-facing names of the access patterns. */
export const ACCESS_PATTERN_LABELS: Readonly<Record<AccessPattern, string>> = {
  'point-lookup': 'Point lookups by key',
  'range-scan': 'Range scans (by time or key)',
  joins: 'Joins across tables',
  aggregation: 'Aggregations over many rows',
  'full-text': 'Full-text search',
  geospatial: 'Geospatial queries',
  traversal: 'Graph traversals',
  similarity: 'Similarity search',
  ttl: 'Data expires (TTL)',
};

const number = (key: keyof typeof WORKLOAD_NUMBER_RULES, label: string, unit: string, optional = false): NumberField => ({
  kind: 'number',
  key,
  label,
  unit,
  rule: WORKLOAD_NUMBER_RULES[key],
  ...(optional ? { optional: true } : {}),
});

const yesNo = (key: string, label: string): ChoiceField => ({ kind: 'choice', key, label, choices: YES_NO });

/** Consistency, peak rates, money and regions. */
export const LOAD_FIELDS = [
  {
    kind: 'choice',
    key: 'consistency',
    label: 'Weakest consistency the data tolerates',
    choices: CONSISTENCY_LEVELS.map((value) => ({ value, label: CONSISTENCY_LABELS[value] })),
  },
  number('peakWritesPerSecond', 'Peak writes today', 'writes/s'),
  number('peakReadsPerSecond', 'Peak reads today', 'reads/s'),
] as const satisfies readonly (NumberField | ChoiceField)[];

/** Yes/no facts about the load, shown as checkboxes. */
export const LOAD_FLAGS = [
  yesNo('handlesMoney', 'The data handles money (balances, payments, orders)'),
  yesNo('multiRegion', 'Writes must be accepted in more than one region'),
] as const satisfies readonly ChoiceField[];

/** The dominant data model. */
export const DATA_MODEL_FIELD = {
  kind: 'choice',
  key: 'dataModel',
  label: 'Data model',
  choices: DATA_MODELS.map((value) => ({ value, label: DATA_MODEL_LABELS[value] })),
} as const satisfies ChoiceField;

/** One yes/no field per access pattern; the URL parameter is the pattern's id (`full-text=yes`). */
export const ACCESS_PATTERN_FIELDS: readonly ChoiceField[] = ACCESS_PATTERNS.map((pattern) => yesNo(pattern, ACCESS_PATTERN_LABELS[pattern]));

/** Sizes; each may be left empty when not known. */
export const DATA_FIELDS = [
  number('dataSizeGb', 'Data stored today', 'GB', true),
  number('ingestGbPerDay', 'New data per day', 'GB/day', true),
  number('vectorCount', 'Embeddings stored', 'vectors', true),
  number('documentCount', 'Searchable documents', 'documents', true),
] as const satisfies readonly NumberField[];

/** The team and its budget. */
export const TEAM_FIELDS = [
  number('teamSize', 'Engineers on the team', 'engineers', true),
  {
    kind: 'choice',
    key: 'opsExpertise',
    label: 'Database operations experience',
    choices: [
      { value: UNSTATED, label: 'Not stated' },
      ...OPS_EXPERTISE_LEVELS.map((value) => ({
        value,
        label: value === 'deep' ? 'Deep: has run this kind of store in production' : value === 'some' ? 'Some' : 'None',
      })),
    ],
  },
  {
    kind: 'choice',
    key: 'preferManaged',
    label: 'Prefers managed services',
    choices: [
      { value: UNSTATED, label: 'Not stated' },
      { value: YES, label: 'Yes: a provider runs the database' },
      { value: NO, label: 'No: open to self-hosting' },
    ],
  },
  number('monthlyBudgetUsd', 'Monthly budget for the data layer', 'USD/month', true),
] as const satisfies readonly (NumberField | ChoiceField)[];

/** Every workload field, in form order. */
export const WORKLOAD_FIELDS: readonly (NumberField | ChoiceField)[] = [
  ...LOAD_FIELDS,
  ...LOAD_FLAGS,
  DATA_MODEL_FIELD,
  ...ACCESS_PATTERN_FIELDS,
  ...DATA_FIELDS,
  ...TEAM_FIELDS,
];

const OPTIONAL_NUMBERS = ['dataSizeGb', 'ingestGbPerDay', 'vectorCount', 'documentCount', 'teamSize', 'monthlyBudgetUsd'] as const;

/** A workload as form values: every pattern and flag explicit, optional numbers present only when given. */
export function valuesFromWorkload(workload: Workload): FieldValues {
  const patterns = new Set(workload.accessPatterns ?? []);
  const values: Record<string, number | string> = {
    consistency: workload.consistency,
    peakWritesPerSecond: workload.peakWritesPerSecond,
    peakReadsPerSecond: workload.peakReadsPerSecond,
    dataModel: workload.dataModel,
    handlesMoney: workload.handlesMoney === true ? YES : NO,
    multiRegion: workload.multiRegion === true ? YES : NO,
    opsExpertise: workload.opsExpertise ?? UNSTATED,
    preferManaged: workload.preferManaged === undefined ? UNSTATED : workload.preferManaged ? YES : NO,
  };
  for (const pattern of ACCESS_PATTERNS) values[pattern] = patterns.has(pattern) ? YES : NO;
  for (const key of OPTIONAL_NUMBERS) {
    const value = workload[key];
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/**
 * Form values as a workload, validated by `parseWorkload` (throws `AdvisorInputError` naming the field). `false`
 * flags are left out: the advisor reads an absent `handlesMoney` or `multiRegion` as false.
 */
export function workloadFromValues(values: FieldValues): Workload {
  const draft: Record<string, unknown> = {
    consistency: values.consistency,
    peakWritesPerSecond: values.peakWritesPerSecond,
    peakReadsPerSecond: values.peakReadsPerSecond,
    dataModel: values.dataModel,
  };
  const patterns = ACCESS_PATTERNS.filter((pattern) => values[pattern] === YES);
  if (patterns.length > 0) draft.accessPatterns = patterns;
  for (const key of OPTIONAL_NUMBERS) if (values[key] !== undefined) draft[key] = values[key];
  if (values.opsExpertise !== undefined && values.opsExpertise !== UNSTATED) draft.opsExpertise = values.opsExpertise;
  if (values.preferManaged === YES || values.preferManaged === NO) draft.preferManaged = values.preferManaged === YES;
  if (values.handlesMoney === YES) draft.handlesMoney = true;
  if (values.multiRegion === YES) draft.multiRegion = true;
  return parseWorkload(draft);
}

/** Turns an advisor rejection into a message on the field it names (or on the first field). */
function checkWith(run: () => unknown, keys: readonly string[], prefix = ''): Record<string, string> {
  try {
    run();
    return {};
  } catch (error) {
    const named = error instanceof AdvisorInputError ? error.field.slice(prefix.length) : '';
    const key = keys.includes(named) ? named : (keys[0] ?? '');
    return { [key]: 'The advisor cannot use this value together with the others.' };
  }
}

const WORKLOAD_KEYS = WORKLOAD_FIELDS.map((field) => field.key);

/** The workload form. Its check runs the same validation as `advise`, so the last valid values always advise. */
export const WORKLOAD_FORM: FormSpec = {
  fields: WORKLOAD_FIELDS,
  check: (values) => checkWith(() => workloadFromValues(values), WORKLOAD_KEYS),
};

/** The case studies as form presets, in course order. */
export const WORKLOAD_PRESETS: readonly FormPreset[] = ADVISOR_PRESETS.map((preset) => ({
  id: preset.id,
  name: preset.label,
  values: valuesFromWorkload(preset.workload),
}));

/** Where each case study's numbers come from, in the shape the preset picker shows. */
export const WORKLOAD_PRESET_SOURCES: readonly { id: string; source: string; assumptions: readonly string[] }[] = ADVISOR_PRESETS.map(
  (preset) => ({ id: preset.id, source: preset.source, assumptions: preset.assumed }),
);

/** Assumption keys in panel order: the thresholds the framework turns on first, the estimating constants last. */
export const NUMERIC_ASSUMPTION_KEYS: readonly NumericAssumptionKey[] = [
  'writeCeilingPerSecond',
  'singleNodeReadsPerSecond',
  'writeHeavyPerSecond',
  'monthlyGrowthRate',
  'nearCeilingShare',
  'engineerUsdPerHour',
  'selfHostedOpsHoursPerMonth',
  'pgvectorMaxVectors',
  'postgresFullTextMaxDocuments',
  'timescaleMaxIngestGbPerDay',
  'columnarAnalyticsAboveGb',
  'managedBelowTeamSize',
  'maxTechnologiesWithoutOperators',
  'bytesPerSearchDocument',
  'timeSeriesBytesPerPoint',
];

/** Assumptions stored as fractions and shown as percentages. */
const PERCENT_KEYS: ReadonlySet<NumericAssumptionKey> = new Set(['monthlyGrowthRate', 'nearCeilingShare']);

/** One number field per numeric assumption, bounded by `ASSUMPTION_INFO` (fractions shown as percentages). */
export const ASSUMPTION_FIELDS: readonly NumberField[] = NUMERIC_ASSUMPTION_KEYS.map((key) => {
  const info = ASSUMPTION_INFO[key];
  const rule = { min: info.min, max: info.max, ...(info.integer ? { integer: true } : {}) };
  return PERCENT_KEYS.has(key)
    ? { kind: 'number', key, label: info.label, unit: '%', scale: 0.01, rule }
    : { kind: 'number', key, label: info.label, unit: info.unit, rule };
});

/** Which Redis-API engine to propose for caches. */
export const CACHE_ENGINE_FIELD: ChoiceField = {
  kind: 'choice',
  key: 'cacheEngine',
  label: 'Cache engine',
  choices: CACHE_ENGINES.map((value) => ({ value, label: value === 'valkey' ? 'Valkey (BSD-3)' : 'Redis' })),
};

const ASSUMPTION_KEYS = [...NUMERIC_ASSUMPTION_KEYS, 'cacheEngine'];

/** The assumptions as form values. */
export const DEFAULT_ASSUMPTION_VALUES: FieldValues = { ...DEFAULT_ASSUMPTIONS };

/** Assumption form values as validated assumptions (throws `AdvisorInputError` naming `assumptions.<key>`). */
export function assumptionsFromValues(values: FieldValues): Assumptions {
  const draft: Record<string, unknown> = {};
  for (const key of ASSUMPTION_KEYS) if (values[key] !== undefined) draft[key] = values[key];
  return parseAssumptions(draft);
}

/** The assumptions panel's form. */
export const ASSUMPTION_FORM: FormSpec = {
  fields: [...ASSUMPTION_FIELDS, CACHE_ENGINE_FIELD],
  check: (values) => checkWith(() => assumptionsFromValues(values), ASSUMPTION_KEYS, 'assumptions.'),
};

/** The keys of assumptions whose value differs from the default. */
export function changedAssumptions(values: FieldValues): string[] {
  return ASSUMPTION_KEYS.filter((key) => values[key] !== DEFAULT_ASSUMPTION_VALUES[key]);
}
