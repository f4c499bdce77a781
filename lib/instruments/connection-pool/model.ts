import {
  CONNECTION_MEMORY_INPUT_RULES,
  DEFAULT_POOL_SIZE,
  POSTGRES_MB_PER_CONNECTION_PLANNING,
  estimateConnectionMemory,
  type ConnectionMemoryEstimate,
  type ConnectionMemoryInput,
  type PoolMode,
} from '../../estimator';
import { bytes, formatBytes } from '../../units';
import { formatPlainNumber, type ChoiceField, type FieldSpec, type FieldValues } from '../form/fields';
import { formatBytesBoth, formatCount, formatPercent } from '../form/format';
import type { FormSpec } from '../form/form-state';
import type { ResultTable } from '../form/markdown';
import { checkWithEstimator } from '../form/check';

/** The pool modes, with the labels the calculator uses. */
export const POOL_MODE_FIELD = {
  kind: 'choice',
  key: 'poolMode',
  label: 'Pooler',
  choices: [
    { value: 'none', label: 'No pooler' },
    { value: 'session', label: 'Session mode' },
    { value: 'transaction', label: 'Transaction mode' },
  ],
} as const satisfies ChoiceField;

/** The connection-pool calculator's fields, bounded by `CONNECTION_MEMORY_INPUT_RULES` (memory in decimal MB). */
export const CONNECTION_POOL_FIELDS = [
  { kind: 'number', key: 'perConnectionMb', label: 'Memory per connection', unit: 'MB', rule: CONNECTION_MEMORY_INPUT_RULES.perConnectionMb },
  { kind: 'number', key: 'clientConnections', label: 'Client connections', unit: 'connections', rule: CONNECTION_MEMORY_INPUT_RULES.clientConnections },
  POOL_MODE_FIELD,
  { kind: 'number', key: 'poolSize', label: 'Pool size', unit: 'connections', rule: CONNECTION_MEMORY_INPUT_RULES.poolSize },
] as const satisfies readonly FieldSpec[];

const KEYS = CONNECTION_POOL_FIELDS.map((field) => field.key);

/** Reads clean form values as the estimator's input (MB are decimal: 10^6 bytes). */
export function toConnectionInput(values: FieldValues): Required<ConnectionMemoryInput> {
  return {
    perConnectionMb: Number(values.perConnectionMb),
    clientConnections: Number(values.clientConnections),
    poolMode: String(values.poolMode) as PoolMode,
    poolSize: Number(values.poolSize),
    megabyteUnit: 'MB',
  };
}

/** The connection-pool form. */
export const CONNECTION_POOL_FORM: FormSpec = {
  fields: CONNECTION_POOL_FIELDS,
  check: (values) => checkWithEstimator(values, connectionPoolView, KEYS),
};

/**
 * Defaults: the course's planning figure of 10 MB per busy PostgreSQL connection (an assumption, range 2–20 MB:
 * `POSTGRES_CONNECTION_MEMORY_ASSUMPTION`), and an example of 10,000 application connections sharing a pool of 50
 * server connections through PgBouncer in transaction mode (`POOL_SIZE_ASSUMPTION`).
 */
export const CONNECTION_POOL_DEFAULTS: FieldValues = {
  perConnectionMb: POSTGRES_MB_PER_CONNECTION_PLANNING,
  clientConnections: 10_000,
  poolMode: 'transaction',
  poolSize: DEFAULT_POOL_SIZE,
};

/** One bar of the memory chart. */
export interface MemoryBar {
  name: string;
  bytes: number;
  connections: number;
}

/** Everything the connection-pool calculator shows. */
export interface ConnectionPoolView {
  estimate: ConnectionMemoryEstimate;
  mode: PoolMode;
  bars: MemoryBar[];
  formulas: string[];
  table: ResultTable;
  /** The chart's data as a table. */
  chartTable: ResultTable;
  summary: string;
}

const MODE_LABEL: Record<PoolMode, string> = { none: 'No pooler', session: 'Session mode', transaction: 'Transaction mode' };

/** Computes the connection-pool calculator's view from clean values. */
export function connectionPoolView(values: FieldValues): ConnectionPoolView {
  const input = toConnectionInput(values);
  const e = estimateConnectionMemory(input);
  const mb = `${formatPlainNumber(input.perConnectionMb)} MB`;
  const conns = (n: number) => formatCount(n, 'connection', 'connections');
  const formulas = [
    `Without a pooler: ${conns(e.serverConnectionsWithoutPooler)} × ${mb} = ${formatBytesBoth(e.bytesWithoutPooler)}`,
    `${MODE_LABEL[input.poolMode]}: ${conns(e.serverConnectionsWithPooler)} × ${mb} = ${formatBytesBoth(e.bytesWithPooler)}`,
  ];
  const rows: string[][] = [
    ['Server connections without a pooler', formatPlainNumber(e.serverConnectionsWithoutPooler)],
    [`Server connections (${MODE_LABEL[input.poolMode].toLowerCase()})`, formatPlainNumber(e.serverConnectionsWithPooler)],
    ['Memory without a pooler', formatBytesBoth(e.bytesWithoutPooler)],
    [`Memory (${MODE_LABEL[input.poolMode].toLowerCase()})`, formatBytesBoth(e.bytesWithPooler)],
    ['Memory saved', `${formatBytesBoth(e.savedBytes)}, ${formatPercent(e.savedFraction)}`],
  ];
  if (input.poolMode === 'session') rows.push(['Clients waiting for a session', formatPlainNumber(e.clientsWaitingForSession)]);
  const table: ResultTable = { caption: 'Connection memory', headers: ['Measure', 'Value'], numeric: [1], rows };
  const bars: MemoryBar[] = [
    { name: 'No pooler', bytes: e.bytesWithoutPooler, connections: e.serverConnectionsWithoutPooler },
    { name: MODE_LABEL[input.poolMode], bytes: e.bytesWithPooler, connections: e.serverConnectionsWithPooler },
  ];
  const chartTable: ResultTable = {
    caption: 'Server connections and their memory',
    headers: ['Setup', 'Server connections', 'Memory'],
    numeric: [1, 2],
    rows: bars.map((bar) => [bar.name, formatPlainNumber(bar.connections), formatBytesBoth(bytes(bar.bytes))]),
  };
  return {
    estimate: e,
    mode: input.poolMode,
    bars,
    formulas,
    table,
    chartTable,
    summary:
      `Without a pooler the server holds ${conns(e.serverConnectionsWithoutPooler)} using ${formatBytes(e.bytesWithoutPooler, 'decimal')}` +
      (input.poolMode === 'none'
        ? '.'
        : `; in ${MODE_LABEL[input.poolMode].toLowerCase()} it holds ${conns(e.serverConnectionsWithPooler)} using ${formatBytes(e.bytesWithPooler, 'decimal')}.`),
  };
}
