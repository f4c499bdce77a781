import { describe, expect, it } from 'vitest';
import { CELL_WIDTH, layoutTrees, SIBLING_GAP } from './layout';
import { describeTree, traceOps, type BTreeOp } from './trace';

const inserts = (...keys: number[]): BTreeOp[] => keys.map((key) => ({ kind: 'insert', key }));

describe('the B-tree timeline', () => {
  it('starts from an empty leaf and marks where each operation begins', () => {
    const trace = traceOps(5, [...inserts(10, 20, 30, 40, 25), { kind: 'search', key: 25 }]);
    expect(trace.frames[0]?.kind).toBe('start');
    expect(trace.opStarts).toHaveLength(6);
    expect(trace.frames[trace.opStarts[4]!]?.op).toBe(4);
    expect(trace.totalSplits).toBe(1);
    expect(trace.summaries[4]).toBe('Insert 25: the root split (the tree grew to 2 levels).');
    expect(trace.frames.at(-1)?.kind).toBe('found');
    expect(trace.frames.at(-1)?.size).toBe(5);
    expect(describeTree(trace.tree)).toBe('B-tree with fan-out 5: 5 keys in 2 leaves, 2 levels; the root holds 30.');
  });

  it('counts the inserted key from the moment it is placed', () => {
    const trace = traceOps(3, inserts(1, 2, 3));
    const last = trace.frames.slice(trace.opStarts[2]);
    expect(last.map((f) => [f.kind, f.size])).toEqual([
      ['place', 3],
      ['overflow', 3],
      ['split', 3],
      ['new-root', 3],
    ]);
  });
});

describe('the B-tree layout', () => {
  it('never overlaps nodes on a level and keeps every node inside the drawing, at every step', () => {
    const trace = traceOps(3, inserts(...Array.from({ length: 60 }, (_, i) => ((i * 37) % 97) + 1)));
    const problems: string[] = [];
    trace.frames.forEach((frame, f) => {
      const layout = layoutTrees(frame.roots);
      const byDepth = new Map<number, typeof layout.nodes>();
      for (const placed of layout.nodes) byDepth.set(placed.depth, [...(byDepth.get(placed.depth) ?? []), placed]);
      for (const level of byDepth.values()) {
        const sorted = [...level].sort((a, b) => a.x - b.x);
        for (let i = 1; i < sorted.length; i++) if (sorted[i]!.x < sorted[i - 1]!.x + sorted[i - 1]!.width + SIBLING_GAP - 1e-9) problems.push(`frame ${f}: overlap`);
      }
      for (const placed of layout.nodes) if (placed.x < -1e-9 || placed.x + placed.width > layout.width + 1e-9) problems.push(`frame ${f}: node ${placed.node.id} outside`);
    });
    expect(problems).toEqual([]);
  }, 30_000);

  it('draws pointers from key boundaries and links the leaves', () => {
    const trace = traceOps(5, inserts(10, 20, 30, 40, 25));
    const layout = layoutTrees(trace.tree.root.children ? [trace.tree.root] : []);
    const root = layout.nodes.find((n) => n.depth === 0)!;
    expect(layout.edges.map((e) => e.x1)).toEqual([root.x, root.x + CELL_WIDTH]);
    expect(layout.leafLinks).toHaveLength(1);
  });
});
