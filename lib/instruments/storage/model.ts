import {
  ESTIMATOR_PRESETS,
  STORAGE_DEFAULTS,
  STORAGE_INPUT_RULES,
  estimateStorage,
  type StorageEstimate,
  type StorageInput,
} from '../../estimator';
import { bytes, formatBytes } from '../../units';
import { formatPlainNumber, formatWithUnit, toShown, type FieldValues, type NumberField } from '../form/fields';
import { formatCount, formatPercent } from '../form/format';
import { firstPreset, type FormPreset, type FormSpec } from '../form/form-state';
import type { ResultTable } from '../form/markdown';
import { checkWithEstimator } from '../form/check';

const MIB = 2 ** 20;

/** The storage calculator's fields, bounded by `STORAGE_INPUT_RULES` (shares shown as percentages, blobs in MiB). */
export const STORAGE_FIELDS = [
  { kind: 'number', key: 'bytesPerRecord', label: 'Record size', unit: 'B', rule: STORAGE_INPUT_RULES.bytesPerRecord },
  { kind: 'number', key: 'recordsPerDay', label: 'New records per day', unit: 'records/day', rule: STORAGE_INPUT_RULES.recordsPerDay },
  { kind: 'number', key: 'retentionDays', label: 'Retention', unit: 'days', rule: STORAGE_INPUT_RULES.retentionDays },
  { kind: 'number', key: 'replicationFactor', label: 'Replication factor', unit: 'copies', rule: STORAGE_INPUT_RULES.replicationFactor },
  { kind: 'number', key: 'indexOverhead', label: 'Index overhead', unit: '%', scale: 0.01, rule: STORAGE_INPUT_RULES.indexOverhead },
  { kind: 'number', key: 'blobFraction', label: 'Records with a blob', unit: '%', scale: 0.01, rule: STORAGE_INPUT_RULES.blobFraction },
  // The feed example's image size is 2 × 1024 × 1024 bytes, so MiB shows it as a round 2.
  { kind: 'number', key: 'blobSizeBytes', label: 'Blob size', unit: 'MiB', scale: MIB, rule: STORAGE_INPUT_RULES.blobSizeBytes },
  { kind: 'number', key: 'walOverhead', label: 'WAL and temporary space', unit: '%', scale: 0.01, rule: STORAGE_INPUT_RULES.walOverhead },
  { kind: 'number', key: 'compactionHeadroom', label: 'Compaction headroom', unit: '%', scale: 0.01, rule: STORAGE_INPUT_RULES.compactionHeadroom },
  { kind: 'number', key: 'backupCopies', label: 'Backup copies', unit: 'copies', rule: STORAGE_INPUT_RULES.backupCopies },
] as const satisfies readonly NumberField[];

type StorageKey = (typeof STORAGE_FIELDS)[number]['key'];

function fieldOf(key: StorageKey): NumberField {
  return STORAGE_FIELDS.find((field) => field.key === key) as NumberField;
}

/** Reads clean form values as the estimator's input. */
export function toStorageInput(values: FieldValues): Required<StorageInput> {
  const read = (key: StorageKey) => Number(values[key]);
  return {
    bytesPerRecord: read('bytesPerRecord'),
    recordsPerDay: read('recordsPerDay'),
    retentionDays: read('retentionDays'),
    replicationFactor: read('replicationFactor'),
    indexOverhead: read('indexOverhead'),
    blobFraction: read('blobFraction'),
    blobSizeBytes: read('blobSizeBytes'),
    walOverhead: read('walOverhead'),
    compactionHeadroom: read('compactionHeadroom'),
    backupCopies: read('backupCopies'),
  };
}

const STORAGE_KEYS = STORAGE_FIELDS.map((field) => field.key);

/** The storage form: its fields and the estimator's own check. */
export const STORAGE_FORM: FormSpec = {
  fields: STORAGE_FIELDS,
  check: (values) => checkWithEstimator(values, (v) => estimateStorage(toStorageInput(v)), STORAGE_KEYS),
};

/** The worked examples as form presets (every one has storage inputs; omitted optional inputs take the estimator's defaults). */
export const STORAGE_PRESETS: readonly FormPreset[] = ESTIMATOR_PRESETS.map((preset) => ({
  id: preset.id,
  name: preset.name,
  values: { ...STORAGE_DEFAULTS, ...preset.storage },
}));

/** Where the calculator starts when no preset is named: the first worked example. */
export const STORAGE_FORM_DEFAULTS: FieldValues = firstPreset(STORAGE_PRESETS).values;

