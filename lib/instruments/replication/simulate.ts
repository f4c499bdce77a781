/**
 * A deterministic discrete-event model of single-leader replication, as the replication lesson describes
 * PostgreSQL streaming replication: one primary flushes each write to its WAL and streams the records to 1–3
 * replicas, each of which replays a record `lag` ms after the primary flushed it (never sooner than the
 * one-way network delay). Clients write and read at set times; reads are routed to any replica, to the
 * primary only, or by read-your-writes (the session keeps the LSN of its last acknowledged write and reads
 * only from a node that has replayed it, otherwise from the primary).
 *
 * Commit modes: asynchronous acknowledges once the primary's own WAL flush is done; synchronous waits for one
 * standby to confirm it has the record (like synchronous_commit = on with synchronous_standby_names =
 * 'ANY 1 (…)'), so the acknowledgement also waits for that standby's lag and the reply's trip back. Here a
 * replica replays a record as soon as it receives it, so a confirmation also means the standby can serve it.
 *
 * An optional crash stops the primary at `crashAt`: records that had not reached a replica by then are gone.
 * FAILOVER_MS later the most advanced replica (highest LSN received; the lowest number on a tie) is promoted,
 * the others follow it, and writes resume there. LSNs keep counting across the failover.
 *
 * Time rule: the state of a node at time t includes everything that happened at or before t; the crash at c
 * stops anything the primary would have done at c or later. The same scenario always gives the same result.
 */
import { checkScenario, type ScenarioProblem } from './validate';
import { summarize } from './summary';
import { lsnList, lsnText, ms, NodeName, nodeName, sessionName, sessionPossessive } from './text';
import type { ClientAction, EventKind, Key, NodeIndex, ReadResult, ReplicationEvent, ReplicationResult, ReplicationScenario, Session, WriteResult } from './types';

/** Time the primary takes to flush a record to its own WAL (an fsync on a fast SSD: about a millisecond). */
export const FLUSH_MS = 1;
/**
 * Time from the crash to the promotion of a replica. Real failover usually takes seconds to tens of seconds
 * (the health checks have to notice first); it is shortened here so the timeline stays readable.
 */
export const FAILOVER_MS = 500;

/** The model's answer, or what was wrong with the scenario. */
export type ReplicationRun = { ok: true; result: ReplicationResult } | { ok: false; problems: ScenarioProblem[] };

/** A WAL record a node holds, and since when. */
interface Held {
  lsn: number;
  key: Key;
  value: number;
  since: number;
}

// Among events at the same moment: the crash first, a promotion before the writes it takes, a replay before
// the reads that see it.
const KIND_ORDER: Record<EventKind, number> = {
  crash: 0,
  promote: 1,
  'write-flush': 2,
  replay: 3,
  confirm: 4,
  'write-ack': 5,
  'write-failed': 6,
  'write-blocked': 7,
  'read-failed': 8,
  read: 9,
};

type WriteAction = Extract<ClientAction, { kind: 'write' }>;
type ReadAction = Extract<ClientAction, { kind: 'read' }>;

/** Runs `scenario` through the model, after checking it. */
export function simulateReplication(scenario: ReplicationScenario): ReplicationRun {
  const problems = checkScenario(scenario);
  if (problems.length) return { ok: false, problems };
  return { ok: true, result: run(scenario) };
}

