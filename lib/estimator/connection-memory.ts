import { bytes, fromUnit, type Bytes } from '../units';
import { EstimatorInputError } from './errors';
import { FREUND_CONNECTION_MEMORY, PGBOUNCER_CONFIG, PG_WIKI_CONNECTIONS, assumption } from './sources';
import { checkRecord, describeValue, guardFinite, readNumber, type NumberRule } from './validate';

/**
 * Memory one PostgreSQL server connection holds, in MB: about 2 for an idle backend to 20 or more for one with many
 * cached plans or a running sort. `ps` and `top` overstate it by counting the shared buffers a backend has touched;
 * measured carefully, a fresh connection's own overhead is under 2 MiB (Freund 2020, `FREUND_CONNECTION_MEMORY`),
 * and it grows with the catalog and plan caches it fills and the work_mem each sort or hash uses.
 */
export const POSTGRES_MB_PER_CONNECTION_RANGE = { low: 2, high: 20 } as const;

/** The figure the course plans with: about 10 MB per busy connection (a planning assumption; range above). */
export const POSTGRES_MB_PER_CONNECTION_PLANNING = 10;

/** The per-connection memory figure as a labelled planning assumption, for the calculator to show. */
export const POSTGRES_CONNECTION_MEMORY_ASSUMPTION = assumption(
  'About 10 MB per busy PostgreSQL connection',
  'Each connection is a server process with private memory: catalog and plan caches that grow with the tables and statements it touches, plus work_mem (4 MB by default) for each sort or hash it runs. A fresh backend holds under 2 MiB of its own; a busy one with many cached plans or a running sort holds 20 MB or more. Measure your own backends rather than trusting a constant.',
  { low: POSTGRES_MB_PER_CONNECTION_RANGE.low, high: POSTGRES_MB_PER_CONNECTION_RANGE.high, unit: 'MB per connection' },
  [FREUND_CONNECTION_MEMORY],
);

/**
 * Server connections a pooler keeps when `poolSize` is not given: 50, the calculator's example. PgBouncer's own
 * `default_pool_size` is 20 per user and database (`PGBOUNCER_CONFIG`); the PostgreSQL wiki's rule of thumb of about
 * twice the core count in active connections (`PG_WIKI_CONNECTIONS`) puts 50 at a server of about 24 cores.
 */
export const DEFAULT_POOL_SIZE = 50;

/** The pool-size example as a labelled planning assumption. */
export const POOL_SIZE_ASSUMPTION = assumption(
  'A pool of 50 server connections',
  'A pool only needs as many server connections as transactions run at once: about twice the core count is a common starting point, 32 for a 16-core server, 48 for 24 cores. The calculator starts at 50 to show 10,000 clients sharing a small pool; PgBouncer itself defaults to 20 per user and database.',
  { low: 20, high: 100, unit: 'connections' },
  [PG_WIKI_CONNECTIONS, PGBOUNCER_CONFIG],
);

/** How client connections reach the database: directly, or through a pooler in session or transaction mode. */
export type PoolMode = 'none' | 'session' | 'transaction';

/** Inputs to `estimateConnectionMemory`. */
export interface ConnectionMemoryInput {
  /** Memory per server connection, in `megabyteUnit` (MB by default); the course plans with 10 MB (range 2–20). */
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
  // 100 GB per connection is absurd already; real backends hold a few MB to a few tens of MB.
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