/** The layers of the stacked breakdown, bottom to top. */
export const STORAGE_LAYERS = [
  { key: 'raw', label: 'Raw data' },
  { key: 'replication', label: 'Replication' },
  { key: 'indexes', label: 'Indexes' },
  { key: 'extra', label: 'Extra layers' },
  { key: 'blobs', label: 'Blobs' },
] as const;

/** One of the breakdown's layers. */
export type StorageLayerKey = (typeof STORAGE_LAYERS)[number]['key'];

/** Bytes in each layer of the breakdown. */
export type StorageLayers = Record<StorageLayerKey, number>;

/** Splits an estimate into the stacked layers: they add up to `totalBytes`. */
export function storageLayers(estimate: StorageEstimate): StorageLayers {
  const positive = (value: number) => Math.max(0, value);
  return {
    raw: estimate.rawTotalBytes,
    replication: positive(estimate.replicatedBytes - estimate.rawTotalBytes),
    indexes: positive(estimate.withIndexesBytes - estimate.replicatedBytes),
    extra: estimate.walBytes + estimate.compactionBytes + estimate.backupBytes,
    blobs: estimate.blobTotalBytes,
  };
}

/** One point of the growth chart: the layers stored after `x` units of time. */
export interface GrowthPoint extends StorageLayers {
  /** Time since the first record, in `GrowthSeries.unit`. */
  x: number;
  /** The same time in days. */
  day: number;
  /** Total bytes stored at that time. */
  total: number;
}

/** Storage over time, from the first day to a quarter past the retention period. */
export interface GrowthSeries {
  unit: 'days' | 'months' | 'years';
  /** Where the retention period ends, in `unit`: storage stops growing there. */
  retentionX: number;
  points: GrowthPoint[];
}

const GROWTH_STEPS = 40;

/**
 * Storage after each of 41 evenly spaced days, running past the retention period by a quarter: it grows while
 * records accumulate and stays flat once the oldest expire as fast as new ones arrive. Each point is the
 * estimator's answer for a retention of min(day, retention).
 */
export function storageGrowth(input: Required<StorageInput>): GrowthSeries {
  const retention = input.retentionDays;
  const horizon = Math.max(retention * 1.25, 1);
  const unit = horizon > 3 * 365 ? 'years' : horizon > 120 ? 'months' : 'days';
  const daysPerUnit = unit === 'years' ? 365 : unit === 'months' ? 365 / 12 : 1;
  const points: GrowthPoint[] = [];
  for (let step = 0; step <= GROWTH_STEPS; step++) {
    const day = (horizon * step) / GROWTH_STEPS;
    const estimate = estimateStorage({ ...input, retentionDays: Math.min(day, retention) });
    points.push({ x: Math.round((day / daysPerUnit) * 100) / 100, day, total: estimate.totalBytes, ...storageLayers(estimate) });
  }
  return { unit, retentionX: retention / daysPerUnit, points };
}

/** The numbers the storage calculator shows at once, on every keystroke. */
export interface StorageView {
  estimate: StorageEstimate;
  /** The arithmetic with the reader's numbers, one line per step. */
  formulas: string[];
  table: ResultTable;
}

/** What the storage charts need: heavier (41 estimates, many labels), so computed after the numbers are on screen. */
export interface StorageChartView {
  total: number;
  layers: StorageLayers;
  growth: GrowthSeries;
  /** The breakdown chart's data as a table (its text alternative). */
  breakdownTable: ResultTable;
  /** The growth chart's data as a table, every fourth point. */
  growthTable: ResultTable;
  /** One sentence describing the breakdown chart, for readers who cannot see it. */
  breakdownSummary: string;
  /** One sentence describing the growth chart. */
  growthSummary: string;
}

const dec = (size: number) => formatBytes(bytes(size), 'decimal');
const bin = (size: number) => formatBytes(bytes(size), 'binary');
const row = (label: string, size: number): string[] => [label, dec(size), bin(size)];

