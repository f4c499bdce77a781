/**
 * The shapes of the quorum simulator (see simulate.ts): the scenario a reader builds (a cluster's settings and
 * the operations run against it, one per step) and what the model derives from it, step by step.
 *
 * One key lives on N home replicas, nodes 0…N−1 in its preference list; the next STAND_INS nodes on the ring
 * (N, N+1) are not replicas of the key, but a sloppy quorum may borrow them while home replicas are unreachable.
 * Every node can coordinate a request. Steps are one second apart on the real clock.
 */

/** Nodes after the home replicas in the key's preference list: stand-ins a sloppy quorum can borrow. */
export const STAND_INS = 2;

/**
 * How the cluster treats a home replica it cannot reach during a write.
 * - `strict`: the write counts only home replicas, and a missed replica catches up only through read repair or
 *   anti-entropy repair.
 * - `hints`: as strict, but the coordinator keeps a hint for each home replica that missed the write and replays
 *   it when that replica is reachable again (Cassandra's hinted handoff; hints never count towards W).
 * - `sloppy`: the write goes to the first N reachable nodes of the preference list, so stand-ins take the place
 *   of unreachable home replicas, count towards W, and hand the write back later (Dynamo's sloppy quorum).
 */
export const MODES = ['strict', 'hints', 'sloppy'] as const;
export type Mode = (typeof MODES)[number];

/** One thing the reader does: a request through a coordinator, a change to a node, or a repair. */
export type QuorumOp =
  | { kind: 'write'; coordinator: number }
  | { kind: 'read'; coordinator: number }
  | { kind: 'fail'; node: number }
  | { kind: 'recover'; node: number }
  | { kind: 'cut'; node: number }
  | { kind: 'reconnect'; node: number }
  | { kind: 'repair' };

/** Everything the model needs. Validated by `checkScenario` before the model runs. */
export interface QuorumScenario {
  /** Home replicas of the key (replication factor), 3 to 7. */
  n: number;
  /** Replicas that must answer a read, 1 to n. */
  r: number;
  /** Replicas that must acknowledge a write, 1 to n. */
  w: number;
  mode: Mode;
  /** Whether a read writes the newest version back to the replicas it asked that answered with an older one. */
  readRepair: boolean;
  /** Each node's clock error in ms (n + STAND_INS of them): a write's timestamp is the coordinator's clock. */
  skewMs: number[];
  ops: QuorumOp[];
}

/** One version of the key: the write that made it and the timestamp last-writer-wins compares. */
export interface Version {
  /** The write's number, 1, 2, 3… in the order the writes were sent (its value is shown as v1, v2…). */
  id: number;
  /** The coordinator's clock when it took the write, in ms: real time plus that node's skew. */
  timestamp: number;
  /** The real time the write was sent, in ms. */
  sentAt: number;
}

/** A write a node still has to hand to another. */
export interface Hint {
  /** The home replica the write was meant for. */
  target: number;
  version: Version;
}

/** One node after a step. */
export interface NodeState {
  /** Crashed, and known to be down by the rest of the cluster. */
  down: boolean;
  /** Alive, but every message between it and the other nodes is lost; the others have not noticed yet. */
  cut: boolean;
  /** The version this node serves, or null if it has none. A stand-in serves only writes it holds for others. */
  version: Version | null;
  hints: Hint[];
}

/** How a read's answer compares with the latest acknowledged write. */
export type Freshness =
  /** It returned the latest acknowledged write. */
  | 'fresh'
  /** Nothing has been acknowledged and nothing came back. */
  | 'empty'
  /** It returned an older version, or nothing, although a newer write was acknowledged. */
  | 'stale'
  /** It returned an earlier write whose timestamp beats the latest acknowledged one: that write is lost to LWW. */
  | 'lost-to-lww'
  /** It returned a write that was never acknowledged (one that failed but reached some replicas). */
  | 'unacknowledged';

/** How a request ended. */
export type Outcome =
  /** Enough nodes answered. */
  | 'ok'
  /** The coordinator knew too few nodes were up and refused at once; nothing was written. */
  | 'unavailable'
  /** The coordinator sent the request, too few nodes answered before the timeout; a write stays where it landed. */
  | 'timeout';

/** A replica whose version a step changed, and how. */
export interface RepairChange {
  node: number;
  from: Version | null;
  to: Version;
  via: 'read-repair' | 'anti-entropy' | 'hint';
  /** For a hint, the node that delivered it. */
  holder?: number;
}

/** What a write did. */
export interface WriteResult {
  version: Version;
  /** Nodes that stored it (where it became their newest version). */
  storedOn: number[];
  /** Nodes it reached that kept a version with a later timestamp instead (last-writer-wins). */
  overruledOn: number[];
  acknowledged: boolean;
  /** Hints created: which node keeps a copy for which home replica. */
  hints: Array<{ holder: number; target: number }>;
}

/** What a read did. */
export interface ReadResult {
  /** Each answering node's version. */
  answers: Array<{ node: number; version: Version | null }>;
  /** The newest version among the answers (highest timestamp), or null. Null too when the read failed. */
  returned: Version | null;
  /** The latest acknowledged write at that moment, or null if none. */
  latestAcknowledged: Version | null;
  /** Null when the read failed. */
  freshness: Freshness | null;
  /** True for a stale answer or one that shows the latest acknowledged write lost to a skewed clock. */
  stale: boolean;
}

/** One step of the replay. */
export interface StepResult {
  /** Index into the scenario's ops. */
  index: number;
  op: QuorumOp;
  /** Real time of the step, in ms (steps are one second apart, starting at 1 s). */
  time: number;
  coordinator: number | null;
  /** Nodes the coordinator sent the request to. */
  contacted: number[];
  /** Nodes that answered or acknowledged. */
  answered: number[];
  /** Null for a step that is not a request. */
  outcome: Outcome | null;
  write: WriteResult | null;
  read: ReadResult | null;
  /** Versions this step changed through read repair, anti-entropy repair or hinted handoff. */
  repairs: RepairChange[];
  /** Every node after the step. */
  nodes: NodeState[];
  /** What happened, in a sentence or three. */
  message: string;
}

/** The whole replay. */
export interface QuorumTrace {
  /** Every node before the first step. */
  start: NodeState[];
  steps: StepResult[];
}
