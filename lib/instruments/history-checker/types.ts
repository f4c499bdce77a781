/**
 * The shapes of the history checker (see check.ts): a history of timed reads and writes on one register, and
 * what the search found for it. Times are whole numbers on an abstract clock (no unit: only their order matters).
 */

/** Clients that may issue operations: numbered 1 to 4. */
export const CLIENTS = [1, 2, 3, 4] as const;
export type Client = (typeof CLIENTS)[number];

/** What an operation does to the register. */
export const OPERATION_KINDS = ['write', 'read'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/**
 * One completed operation on the register x: a write of `value`, or a read that returned `value`. The client
 * invoked it at `invoke` and saw its response at `response`; it took effect somewhere in between.
 */
export interface Operation {
  client: Client;
  kind: OperationKind;
  value: number;
  invoke: number;
  response: number;
}

/** The models the checker tests a history against, strongest first. */
export const MODELS = ['linearizable', 'sequential'] as const;
export type Model = (typeof MODELS)[number];

/** Why an operation could not be placed next at the point where the search got furthest. */
export interface Blocker {
  /** Index of the operation in the history. */
  op: number;
  /** `stale-read`: it read a value the register did not hold then; `must-wait`: another unplaced operation has to come first. */
  reason: 'stale-read' | 'must-wait';
  /** For a stale read, the value x held at that point; for must-wait, the operation that must come first. */
  detail: number;
}

/** One model's answer: an order that satisfies it (a witness), or how far the search got before every branch failed. */
export type ModelResult =
  | { holds: true; order: number[]; statesExplored: number }
  | { holds: false; longestPrefix: number[]; blockers: Blocker[]; statesExplored: number };

/** The strongest model a history satisfies, or neither. */
export type Verdict = 'linearizable' | 'sequential' | 'neither';

/** The checker's whole answer for a history. */
export interface HistoryReport {
  verdict: Verdict;
  linearizable: ModelResult;
  sequential: ModelResult;
}