function run(s: ReplicationScenario): ReplicationResult {
  const replicas: NodeIndex[] = s.lags.map((_, i) => i + 1);
  const delay = (node: NodeIndex) => Math.max(s.lags[node - 1] ?? 0, s.networkMs);
  const crash = s.crashAt ?? Infinity;
  const promoteAt = crash + FAILOVER_MS;
  const held: Held[][] = [[], ...replicas.map(() => [])];
  const events: Array<ReplicationEvent & { seq: number }> = [];
  const push = (event: ReplicationEvent) => events.push({ ...event, seq: events.length });
  const ordered = s.actions.map((action, index) => ({ action, index })).sort((a, b) => a.action.at - b.action.at || a.index - b.index);
  const writes = new Map<number, WriteResult>();
  let nextLsn = 1;

  const hold = (node: NodeIndex, record: Held) => held[node]?.push(record);
  const what = (w: WriteAction) => `${w.key} = ${w.value}`;

  /** A write reaching a live primary at `w.at`: flush, ship to `followers`, acknowledge per the commit mode. */
  function writeTo(primary: NodeIndex, followers: readonly NodeIndex[], w: WriteAction, index: number, stopAt: number): WriteResult {
    const flushAt = w.at + FLUSH_MS;
    const base = { action: index, session: w.session, key: w.key, value: w.value, at: w.at };
    if (flushAt >= stopAt) {
      push({ time: crash, node: primary, kind: 'write-failed', lsn: null, action: index, from: null, description: `${sessionName(w.session)} sent a write of ${what(w)} at ${ms(w.at)}, but the primary crashed before flushing it. The client sees a broken connection.` });
      return { ...base, lsn: null, node: primary, ackAt: null, latencyMs: null, outcome: 'unacknowledged' };
    }
    const lsn = nextLsn++;
    hold(primary, { lsn, key: w.key, value: w.value, since: flushAt });
    const on = primary === 0 ? 'The primary' : `The new primary (${nodeName(primary)})`;
    push({ time: flushAt, node: primary, kind: 'write-flush', lsn, action: index, from: null, description: `${sessionName(w.session)} ${w.session === 'you' ? 'write' : 'writes'} ${what(w)} at ${ms(w.at)}. ${on} appends it to its WAL as ${lsnText(lsn)} and flushes it to disk (${ms(FLUSH_MS)}).` });
    const arrivals = followers.map((node) => ({ node, time: flushAt + delay(node) })).filter((a) => a.time < stopAt);
    for (const a of arrivals) {
      hold(a.node, { lsn, key: w.key, value: w.value, since: a.time });
      push({ time: a.time, node: a.node, kind: 'replay', lsn, action: index, from: { node: primary, time: flushAt }, description: `${NodeName(a.node)} receives and replays ${lsnText(lsn)} (${what(w)}), ${ms(a.time - flushAt)} after the primary flushed it. Reads there now see ${what(w)}.` });
    }
    let ackAt: number | null = flushAt;
    let why = `asynchronous commit waits only for the primary’s own WAL flush, and no replica has ${lsnText(lsn)} yet`;
    if (s.commit === 'sync') {
      if (followers.length === 0) {
        push({ time: flushAt, node: primary, kind: 'write-blocked', lsn, action: index, from: null, description: `${lsnText(lsn)} is flushed, but synchronous commit has no standby left to confirm it, so the commit waits indefinitely: PostgreSQL blocks commits while a required standby is missing.` });
        return { ...base, lsn, node: primary, ackAt: null, latencyMs: null, outcome: 'blocked' };
      }
      const confirms = arrivals.map((a) => ({ ...a, back: a.time + s.networkMs })).sort((a, b) => a.back - b.back || a.node - b.node);
      const first = confirms[0];
      if (!first || first.back >= stopAt) {
        ackAt = null;
      } else {
        ackAt = first.back;
        push({ time: first.back, node: primary, kind: 'confirm', lsn, action: index, from: { node: first.node, time: first.time }, description: `${NodeName(first.node)} confirms ${lsnText(lsn)}; the confirmation reaches the primary ${ms(s.networkMs)} later.` });
        why = `synchronous commit waited for ${nodeName(first.node)} to confirm ${lsnText(lsn)}: ${ms(first.time - flushAt)} to get it there and ${ms(s.networkMs)} for the reply`;
      }
    }
    if (ackAt === null) {
      push({ time: crash, node: primary, kind: 'write-failed', lsn, action: index, from: null, description: `${sessionPossessive(w.session)[0]?.toUpperCase()}${sessionPossessive(w.session).slice(1)} write of ${what(w)} (${lsnText(lsn)}) was never acknowledged: the primary crashed while the commit waited for a standby. The client cannot tell whether it committed.` });
      return { ...base, lsn, node: primary, ackAt: null, latencyMs: null, outcome: 'unacknowledged' };
    }
    push({ time: ackAt, node: primary, kind: 'write-ack', lsn, action: index, from: null, description: `The write of ${what(w)} is acknowledged ${ms(ackAt - w.at)} after it was sent: ${why}.` });
    return { ...base, lsn, node: primary, ackAt, latencyMs: ackAt - w.at, outcome: 'acknowledged' };
  }

  // Writes before the crash go to the original primary.
  for (const { action, index } of ordered) {
    if (action.kind === 'write' && action.at < crash) writes.set(index, writeTo(0, replicas, action, index, crash));
  }

  // The crash and the failover.
  let promoted: NodeIndex = 0;
  let failover: ReplicationResult['failover'] = null;
  const maxLsn = (node: NodeIndex, at = Infinity) => (held[node] ?? []).reduce((m, h) => (h.since <= at && h.lsn > m ? h.lsn : m), 0);
  if (s.crashAt !== null) {
    promoted = replicas.reduce((best, node) => (maxLsn(node) > maxLsn(best) ? node : best), replicas[0] as NodeIndex);
    const survivors = new Set((held[promoted] ?? []).map((h) => h.lsn));
    const lostLsns = (held[0] ?? []).map((h) => h.lsn).filter((lsn) => !survivors.has(lsn));
    const lostAcked = [...writes.values()].filter((w) => w.lsn !== null && w.ackAt !== null && lostLsns.includes(w.lsn));
    for (const w of lostAcked) writes.set(w.action, { ...w, outcome: 'acknowledged-then-lost' });
    const positions = replicas.map((node) => `${nodeName(node)} ${maxLsn(node) ? `has received up to ${lsnText(maxLsn(node))}` : 'has received nothing yet'}`).join(', ');
    push({ time: crash, node: 0, kind: 'crash', lsn: null, action: null, from: null, description: `The primary crashes at ${ms(crash)}. ${maxLsn(0) ? `Its WAL ends at ${lsnText(maxLsn(0))}` : 'Its WAL is empty'}; ${positions}. Records still on their way never arrive.` });
    const lostText =
      lostAcked.length > 0
        ? `Lost: ${lsnList(lostAcked.map((w) => w.lsn as number))}, ${lostAcked.length === 1 ? 'a write the client had been told was committed' : 'writes the clients had been told were committed'}.`
        : lostLsns.length > 0
          ? `${lsnList(lostLsns)} never reached it, but ${lostLsns.length === 1 ? 'that write was' : 'those writes were'} never acknowledged, so no client was told otherwise.`
          : 'Every write the primary had flushed is there: nothing is lost.';
    push({ time: promoteAt, node: promoted, kind: 'promote', lsn: maxLsn(promoted) || null, action: null, from: null, description: `Failover ${ms(FAILOVER_MS)} after the crash: ${nodeName(promoted)}, the most advanced replica (${maxLsn(promoted) ? lsnText(maxLsn(promoted)) : 'no records'}), becomes the primary. ${lostText}` });
    failover = { crashAt: crash, promotedAt: promoteAt, node: promoted, lostLsns };
    // The other replicas follow the new primary and fetch what they lack.
    for (const node of replicas) {
      if (node === promoted) continue;
      const have = maxLsn(node);
      for (const h of held[promoted] ?? []) {
        if (h.lsn <= have) continue;
        const time = promoteAt + delay(node);
        hold(node, { ...h, since: time });
        push({ time, node, kind: 'replay', lsn: h.lsn, action: null, from: { node: promoted, time: promoteAt }, description: `${NodeName(node)} follows the new primary and catches up: it replays ${lsnText(h.lsn)} (${h.key} = ${h.value}).` });
      }
    }
    const followers = replicas.filter((node) => node !== promoted);
    for (const { action, index } of ordered) {
      if (action.kind !== 'write' || action.at < crash) continue;
      if (action.at < promoteAt) {
        push({ time: action.at, node: 0, kind: 'write-failed', lsn: null, action: index, from: null, description: `${sessionName(action.session)} ${action.session === 'you' ? 'try' : 'tries'} to write ${what(action)} at ${ms(action.at)}, but the primary is down and no replica has been promoted yet. The write fails; the client may retry.` });
        writes.set(index, { action: index, session: action.session, key: action.key, value: action.value, at: action.at, lsn: null, node: null, ackAt: null, latencyMs: null, outcome: 'failed' });
      } else {
        writes.set(index, writeTo(promoted, followers, action, index, Infinity));
      }
    }
  }

  const reads = readAll(s, ordered, held, [...writes.values()], { crash, promoteAt, promoted, replicas }, push);
  const sorted = events.sort((a, b) => a.time - b.time || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.seq - b.seq).map(({ seq: _seq, ...event }) => event);
  const writeList = [...writes.values()].sort((a, b) => a.action - b.action);
  return {
    events: sorted,
    writes: writeList,
    reads,
    summary: summarize(sorted, writeList, reads, failover),
    failover,
    endTime: sorted.reduce((m, e) => Math.max(m, e.time), 0),
  };
}