function formulaLines(i: Required<StorageInput>, e: StorageEstimate, values: FieldValues): string[] {
  const shown = (key: StorageKey) => formatWithUnit(toShown(fieldOf(key), Number(values[key])), fieldOf(key).unit);
  const raw = dec(e.rawTotalBytes);
  const replicated = dec(e.replicatedBytes);
  const withIndexes = dec(e.withIndexesBytes);
  const lines = [
    `Raw data: ${formatPlainNumber(i.bytesPerRecord)} B × ${formatPlainNumber(i.recordsPerDay)} records/day × ${formatPlainNumber(i.retentionDays)} days = ${raw} (${bin(e.rawTotalBytes)})`,
    `Replicated: ${raw} × ${formatCount(i.replicationFactor, 'copy', 'copies')} = ${replicated}`,
    `With indexes: ${replicated} × (1 + ${shown('indexOverhead')}) = ${withIndexes}`,
  ];
  if (i.walOverhead > 0) lines.push(`WAL and temporary space: ${withIndexes} × ${shown('walOverhead')} = ${dec(e.walBytes)}`);
  if (i.compactionHeadroom > 0) lines.push(`Compaction headroom: ${withIndexes} × ${shown('compactionHeadroom')} = ${dec(e.compactionBytes)}`);
  if (i.backupCopies > 0) {
    lines.push(`Backups: ${raw} × (1 + ${shown('indexOverhead')}) × ${formatCount(i.backupCopies, 'copy', 'copies')} = ${dec(e.backupBytes)}`);
  }
  if (e.blobTotalBytes > 0) {
    lines.push(
      `Blobs: ${formatPlainNumber(i.recordsPerDay)} records/day × ${shown('blobFraction')} × ${shown('blobSizeBytes')} × ${formatPlainNumber(i.retentionDays)} days = ${dec(e.blobTotalBytes)}`,
    );
  }
  lines.push(`Total: ${dec(e.totalBytes)} (${bin(e.totalBytes)})`);
  return lines;
}

/** Computes the storage calculator's numbers: the estimate, the formulas and the result table. */
export function storageView(values: FieldValues): StorageView {
  const input = toStorageInput(values);
  const estimate = estimateStorage(input);
  const layers = storageLayers(estimate);
  const table: ResultTable = {
    caption: `Storage after ${formatPlainNumber(input.retentionDays)} days of retention`,
    headers: ['Layer', 'Decimal', 'Binary'],
    numeric: [1, 2],
    rows: [
      row('Raw data (one copy)', estimate.rawTotalBytes),
      row('Replication (extra copies)', layers.replication),
      row('Indexes', layers.indexes),
      row('WAL and temporary space', estimate.walBytes),
      row('Compaction headroom', estimate.compactionBytes),
      row('Backups', estimate.backupBytes),
      row('Blobs (object storage)', estimate.blobTotalBytes),
      row('Database disks', estimate.databaseNodeBytes),
      row('Total', estimate.totalBytes),
    ],
  };
  return { estimate, formulas: formulaLines(input, estimate, values), table };
}

/** Computes what the storage charts draw: the stacked breakdown, growth over time, and their text alternatives. */
export function storageChartView(values: FieldValues): StorageChartView {
  const input = toStorageInput(values);
  const estimate = estimateStorage(input);
  const layers = storageLayers(estimate);
  const growth = storageGrowth(input);
  const shares = layerShares(layers);
  const breakdownTable: ResultTable = {
    caption: 'Stacked breakdown of the total',
    headers: ['Layer', 'Decimal', 'Binary', 'Share'],
    numeric: [1, 2, 3],
    rows: STORAGE_LAYERS.map((layer) => [...row(layer.label, layers[layer.key]), shares[layer.key]]),
  };
  const growthTable: ResultTable = {
    caption: 'Storage over time',
    headers: [`Time (${growth.unit})`, 'Decimal', 'Binary'],
    numeric: [0, 1, 2],
    rows: growth.points.filter((_, i) => i % 4 === 0).map((point) => row(formatPlainNumber(point.x), point.total)),
  };
  const parts = STORAGE_LAYERS.map((layer) => `${layer.label.toLowerCase()} ${dec(layers[layer.key])}`).join(', ');
  const total = dec(estimate.totalBytes);
  return {
    total: estimate.totalBytes,
    layers,
    growth,
    breakdownTable,
    growthTable,
    breakdownSummary: `Total ${total}: ${parts}.`,
    growthSummary:
      input.retentionDays > 0
        ? `Storage grows in a straight line from 0 B to ${total} over ${formatPlainNumber(input.retentionDays)} days, then stays level as the oldest records expire.`
        : 'With a retention of 0 days nothing is kept, so storage stays at 0 B.',
  };
}

/** Shares of the total, for the breakdown's labels (0 when the total is 0). */
export function layerShares(layers: StorageLayers): Record<StorageLayerKey, string> {
  const total = STORAGE_LAYERS.reduce((sum, layer) => sum + layers[layer.key], 0);
  return Object.fromEntries(
    STORAGE_LAYERS.map((layer) => [layer.key, formatPercent(total === 0 ? 0 : layers[layer.key] / total)]),
  ) as Record<StorageLayerKey, string>;
}
