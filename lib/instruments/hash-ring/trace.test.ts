import { describe, expect, it } from 'vitest';
import { keyHashes } from './ring';
import { applyOps, nextFreeShard, percent, traceRing, type RingOp } from './trace';

const hashes = keyHashes(10_000);

describe('applying operations', () => {
  it('adds the lowest free letter and removes named shards', () => {
    const result = applyOps(4, [{ kind: 'add' }, { kind: 'remove', shard: 1 }, { kind: 'add' }, { kind: 'add' }]);
    expect(result).toEqual({ lists: [[0, 1, 2, 3], [0, 1, 2, 3, 4], [0, 2, 3, 4], [0, 2, 3, 4, 1], [0, 2, 3, 4, 1, 5]] });
    expect(nextFreeShard([0, 2])).toBe(1);
  });

  it('names the first operation that cannot be applied', () => {
    expect(applyOps(4, [{ kind: 'remove', shard: 4 }])).toEqual({ invalidAt: 0, reason: 'shard E is not on the ring' });
    expect(applyOps(1, [{ kind: 'remove', shard: 0 }])).toEqual({ invalidAt: 0, reason: 'the last shard cannot leave' });
    expect(applyOps(12, [{ kind: 'add' }])).toMatchObject({ invalidAt: 0 });
    expect(applyOps(2, [{ kind: 'remove', shard: 1 }, { kind: 'remove', shard: 1 }])).toMatchObject({ invalidAt: 1 });
  });
});

describe('the hash-ring timeline', () => {
  it('starts from the ring and gives each operation a token step and a moved step', () => {
    const ops: RingOp[] = [{ kind: 'add' }, { kind: 'remove', shard: 1 }];
    const trace = traceRing({ shards: 4, vnodes: 100 }, ops, hashes);
    expect(trace.frames.map((f) => f.kind)).toEqual(['start', 'join', 'moved', 'leave', 'moved']);
    expect(trace.opStarts).toEqual([1, 3]);
    expect(trace.frames[0]!.message).toMatch(/^Shards A, B, C and D, with 100 virtual nodes each: 400 tokens on the ring\./);
    // While E's tokens go on, keys stay on their old shards; the next step moves them.
    const join = trace.frames[1]!;
    expect(join.pending).toBe(4);
    expect(join.ring.tokens).toHaveLength(500);
    expect(join.owners).toBe(trace.frames[0]!.owners);
    const moved = trace.frames[2]!;
    expect(moved.change!.ring.to.size).toBe(1);
    expect(moved.message).toContain('every one of them to E');
    expect(moved.message).toContain(`hash mod 5 over the same keys moves ${moved.change!.modN.moved.toLocaleString('en-US')}`);
    // Removing B: its tokens are marked on the old ring first, then only its keys move.
    const leave = trace.frames[3]!;
    expect(leave.ring.tokens).toHaveLength(500);
    expect(leave.pending).toBe(1);
    expect(trace.frames[4]!.change!.ring.from).toEqual(new Map([[1, trace.frames[4]!.change!.ring.moved]]));
    expect(trace.summaries[0]).toMatch(/^Add E: the ring moved \d+\.\d% of keys, hash mod N \d+\.\d%\.$/);
    expect(trace.summaries[1]).toMatch(/^Remove B: /);
    expect(trace.final.ring.shards).toEqual([0, 2, 3, 4]);
    expect(trace.final.counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('is deterministic: the same settings and operations give the same numbers', () => {
    const ops: RingOp[] = [{ kind: 'add' }, { kind: 'add' }];
    const one = traceRing({ shards: 3, vnodes: 20 }, ops, hashes);
    const two = traceRing({ shards: 3, vnodes: 20 }, ops, keyHashes(10_000));
    expect(two.summaries).toEqual(one.summaries);
    expect(two.final.counts).toEqual(one.final.counts);
  });

  it('describes a lone shard, and refuses operations that cannot be applied', () => {
    expect(traceRing({ shards: 1, vnodes: 1 }, [], hashes).frames[0]!.message).toBe(
      'Shard A, with 1 virtual node each: 1 token on the ring. A key belongs to the first token clockwise from it. One shard holds every key.',
    );
    expect(() => traceRing({ shards: 1, vnodes: 5 }, [{ kind: 'remove', shard: 0 }], hashes)).toThrow('operation 1: the last shard cannot leave');
    expect(percent(0.19874)).toBe('19.9%');
    expect(percent(0)).toBe('0.0%');
  });
});
