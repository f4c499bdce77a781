/**
 * Versioned records in storage: `{ "version": n, "data": … }`. Reading validates the data, runs
 * migrations from older versions, and turns anything unreadable into a fresh record plus a reason,
 * so a bad value can never reach the UI.
 */

/** Why stored data was thrown away: it did not parse or validate, or it came from a version with no migration. */
export type ReadProblem = 'corrupt' | 'old';

/** How one kind of record is stored. */
export interface VersionedSpec<T> {
  /** The current version; bump it when the data's shape changes, and add a migration from the old one. */
  version: number;
  /** Validates data of the current version; null when it is not valid. */
  parse: (data: unknown) => T | null;
  /** A fresh record, used when nothing (valid) is stored. */
  empty: () => T;
  /** migrations[n] turns version n data into version n + 1 data (it may throw on data it cannot read). */
  migrations?: Readonly<Partial<Record<number, (data: unknown) => unknown>>>;
}

/** The outcome of reading: always usable data, why older data was dropped, and whether to write it back. */
export interface ReadResult<T> {
  data: T;
  problem: ReadProblem | null;
  /** True when storage should be rewritten: after a reset or a migration. */
  rewrite: boolean;
}

/** Reads a stored string (null when nothing is stored) into valid data of the current version. */
export function readVersioned<T>(raw: string | null, spec: VersionedSpec<T>): ReadResult<T> {
  if (raw === null) return { data: spec.empty(), problem: null, rewrite: false };
  const reset = (problem: ReadProblem): ReadResult<T> => ({ data: spec.empty(), problem, rewrite: true });
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return reset('corrupt');
  }
  if (!isRecord(envelope) || !Number.isInteger(envelope.version) || !('data' in envelope)) return reset('corrupt');
  let version = envelope.version as number;
  // A version from the future (or below 1) is someone else's format: nothing here can read it.
  if (version < 1 || version > spec.version) return reset('corrupt');
  let data = envelope.data;
  while (version < spec.version) {
    const migrate = spec.migrations?.[version];
    if (!migrate) return reset('old');
    try {
      data = migrate(data);
    } catch {
      return reset('old');
    }
    version++;
  }
  const parsed = spec.parse(data);
  if (parsed === null) return reset(envelope.version === spec.version ? 'corrupt' : 'old');
  return { data: parsed, problem: null, rewrite: envelope.version !== spec.version };
}

/** The stored form of data at a version. */
export function writeVersioned<T>(data: T, version: number): string {
  return JSON.stringify({ version, data });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
