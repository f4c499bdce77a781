import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLICATION_PRESETS } from './presets';
import { FAILOVER_MS, FLUSH_MS, simulateReplication } from './simulate';
import { percentile } from './summary';
import { KEYS, type ClientAction, type ReplicationResult, type ReplicationScenario } from './types';
import { LAG_RANGE, MAX_ACTIONS } from './validate';

const BASE: ReplicationScenario = { lags: [200], networkMs: 5, routing: 'any', commit: 'async', crashAt: null, actions: [] };
const write = (at: number, value: number, session: 'you' | 'other' = 'you'): ClientAction => ({ kind: 'write', at, session, key: 'x', value });
const read = (at: number, session: 'you' | 'other' = 'you'): ClientAction => ({ kind: 'read', at, session, key: 'x' });

function run(scenario: Partial<ReplicationScenario>): ReplicationResult {
  const outcome = simulateReplication({ ...BASE, ...scenario });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join(' '));
  return outcome.result;
}

describe('stale reads from a lagging replica', () => {
  it('a read sooner after the write than the lag is stale; one later than the lag is fresh', () => {
    // Write at 100, flushed at 101, on the replica at 301.
    const result = run({ actions: [write(100, 1), read(250), read(301)] });
    expect(result.reads.map((r) => [r.node, r.value, r.freshness])).toEqual([
      [1, 0, 'stale'],
      [1, 1, 'fresh'],
    ]);
    expect(result.reads[0]).toMatchObject({ currentValue: 1, missedOwnWrite: true });
    expect(result.summary).toMatchObject({ reads: 2, staleReads: 1, p50AckMs: FLUSH_MS, maxAckMs: FLUSH_MS });
    const replay = result.events.find((e) => e.kind === 'replay');
    expect(replay).toMatchObject({ time: 301, node: 1, lsn: 1, from: { node: 0, time: 101 } });
    expect(result.events.find((e) => e.kind === 'read')?.description).toContain('stale');
  });

  it('whenever the lag exceeds the gap between the flush and the read, the replica read is stale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (lag, gap) => {
        const result = run({ lags: [lag], networkMs: 1, actions: [write(0, 7), read(FLUSH_MS + gap)] });
        const expected = Math.max(lag, 1) > gap ? 'stale' : 'fresh';
        expect(result.reads[0]?.freshness).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('primary-only routing never reads stale', () => {
    const result = run({ routing: 'primary', actions: [write(100, 1), read(102), read(110, 'other')] });
    expect(result.reads.every((r) => r.node === 0 && r.freshness === 'fresh' && r.value === 1)).toBe(true);
  });

  it('any-replica routing takes the replicas in turn', () => {
    const result = run({ lags: [0, 500, 50], actions: [read(10), read(20), read(30), read(40)] });
    expect(result.reads.map((r) => r.node)).toEqual([1, 2, 3, 1]);
  });
});

describe('read-your-writes routing', () => {
  it('sends the writer to the primary until a replica has replayed its token, while others may read stale', () => {
    const result = run({ lags: [200, 40], routing: 'ryw', actions: [write(100, 1), read(120), read(130, 'other'), read(200)] });
    // Replica 2 has LSN 1 from 141, replica 1 from 301.
    expect(result.reads.map((r) => [r.session, r.node, r.freshness])).toEqual([
      ['you', 0, 'fresh'],
      ['other', 2, 'stale'],
      ['you', 2, 'fresh'],
    ]);
    expect(result.events.find((e) => e.kind === 'read')?.description).toContain('sends the read to the primary');
  });

  const action = fc.oneof(
    fc.record({ kind: fc.constant<'write'>('write'), at: fc.integer({ min: 0, max: 3000 }), session: fc.constantFrom<'you' | 'other'>('you', 'other'), key: fc.constantFrom(...KEYS), value: fc.integer({ min: 0, max: 999 }) }),
    fc.record({ kind: fc.constant<'read'>('read'), at: fc.integer({ min: 0, max: 3000 }), session: fc.constantFrom<'you' | 'other'>('you', 'other'), key: fc.constantFrom(...KEYS) }),
  );
  const lags = fc.array(fc.integer({ min: LAG_RANGE.min, max: LAG_RANGE.max }), { minLength: 1, maxLength: 3 });

  it('never lets a session miss its own acknowledged write without a crash, for any lags, commit mode and actions', () => {
    fc.assert(
      fc.property(lags, fc.integer({ min: 1, max: 150 }), fc.constantFrom<'async' | 'sync'>('async', 'sync'), fc.array(action, { maxLength: MAX_ACTIONS }), (lagList, networkMs, commit, actions) => {
        const result = run({ lags: lagList, networkMs, commit, routing: 'ryw', actions });
        expect(result.reads.filter((r) => r.missedOwnWrite)).toEqual([]);
        // With a single writer, a read-your-writes read is stale for that writer only while its newest write is
        // still waiting for its acknowledgement (a synchronous commit in flight).
        const writers = new Set(actions.filter((a) => a.kind === 'write').map((a) => a.session));
        if (writers.size !== 1) return;
        for (const r of result.reads) {
          if (!writers.has(r.session) || r.freshness !== 'stale') continue;
          const inFlight = result.writes.some((w) => w.session === r.session && w.key === r.key && w.at <= r.at && (w.ackAt === null || w.ackAt > r.at));
          expect(inFlight).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('commit modes', () => {
  it('synchronous commit waits for the standby’s lag and the reply, asynchronous only for the local flush', () => {
    const actions = [write(0, 1), write(100, 2)];
    expect(run({ lags: [200], networkMs: 5, actions }).writes.map((w) => w.latencyMs)).toEqual([1, 1]);
    const sync = run({ lags: [200], networkMs: 5, commit: 'sync', actions });
    expect(sync.writes.map((w) => w.latencyMs)).toEqual([1 + 200 + 5, 1 + 200 + 5]);
    expect(sync.events.filter((e) => e.kind === 'confirm')).toHaveLength(2);
    // ANY 1: the fastest standby answers; the lag never counts for less than the network delay.
    expect(run({ lags: [300, 0], networkMs: 20, commit: 'sync', actions: [write(0, 1)] }).writes[0]?.latencyMs).toBe(1 + 20 + 20);
    expect(sync.summary).toMatchObject({ p50AckMs: 206, maxAckMs: 206 });
  });

  it('takes the median by nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([5, 1, 3, 2], 50)).toBe(2);
    expect(percentile([9, 1, 5], 50)).toBe(5);
    expect(percentile([9, 1, 5], 100)).toBe(9);
  });
});

describe('a primary crash and failover', () => {
  const actions = [write(100, 1), write(300, 2), write(380, 3), read(1000)];
  const crashScenario = { lags: [50, 300], routing: 'primary' as const, crashAt: 400, actions };

  it('asynchronous commit loses the acknowledged write the promoted replica never received', () => {
    const result = run(crashScenario);
    // Replica 1 (50 ms) has LSNs 1 and 2 by the crash; LSN 3 (flushed 381) would arrive at 431.
    expect(result.failover).toEqual({ crashAt: 400, promotedAt: 400 + FAILOVER_MS, node: 1, lostLsns: [3] });
    expect(result.writes.map((w) => w.outcome)).toEqual(['acknowledged', 'acknowledged', 'acknowledged-then-lost']);
    expect(result.summary.lostAcknowledgedWrites).toBe(1);
    // After failover the reader's own acknowledged x = 3 is gone.
    expect(result.reads[0]).toMatchObject({ node: 1, value: 2, freshness: 'fresh', missedOwnWrite: true });
    expect(result.events.find((e) => e.kind === 'promote')?.description).toContain('Lost: LSN 3');
  });

  it('synchronous commit loses nothing acknowledged: the write in flight is never acknowledged', () => {
    const result = run({ ...crashScenario, commit: 'sync' });
    expect(result.writes.map((w) => [w.outcome, w.latencyMs])).toEqual([
      ['acknowledged', 56],
      ['acknowledged', 56],
      ['unacknowledged', null],
    ]);
    expect(result.summary.lostAcknowledgedWrites).toBe(0);
    expect(result.reads[0]).toMatchObject({ value: 2, missedOwnWrite: false });
  });

  it('promotes the most advanced replica and has the others catch up from it', () => {
    const result = run({ lags: [300, 50, 100], crashAt: 400, actions: [write(100, 1), write(300, 2)] });
    expect(result.failover?.node).toBe(2);
    const catchUp = result.events.filter((e) => e.kind === 'replay' && e.from?.node === 2);
    // Replica 1 had nothing (LSN 1 would arrive at 401); replica 3 had LSN 1 only.
    expect(catchUp.map((e) => [e.node, e.lsn, e.time])).toEqual([
      [1, 1, 900 + 300],
      [3, 2, 900 + 100],
      [1, 2, 900 + 300],
    ].sort((a, b) => (a[2] as number) - (b[2] as number)));
  });

  it('fails writes and primary reads while no primary is up, and blocks synchronous commits with no standby left', () => {
    const result = run({ lags: [50], commit: 'sync', routing: 'primary', crashAt: 200, actions: [write(100, 1), write(500, 2), read(600), write(1000, 3), read(1100)] });
    expect(result.writes.map((w) => w.outcome)).toEqual(['acknowledged', 'failed', 'blocked']);
    expect(result.reads.map((r) => r.freshness)).toEqual(['failed', 'fresh']);
    expect(result.summary).toMatchObject({ failedReads: 1, acknowledgedWrites: 1 });
    expect(result.events.find((e) => e.kind === 'write-blocked')?.description).toContain('waits indefinitely');
  });

  it('for any async timeline, loses exactly the acknowledged writes the promoted replica had not replayed; sync loses none', () => {
    const writes = fc.array(fc.record({ at: fc.integer({ min: 0, max: 1500 }), value: fc.integer({ min: 0, max: 999 }) }), { minLength: 1, maxLength: 12 });
    const lagList = fc.array(fc.integer({ min: 0, max: 800 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(writes, lagList, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 2000 }), (ws, lags, networkMs, crashAt) => {
        const scenario = { lags, networkMs, crashAt, actions: ws.map((w) => write(w.at, w.value)) };
        const async = run(scenario);
        const promoted = async.failover?.node as number;
        const replayedBeforeCrash = new Set(async.events.filter((e) => e.kind === 'replay' && e.node === promoted && e.time < crashAt).map((e) => e.lsn));
        const expectedLost = async.writes.filter((w) => w.ackAt !== null && w.ackAt < crashAt && !replayedBeforeCrash.has(w.lsn)).map((w) => w.action);
        expect(async.writes.filter((w) => w.outcome === 'acknowledged-then-lost').map((w) => w.action)).toEqual(expectedLost);
        expect(async.summary.lostAcknowledgedWrites).toBe(expectedLost.length);
        // The promoted replica is at least as far along as every other.
        const furthest = (node: number) => Math.max(0, ...async.events.filter((e) => e.kind === 'replay' && e.node === node && e.time < crashAt).map((e) => e.lsn ?? 0));
        for (let node = 1; node <= lags.length; node++) expect(furthest(promoted)).toBeGreaterThanOrEqual(furthest(node));

        const sync = run({ ...scenario, commit: 'sync' });
        expect(sync.summary.lostAcknowledgedWrites).toBe(0);
        expect(sync.writes.some((w) => w.outcome === 'acknowledged-then-lost')).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('the model', () => {
  it('is deterministic: the same scenario gives the same timeline', () => {
    for (const preset of REPLICATION_PRESETS) expect(run(preset.scenario)).toEqual(run(structuredClone(preset.scenario)));
  });

  it('orders events by time, describes each one, and keeps the order of actions out of the result', () => {
    const shuffled = run({ lags: [80, 20], actions: [read(400), write(50, 2), read(60, 'other'), write(10, 1)] });
    const times = shuffled.events.map((e) => e.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(shuffled.events.every((e) => e.description.length > 20 && !/undefined|NaN/.test(e.description))).toBe(true);
    expect(shuffled.writes.map((w) => [w.action, w.lsn])).toEqual([
      [1, 2],
      [3, 1],
    ]);
    expect(shuffled.endTime).toBe(Math.max(...times));
  });

  it('reports every problem with a scenario instead of running it', () => {
    const bad = simulateReplication({
      lags: [100, -5, 1.5, 9],
      networkMs: 0,
      routing: 'nearest' as never,
      commit: 'quorum' as never,
      crashAt: 9000,
      actions: [{ kind: 'write', at: 10, session: 'you', key: 'q' as never, value: 1 }, { kind: 'write', at: 10, session: 'you', key: 'x', value: 1000 }, { kind: 'read', at: -1, session: 'you', key: 'x' }],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.field)).toEqual(['lags', 'networkMs', 'routing', 'commit', 'crashAt', 'actions.0', 'actions.1', 'actions.2']);
    const lagProblems = simulateReplication({ ...BASE, lags: [100, -5, 1.5] });
    expect(lagProblems.ok ? [] : lagProblems.problems.map((p) => p.message)).toEqual([
      'Replica 2’s lag must be a whole number of milliseconds from 0 to 2000.',
      'Replica 3’s lag must be a whole number of milliseconds from 0 to 2000.',
    ]);
    const tooMany = simulateReplication({ ...BASE, actions: Array.from({ length: MAX_ACTIONS + 1 }, (_, i) => read(i)) });
    expect(tooMany.ok).toBe(false);
  });

  it('counts only what the timeline has reached so far', async () => {
    const { summarize } = await import('./summary');
    const result = run({ lags: [50, 300], routing: 'primary', crashAt: 400, actions: [write(100, 1), write(300, 2), write(380, 3), read(1000)] });
    const promoteAt = result.events.findIndex((e) => e.kind === 'promote');
    expect(summarize(result.events, result.writes, result.reads, result.failover, promoteAt).lostAcknowledgedWrites).toBe(0);
    expect(summarize(result.events, result.writes, result.reads, result.failover, promoteAt + 1).lostAcknowledgedWrites).toBe(1);
    expect(summarize(result.events, result.writes, result.reads, result.failover, 0)).toMatchObject({ reads: 0, writes: 0, p50AckMs: null });
  });
});
