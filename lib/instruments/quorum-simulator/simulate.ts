/**
 * The quorum simulator's model: one key on N home replicas of a Dynamo-style store, replayed one operation per
 * step. Writes go to every replica the coordinator believes is up and succeed once W acknowledge; reads ask R
 * replicas and return the version with the highest timestamp (last-writer-wins). A crashed node is known to be
 * down, so a request that cannot reach enough nodes is refused at once; a cut-off node looks alive, so a request
 * that counted on it waits and times out. The modes (see types.ts) differ only in what happens to the replicas a
 * write missed. Pure: no clock, no randomness, the same scenario always gives the same trace.
 */
import { describeStep } from './describe';
import type { Hint, Mode, NodeState, QuorumOp, QuorumScenario, QuorumTrace, ReadResult, RepairChange, StepResult, Version, WriteResult } from './types';
import { checkScenario, nodeCount, STEP_MS, type ScenarioProblem } from './validate';

/** Whether version `a` beats version `b` under last-writer-wins: the higher timestamp, and on a tie the later write. */
export function newer(a: Version, b: Version | null): boolean {
  if (b === null) return true;
  return a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.id > b.id);
}

/** The version last-writer-wins keeps out of a list (null for an empty one or one of nulls). */
export function winner(versions: readonly (Version | null)[]): Version | null {
  let best: Version | null = null;
  for (const v of versions) if (v && newer(v, best)) best = v;
  return best;
}

/** Whether node `to` receives messages from coordinator `from`: itself always; another only if neither is cut off and `to` is up. */
export function reachable(nodes: readonly NodeState[], from: number, to: number): boolean {
  if (from === to) return !(nodes[to] as NodeState).down;
  const a = nodes[from] as NodeState;
  const b = nodes[to] as NodeState;
  return !a.down && !b.down && !a.cut && !b.cut;
}

/**
 * The nodes a coordinator tries, in order: the home replicas starting from itself (or from the first replica
 * when it is a stand-in), then, for a sloppy quorum only, the stand-ins. Nodes known to be down are skipped;
 * a sloppy quorum keeps the first `n` that are left, so a stand-in moves up for each crashed home replica.
 */
export function preferenceList(n: number, mode: Mode, nodes: readonly NodeState[], coordinator: number): number[] {
  const start = coordinator < n ? coordinator : 0;
  const home = Array.from({ length: n }, (_, i) => (start + i) % n);
  const standIns = Array.from({ length: nodes.length - n }, (_, i) => n + i);
  const up = (node: number) => !(nodes[node] as NodeState).down;
  if (mode !== 'sloppy') return home.filter(up);
  return [...home, ...standIns].filter(up).slice(0, n);
}

function copyNodes(nodes: readonly NodeState[]): NodeState[] {
  return nodes.map((node) => ({ ...node, hints: [...node.hints] }));
}

/** A stand-in serves the newest write it holds for others, and nothing once it has handed them all back. */
function refreshStandIn(node: NodeState): void {
  node.version = winner(node.hints.map((h) => h.version));
}

/** Stores `version` on a home replica under last-writer-wins; true if it became the replica's version. */
function store(node: NodeState, version: Version): boolean {
  if (!newer(version, node.version)) return false;
  node.version = version;
  return true;
}

/** Every hint whose holder can now reach its target is delivered (and dropped, whether or not the target kept it). */
function deliverHints(nodes: NodeState[], n: number, repairs: RepairChange[]): void {
  nodes.forEach((holder, h) => {
    if (holder.hints.length === 0) return;
    const kept: Hint[] = [];
    for (const hint of holder.hints) {
      if (!reachable(nodes, h, hint.target)) {
        kept.push(hint);
        continue;
      }
      const target = nodes[hint.target] as NodeState;
      const from = target.version;
      if (store(target, hint.version)) repairs.push({ node: hint.target, from, to: hint.version, via: 'hint', holder: h });
    }
    holder.hints = kept;
    if (h >= n) refreshStandIn(holder);
  });
}

function runWrite(s: QuorumScenario, nodes: NodeState[], coordinator: number, version: Version): Pick<StepResult, 'contacted' | 'answered' | 'outcome'> & { write: WriteResult } {
  const list = preferenceList(s.n, s.mode, nodes, coordinator);
  const write: WriteResult = { version, storedOn: [], overruledOn: [], acknowledged: false, hints: [] };
  if (list.length < s.w) return { contacted: [], answered: [], outcome: 'unavailable', write };
  const answered: number[] = [];
  // In a sloppy quorum, each stand-in in the list takes the place of the first crashed home replica not yet covered.
  const missingHome = Array.from({ length: s.n }, (_, i) => i).filter((i) => (nodes[i] as NodeState).down);
  for (const node of list) {
    if (!reachable(nodes, coordinator, node)) continue;
    answered.push(node);
    const state = nodes[node] as NodeState;
    if (node >= s.n) {
      const target = missingHome.shift();
      if (target === undefined) continue;
      state.hints.push({ target, version });
      refreshStandIn(state);
      write.storedOn.push(node);
      write.hints.push({ holder: node, target });
    } else if (store(state, version)) write.storedOn.push(node);
    else write.overruledOn.push(node);
  }
  write.acknowledged = answered.length >= s.w;
  if (s.mode === 'hints') {
    // Cassandra's coordinator keeps a hint for every replica that was down or did not answer; hints never count towards W.
    const holder = nodes[coordinator] as NodeState;
    for (let target = 0; target < s.n; target++) {
      if (answered.includes(target) || target === coordinator) continue;
      holder.hints.push({ target, version });
      write.hints.push({ holder: coordinator, target });
    }
  }
  return { contacted: list, answered, outcome: write.acknowledged ? 'ok' : 'timeout', write };
}

