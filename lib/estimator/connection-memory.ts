import { bytes, fromUnit, type Bytes } from '../units';
import { EstimatorInputError } from './errors';
import { checkRecord, describeValue, guardFinite, readNumber, type NumberRule } from './validate';

/**
 * Memory PostgreSQL needs per server connection, in MB. Seed 002 (HowToHLD "Databases"): "PostgreSQL allocates
 * 5–10MB per connection". Seed 004 ("Fsp Database Architecture", The Simplified Tech) implies ~20 MB
 * ("At 500 connections, PostgreSQL consumes ~10GB RAM"), above that range.
 */
export const POSTGRES_MB_PER_CONNECTION_RANGE = { low: 5, high: 10 } as const;

/**
 * Server connections a pooler keeps when `poolSize` is not given. Seed 004: "With PgBouncer, 10,000 application
 * 'connections' use only 50 real database connections".
 */
export const DEFAULT_POOL_SIZE = 50;

/** How client connections reach the database: directly, or through a pooler in session or transaction mode. */
export type PoolMode = 'none' | 'session' | 'transaction';

/** Inputs to `estimateConnectionMemory`. */
export interface ConnectionMemoryInput {
  /** Memory per server connection, in `megabyteUnit` (MB by default); seed range 5–10 MB for PostgreSQL. */
  perConnectionMb: number;
  /** Connections the application side opens (all app instances together). */
  clientConnections: number;
  /** `'none'`: no pooler; `'session'`: a server connection per client session; `'transaction'`: per transaction. */
  poolMode: PoolMode;
  /** Server connections the pooler may open (default 50); ignored when `poolMode` is `'none'`. */
  poolSize?: number;
  /** Whether `perConnectionMb` is decimal MB (10^6 bytes, default) or MiB (2^20 bytes). */
  megabyteUnit?: 'MB' | 'MiB';
}

/** Result of `estimateConnectionMemory`. */
export interface ConnectionMemoryEstimate {
  /** Server connections with every client connecting directly (= clientConnections). */
  serverConnectionsWithoutPooler: number;
  /** Server connections with the chosen pool mode: min(clientConnections, poolSize), or clientConnections for `'none'`. */
  serverConnectionsWithPooler: number;
  /** serverConnectionsWithoutPooler × per-connection memory. */
  bytesWithoutPooler: Bytes;
  /** serverConnectionsWithPooler × per-connection memory (the pooler's own small footprint is ignored). */
  bytesWithPooler: Bytes;
  /** bytesWithoutPooler − bytesWithPooler. */
  savedBytes: Bytes;
  /** savedBytes ÷ bytesWithoutPooler (0 when there is nothing to save). */
  savedFraction: number;
  /**
   * Session mode only: clients that must wait for a free server connection, because each connected session
   * pins one (clientConnections − poolSize, at least 0). Transaction mode multiplexes instead, so this is 0.
   */
  clientsWaitingForSession: number;
}

/** Validation rules (and upper limits) for the numeric `ConnectionMemoryInput` fields. */
export const CONNECTION_MEMORY_INPUT_RULES = {
  // 100 GB per connection is absurd already; the seeds say 5–20 MB.
  perConnectionMb: { min: 0, max: 1e5 },
  clientConnections: { min: 0, max: 1e8, integer: true },
  poolSize: { min: 1, max: 1e6, integer: true },
} as const satisfies Record<string, NumberRule>;

const POOL_MODES: readonly PoolMode[] = ['none', 'session', 'transaction'];
const FIELDS = ['perConnectionMb', 'clientConnections', 'poolMode', 'poolSize', 'megabyteUnit'] as const;

/** Validates untrusted connection-memory input, applying defaults; throws `EstimatorInputError` naming the bad field. */
export function parseConnectionMemoryInput(input: unknown): Required<ConnectionMemoryInput> {
  const record = checkRecord(input, 'connection memory input', FIELDS);
  const poolMode = record.poolMode;
  if (typeof poolMode !== 'string' || !(POOL_MODES as readonly string[]).includes(poolMode)) {
    throw new EstimatorInputError(
      'poolMode',
      `poolMode must be one of ${POOL_MODES.join(', ')} (got ${describeValue(poolMode)})`,
      poolMode,
    );
  }
  const unit = record.megabyteUnit ?? 'MB';
  if (unit !== 'MB' && unit !== 'MiB') {
    throw new EstimatorInputError('megabyteUnit', `megabyteUnit must be MB or MiB (got ${describeValue(unit)})`, unit);
  }
  return {
    perConnectionMb: readNumber(record, 'perConnectionMb', CONNECTION_MEMORY_INPUT_RULES.perConnectionMb),
    clientConnections: readNumber(record, 'clientConnections', CONNECTION_MEMORY_INPUT_RULES.clientConnections),
    poolMode: poolMode as PoolMode,
    poolSize: readNumber(record, 'poolSize', CONNECTION_MEMORY_INPUT_RULES.poolSize, DEFAULT_POOL_SIZE),
    megabyteUnit: unit,
  };
}

/**
 * Memory the database spends on connections, without and with a pooler. In transaction mode the server holds
 * only `poolSize` connections however many clients there are; in session mode it also holds at most `poolSize`,
 * but the clients beyond that wait (`clientsWaitingForSession`).
 */
export function estimateConnectionMemory(input: ConnectionMemoryInput): ConnectionMemoryEstimate {
  const i = parseConnectionMemoryInput(input);
  const perConnection = fromUnit(i.perConnectionMb, i.megabyteUnit);
  const withPooler = i.poolMode === 'none' ? i.clientConnections : Math.min(i.clientConnections, i.poolSize);
  const waiting = i.poolMode === 'session' ? Math.max(0, i.clientConnections - i.poolSize) : 0;

  const bytesWithoutPooler = bytes(
    guardFinite(i.clientConnections * perConnection, ['perConnectionMb', 'clientConnections']),
  );
  const bytesWithPooler = bytes(withPooler * perConnection);
  const savedBytes = bytes(bytesWithoutPooler - bytesWithPooler);

  return {
    serverConnectionsWithoutPooler: i.clientConnections,
    serverConnectionsWithPooler: withPooler,
    bytesWithoutPooler,
    bytesWithPooler,
    savedBytes,
    savedFraction: bytesWithoutPooler === 0 ? 0 : savedBytes / bytesWithoutPooler,
    clientsWaitingForSession: waiting,
  };
}