interface Topology {
  crash: number;
  promoteAt: number;
  promoted: NodeIndex;
  replicas: readonly NodeIndex[];
}

/** Serves every read in time order, routing each by the scenario's policy. */
function readAll(
  s: ReplicationScenario,
  ordered: ReadonlyArray<{ action: ClientAction; index: number }>,
  held: readonly Held[][],
  writes: readonly WriteResult[],
  t: Topology,
  push: (event: ReplicationEvent) => void,
): ReadResult[] {
  const reads: ReadResult[] = [];
  let turn = 0; // round robin over the replicas
  const latest = (node: NodeIndex, key: Key, at: number) => (held[node] ?? []).filter((h) => h.key === key && h.since <= at).reduce<Held | null>((m, h) => (!m || h.lsn > m.lsn ? h : m), null);
  const replayed = (node: NodeIndex, at: number) => (held[node] ?? []).reduce((m, h) => (h.since <= at && h.lsn > m ? h.lsn : m), 0);
  const holds = (node: NodeIndex, lsn: number, at: number) => (held[node] ?? []).some((h) => h.lsn === lsn && h.since <= at);
  const acked = (session: Session, at: number, key?: Key) =>
    writes.filter((w) => w.session === session && w.ackAt !== null && w.ackAt <= at && w.lsn !== null && (key === undefined || w.key === key)).reduce<number | null>((m, w) => Math.max(m ?? 0, w.lsn as number), null);

  for (const { action, index } of ordered) {
    if (action.kind !== 'read') continue;
    const r: ReadAction = action;
    const at = r.at;
    const primary: NodeIndex | null = at < t.crash ? 0 : at >= t.promoteAt ? t.promoted : null;
    const pool = at < t.promoteAt ? t.replicas : t.replicas.filter((n) => n !== t.promoted);
    const token = s.routing === 'ryw' ? acked(r.session, at) : null;
    let node: NodeIndex | null = null;
    let route = '';
    let failure = '';
    const nextReplica = (accept: (n: NodeIndex) => boolean): NodeIndex | null => {
      if (pool.length === 0) return null;
      const start = turn++;
      for (let k = 0; k < pool.length; k++) {
        const candidate = pool[(start + k) % pool.length] as NodeIndex;
        if (accept(candidate)) return candidate;
      }
      return null;
    };
    if (s.routing === 'primary') {
      node = primary;
      route = 'Reads go to the primary only';
      if (node === null) failure = 'reads go to the primary only, and the primary is down';
    } else if (token === null) {
      node = nextReplica(() => true);
      route = s.routing === 'ryw' ? `${sessionName(r.session)} ${r.session === 'you' ? 'have' : 'has'} no acknowledged write yet, so any replica will do` : 'Reads go to any replica, in turn';
      if (node === null) {
        node = primary;
        route = 'No replica is left, so the primary answers';
        if (node === null) failure = 'no replica is left and the primary is down';
      }
    } else {
      node = nextReplica((n) => replayed(n, at) >= token);
      route = node === null ? '' : `${NodeName(node)} has replayed ${lsnText(replayed(node, at))}, past the session’s token ${lsnText(token)}`;
      if (node === null) {
        node = primary;
        route = `No replica has replayed the session’s token ${lsnText(token)} yet, so read-your-writes sends the read to the primary`;
        if (node === null) failure = `no replica has replayed the session’s token ${lsnText(token)} and the primary is down`;
      }
    }
    const who = `${sessionName(r.session)} ${r.session === 'you' ? 'read' : 'reads'} ${r.key} at ${ms(at)}`;
    if (node === null) {
      push({ time: at, node: primary ?? 0, kind: 'read-failed', lsn: null, action: index, from: null, description: `${who}, but the read fails: ${failure}.` });
      reads.push({ action: index, session: r.session, key: r.key, at, node: null, value: null, valueLsn: null, freshness: 'failed', currentValue: null, missedOwnWrite: false });
      continue;
    }
    const reference: NodeIndex = at < t.crash ? 0 : t.promoted;
    const seen = latest(node, r.key, at);
    const current = latest(reference, r.key, at);
    const stale = (seen?.lsn ?? 0) < (current?.lsn ?? 0);
    const own = acked(r.session, at, r.key);
    const missedOwnWrite = own !== null && !holds(node, own, at);
    const value = seen?.value ?? 0;
    const ownLost = own !== null && !holds(reference, own, at);
    const ownNote = !missedOwnWrite || own === null ? '' : ownLost ? `; ${sessionPossessive(r.session)} acknowledged write (${lsnText(own)}) is not there: it was lost in the failover` : own === current?.lsn ? `, ${sessionPossessive(r.session)} own write` : `; ${sessionPossessive(r.session)} own write (${lsnText(own)}) is missing too`;
    const verdict = stale
      ? `which is stale: ${reference === 0 ? 'the primary' : 'the new primary'} has had ${r.key} = ${current?.value ?? 0} since ${lsnText(current?.lsn ?? 0)}${ownNote}`
      : `which is fresh${ownNote}`;
    push({ time: at, node, kind: 'read', lsn: seen?.lsn ?? 0, action: index, from: null, description: `${who} from ${node === t.promoted && at >= t.promoteAt ? `the new primary (${nodeName(node)})` : nodeName(node)} and ${r.session === 'you' ? 'get' : 'gets'} ${r.key} = ${value}, ${verdict}. ${route}.` });
    reads.push({ action: index, session: r.session, key: r.key, at, node, value, valueLsn: seen?.lsn ?? 0, freshness: stale ? 'stale' : 'fresh', currentValue: stale ? (current?.value ?? 0) : null, missedOwnWrite });
  }
  return reads.sort((a, b) => a.action - b.action);
}