function runRead(s: QuorumScenario, nodes: NodeState[], coordinator: number, latestAcknowledged: Version | null, acknowledged: ReadonlySet<number>, repairs: RepairChange[]) {
  const contacted = preferenceList(s.n, s.mode, nodes, coordinator).slice(0, s.r);
  if (contacted.length < s.r) return { contacted: [], answered: [], outcome: 'unavailable' as const, read: failedRead(latestAcknowledged) };
  const answered = contacted.filter((node) => reachable(nodes, coordinator, node));
  if (answered.length < s.r) return { contacted, answered, outcome: 'timeout' as const, read: failedRead(latestAcknowledged) };
  const answers = answered.map((node) => ({ node, version: (nodes[node] as NodeState).version }));
  const returned = winner(answers.map((a) => a.version));
  const freshness = judge(returned, latestAcknowledged, acknowledged);
  if (s.readRepair && returned) {
    for (const { node, version } of answers) {
      if (node >= s.n || !newer(returned, version)) continue;
      store(nodes[node] as NodeState, returned);
      repairs.push({ node, from: version, to: returned, via: 'read-repair' });
    }
  }
  const read: ReadResult = { answers, returned, latestAcknowledged, freshness, stale: freshness === 'stale' || freshness === 'lost-to-lww' };
  return { contacted, answered, outcome: 'ok' as const, read };
}

function failedRead(latestAcknowledged: Version | null): ReadResult {
  return { answers: [], returned: null, latestAcknowledged, freshness: null, stale: false };
}

/** How a read's answer compares with the latest acknowledged write (see `Freshness`). */
export function judge(returned: Version | null, latest: Version | null, acknowledged: ReadonlySet<number>): ReadResult['freshness'] {
  if (latest === null) return returned === null ? 'empty' : 'unacknowledged';
  if (returned === null) return 'stale';
  if (returned.id === latest.id) return 'fresh';
  if (!acknowledged.has(returned.id) && returned.id > latest.id) return 'unacknowledged';
  return returned.id < latest.id && newer(returned, latest) ? 'lost-to-lww' : 'stale';
}

/** Anti-entropy repair: the home replicas that are up and can reach each other all take the newest version among them. */
function runRepair(s: QuorumScenario, nodes: NodeState[], repairs: RepairChange[]): number[] {
  const members = Array.from({ length: s.n }, (_, i) => i).filter((i) => !(nodes[i] as NodeState).down && !(nodes[i] as NodeState).cut);
  const best = winner(members.map((i) => (nodes[i] as NodeState).version));
  if (!best) return members;
  for (const i of members) {
    const node = nodes[i] as NodeState;
    const from = node.version;
    if (store(node, best)) repairs.push({ node: i, from, to: best, via: 'anti-entropy' });
  }
  return members;
}

function applyNodeOp(nodes: NodeState[], op: Extract<QuorumOp, { node: number }>): void {
  const node = nodes[op.node] as NodeState;
  if (op.kind === 'fail') node.down = true;
  if (op.kind === 'recover') node.down = false;
  if (op.kind === 'cut') node.cut = true;
  if (op.kind === 'reconnect') node.cut = false;
}

/** Every node before the first step: up, connected, holding nothing. */
export function startNodes(n: number): NodeState[] {
  return Array.from({ length: nodeCount(n) }, () => ({ down: false, cut: false, version: null, hints: [] }));
}

/** Replays `scenario`, or says what is wrong with it. */
export function simulateQuorum(scenario: QuorumScenario): { ok: true; trace: QuorumTrace } | { ok: false; problems: ScenarioProblem[] } {
  const problems = checkScenario(scenario);
  if (problems.length) return { ok: false, problems };
  const start = startNodes(scenario.n);
  let nodes = start;
  let writes = 0;
  let latestAcknowledged: Version | null = null;
  const acknowledged = new Set<number>();
  const steps: StepResult[] = scenario.ops.map((op, index) => {
    nodes = copyNodes(nodes);
    const time = (index + 1) * STEP_MS;
    const repairs: RepairChange[] = [];
    const step: StepResult = { index, op, time, coordinator: null, contacted: [], answered: [], outcome: null, write: null, read: null, repairs, nodes, message: '' };
    if (op.kind === 'write') {
      writes += 1;
      const version: Version = { id: writes, timestamp: time + (scenario.skewMs[op.coordinator] as number), sentAt: time };
      Object.assign(step, { coordinator: op.coordinator }, runWrite(scenario, nodes, op.coordinator, version));
      if (step.write?.acknowledged) {
        acknowledged.add(version.id);
        latestAcknowledged = version;
      }
    } else if (op.kind === 'read') {
      Object.assign(step, { coordinator: op.coordinator }, runRead(scenario, nodes, op.coordinator, latestAcknowledged, acknowledged, repairs));
    } else if (op.kind === 'repair') {
      step.answered = runRepair(scenario, nodes, repairs);
    } else {
      applyNodeOp(nodes, op);
    }
    deliverHints(nodes, scenario.n, repairs);
    step.message = describeStep(scenario, step);
    return step;
  });
  return { ok: true, trace: { start, steps } };
}
