/** The sentence under each step of the quorum simulator: what the coordinator did, who answered, what changed. */
import { count, nodeList, nodeName, seconds, versionName, versionText } from './text';
import type { QuorumScenario, RepairChange, StepResult } from './types';

function repairText(change: RepairChange): string {
  const node = nodeName(change.node);
  const what = versionName(change.to);
  if (change.via === 'hint') return `${nodeName(change.holder ?? 0)} hands its hint to ${node}, which now has ${what}.`;
  if (change.via === 'read-repair') return `Read repair writes ${what} back to ${node}, which had ${change.from ? versionName(change.from) : 'nothing'}.`;
  return `${node} takes ${what} from the repair.`;
}

function writeText(s: QuorumScenario, step: StepResult): string {
  const write = step.write;
  if (!write) return '';
  const who = nodeName(step.coordinator ?? 0);
  const v = versionName(write.version);
  const stamped = `${v} (timestamp ${seconds(write.version.timestamp)} on ${who}’s clock)`;
  if (step.outcome === 'unavailable') {
    const up = countUp(step, s);
    return `${who} refuses write ${v} at once: only ${count(up, 'node')} it may write to ${up === 1 ? 'is' : 'are'} up, and W = ${s.w}. Nothing is written.`;
  }
  const parts: string[] = [];
  const acks = step.answered.length;
  if (step.outcome === 'ok')
    parts.push(`${who} coordinates write ${stamped}: ${nodeList(step.answered)} ${acks === 1 ? 'acknowledges' : 'acknowledge'}, W = ${s.w} ${s.w === 1 ? 'is' : 'are'} enough, so the client is told it succeeded.`);
  else
    parts.push(
      `${who} sends write ${stamped} to ${nodeList(step.contacted)}, but only ${acks} ${acks === 1 ? 'acknowledges' : 'acknowledge'} before the timeout and W = ${s.w}: the client gets an error, yet ${nodeList(write.storedOn)} ${write.storedOn.length === 1 ? 'keeps' : 'keep'} the write.`,
    );
  const silent = step.contacted.filter((node) => !step.answered.includes(node));
  if (silent.length && step.outcome === 'ok') parts.push(`${nodeList(silent)} never ${silent.length === 1 ? 'answers' : 'answer'}: cut off.`);
  if (write.overruledOn.length) parts.push(`${nodeList(write.overruledOn)} already ${write.overruledOn.length === 1 ? 'holds' : 'hold'} a version with a later timestamp, so last-writer-wins keeps that one and ${v} is silently discarded there.`);
  const standIns = write.hints.filter((h) => h.holder >= s.n);
  const kept = write.hints.filter((h) => h.holder < s.n || h.holder === step.coordinator);
  for (const h of standIns) parts.push(`${nodeName(h.holder)} stands in for ${nodeName(h.target)} and keeps ${v} as a hint for it.`);
  if (s.mode === 'hints' && kept.length) parts.push(`${who} keeps ${kept.length === 1 ? 'a hint' : 'hints'} for ${nodeList(kept.map((h) => h.target))}, to replay when ${kept.length === 1 ? 'it is' : 'they are'} reachable; hints do not count towards W.`);
  return parts.join(' ');
}

function countUp(step: StepResult, s: QuorumScenario): number {
  const up = step.nodes.slice(0, s.mode === 'sloppy' ? step.nodes.length : s.n).filter((n) => !n.down).length;
  return Math.min(up, s.n);
}

function readText(s: QuorumScenario, step: StepResult): string {
  const read = step.read;
  if (!read) return '';
  const who = nodeName(step.coordinator ?? 0);
  if (step.outcome === 'unavailable') {
    const up = countUp(step, s);
    return `${who} refuses the read at once: only ${count(up, 'node')} it may read from ${up === 1 ? 'is' : 'are'} up, and R = ${s.r}.`;
  }
  if (step.outcome === 'timeout')
    return `${who} asks ${nodeList(step.contacted)} (R = ${s.r}), but only ${nodeList(step.answered)} ${step.answered.length === 1 ? 'answers' : 'answer'} before the timeout: the read fails.`;
  const answers = read.answers.map((a) => `${nodeName(a.node)} has ${a.version ? versionName(a.version) : 'nothing'}`).join(', ');
  const returned = versionText(read.returned);
  const latest = read.latestAcknowledged;
  let verdict: string;
  switch (read.freshness) {
    case 'fresh':
      verdict = 'fresh: the latest acknowledged write.';
      break;
    case 'empty':
      verdict = 'nothing has been written yet.';
      break;
    case 'stale':
      verdict = `stale: ${latest ? versionName(latest) : 'a newer write'} was acknowledged, but none of the replicas asked has it.`;
      break;
    case 'lost-to-lww':
      verdict = `stale: ${latest ? versionName(latest) : 'the newer write'} was acknowledged later in real time, but its timestamp ${latest ? seconds(latest.timestamp) : ''} is earlier, so last-writer-wins prefers the older write. A skewed clock has lost an acknowledged write.`;
      break;
    default:
      verdict = 'a write that was never acknowledged (it failed, but reached some replicas).';
  }
  return `${who} asks ${nodeList(step.contacted)} (R = ${s.r}): ${answers}. It returns ${returned}, ${verdict}`;
}

/** What a step did, in a sentence or a few. */
export function describeStep(s: QuorumScenario, step: StepResult): string {
  const op = step.op;
  const parts: string[] = [];
  switch (op.kind) {
    case 'write':
      parts.push(writeText(s, step));
      break;
    case 'read':
      parts.push(readText(s, step));
      break;
    case 'fail':
      parts.push(`${nodeName(op.node)} crashes. The other nodes notice and stop sending it requests; its data stays on its disk.`);
      break;
    case 'recover':
      parts.push(`${nodeName(op.node)} restarts with the data it had when it crashed.`);
      break;
    case 'cut':
      parts.push(`${nodeName(op.node)} is cut off by a network partition: it keeps running, but no message reaches it or leaves it, and the others have not noticed.`);
      break;
    case 'reconnect':
      parts.push(`The partition heals: ${nodeName(op.node)} can talk to the others again.`);
      break;
    case 'repair': {
      const changed = step.repairs.filter((r) => r.via === 'anti-entropy');
      parts.push(
        changed.length
          ? `Anti-entropy repair compares the Merkle trees of ${nodeList(step.answered)}, finds the ranges that differ and copies ${versionName((changed[0] as RepairChange).to)} to ${nodeList(changed.map((c) => c.node))}.`
          : `Anti-entropy repair compares the Merkle trees of ${nodeList(step.answered)}: their roots match, so nothing is copied.`,
      );
      break;
    }
  }
  for (const change of step.repairs) if (change.via !== 'anti-entropy') parts.push(repairText(change));
  return parts.join(' ');
}
