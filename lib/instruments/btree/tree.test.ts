import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxHeight, minHeight, orderCapacity } from './height';
import { insertSteps, searchSteps } from './operations';
import { contains, emptyTree, keysInOrder, maxKeys, treeHeight, type BTree, type BTreeNode } from './tree';

/** Every structural invariant of a B+tree of fan-out `order`; throws with a reason when one fails. */
function checkInvariants(tree: BTree): void {
  const { order } = tree;
  const leafDepths = new Set<number>();
  const walk = (node: BTreeNode, depth: number, low: number, high: number, isRoot: boolean) => {
    // Keys sorted, strictly, and within the separators above.
    node.keys.forEach((key, i) => {
      if (i > 0 && key <= (node.keys[i - 1] as number)) throw new Error(`keys out of order in node ${node.id}`);
      if (key < low || key >= high) throw new Error(`key ${key} outside its range [${low}, ${high}) in node ${node.id}`);
    });
    if (node.keys.length > maxKeys(order)) throw new Error(`node ${node.id} holds ${node.keys.length} keys`);
    if (!node.children) {
      if (!isRoot && node.keys.length < Math.floor(order / 2)) throw new Error(`leaf ${node.id} under half full`);
      leafDepths.add(depth);
      return;
    }
    if (node.children.length !== node.keys.length + 1) throw new Error(`node ${node.id}: ${node.children.length} children for ${node.keys.length} keys`);
    if (isRoot ? node.children.length < 2 : node.children.length < Math.ceil(order / 2)) throw new Error(`internal node ${node.id} under half full`);
    node.children.forEach((child, i) => walk(child, depth + 1, i === 0 ? low : (node.keys[i - 1] as number), i === node.keys.length ? high : (node.keys[i] as number), false));
  };
  walk(tree.root, 1, -Infinity, Infinity, true);
  if (leafDepths.size !== 1) throw new Error(`leaves at depths ${[...leafDepths].join(', ')}`);
  const ids = new Set<number>();
  const collect = (node: BTreeNode) => {
    if (ids.has(node.id)) throw new Error(`node id ${node.id} used twice`);
    ids.add(node.id);
    node.children?.forEach(collect);
  };
  collect(tree.root);
}

describe('B-tree insert', () => {
  it('keeps every invariant after every insert, finds every key, and stays within the height bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 200 }), (order, keys) => {
        let tree = emptyTree(order);
        const inserted = new Set<number>();
        for (const key of keys) {
          tree = insertSteps(tree, key).tree;
          inserted.add(key);
          checkInvariants(tree);
          expect(tree.size).toBe(inserted.size);
          const height = treeHeight(tree.root);
          expect(height).toBeGreaterThanOrEqual(minHeight(tree.size, orderCapacity(order)));
          expect(height).toBeLessThanOrEqual(maxHeight(tree.size, orderCapacity(order)));
        }
        expect(keysInOrder(tree.root)).toEqual([...inserted].sort((a, b) => a - b));
        for (const key of inserted) expect(contains(tree, key)).toBe(true);
        for (const key of [0, 1000, ...keys.map((k) => k + 1000)]) expect(contains(tree, key)).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('splits a full leaf as the lesson draws it: 10 20 30 40 plus 25 gives 10 20 25 | 30 40 under separator 30', () => {
    let tree = emptyTree(5);
    for (const key of [10, 20, 30, 40]) tree = insertSteps(tree, key).tree;
    const result = insertSteps(tree, 25);
    expect(result.steps.map((s) => s.kind)).toEqual(['place', 'overflow', 'split', 'new-root']);
    expect(result.tree.root.keys).toEqual([30]);
    expect(result.tree.root.children?.map((c) => c.keys)).toEqual([
      [10, 20, 25],
      [30, 40],
    ]);
    // While splitting the root, both halves stand side by side with no parent yet.
    expect(result.steps[2]?.roots.map((r) => r.keys)).toEqual([
      [10, 20, 25],
      [30, 40],
    ]);
    expect(result.summary).toBe('Insert 25: the root split (the tree grew to 2 levels).');
  });

  it('shows a split below the root in three steps: overflow, linked but unseparated, parent updated', () => {
    let tree = emptyTree(3);
    for (const key of [10, 20, 30]) tree = insertSteps(tree, key).tree;
    // Root [30], leaves [10 20] [30]. Inserting 5 overfills [10 20].
    expect(tree.root.keys).toEqual([30]);
    const result = insertSteps(tree, 5);
    expect(result.steps.map((s) => s.kind)).toEqual(['visit', 'place', 'overflow', 'split', 'promote']);
    const split = result.steps[3]!;
    expect(split.pending).not.toBeNull();
    expect(split.roots[0]?.keys).toEqual([30]);
    expect(split.roots[0]?.children?.map((c) => c.keys)).toEqual([[5, 10], [20], [30]]);
    const promote = result.steps[4]!;
    expect(promote.roots[0]?.keys).toEqual([20, 30]);
    expect(promote.message).toContain('separator 20');
    expect(result.tree.root.keys).toEqual([20, 30]);
  });

  it('moves an internal node’s middle key up instead of copying it', () => {
    let tree = emptyTree(3);
    for (const key of [10, 20, 30, 40, 50, 60]) tree = insertSteps(tree, key).tree;
    expect(tree.root.keys).toEqual([30, 50]);
    // 70 overfills the leaf [50 60], whose separator 70 overfills the root [30 50 70]: 50 moves up alone.
    const result = insertSteps(tree, 70);
    expect(result.steps.filter((s) => s.kind === 'split')).toHaveLength(2);
    expect(result.tree.root.keys).toEqual([50]);
    expect(result.tree.root.children?.map((c) => c.keys)).toEqual([[30], [70]]);
    expect(keysInOrder(result.tree.root)).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it('ignores a duplicate key and says why', () => {
    let tree = emptyTree(4);
    for (const key of [5, 6]) tree = insertSteps(tree, key).tree;
    const result = insertSteps(tree, 5);
    expect(result.tree).toBe(tree);
    expect(result.steps.at(-1)?.kind).toBe('duplicate');
    expect(result.steps.at(-1)?.message).toMatch(/already in the leaf/);
  });

  it('keeps old snapshots intact (nodes are never mutated)', () => {
    let tree = emptyTree(3);
    const snapshots: string[] = [];
    const trees: BTree[] = [];
    for (const key of [50, 10, 90, 30, 70, 20, 80, 60, 40]) {
      tree = insertSteps(tree, key).tree;
      trees.push(tree);
      snapshots.push(JSON.stringify(tree.root));
    }
    trees.forEach((t, i) => expect(JSON.stringify(t.root)).toBe(snapshots[i]));
  });
});

describe('B-tree search', () => {
  it('counts comparisons and pages along the path', () => {
    let tree = emptyTree(4);
    for (const key of [10, 20, 30, 40, 50, 60]) tree = insertSteps(tree, key).tree;
    // Root [30 | 50]; leaves [10 20] [30 40] [50 60].
    expect(tree.root.keys).toEqual([30, 50]);
    const found = searchSteps(tree, 40);
    expect(found.steps.map((s) => s.kind)).toEqual(['visit', 'found']);
    // Root: 40 > 30, 40 < 50 (2); leaf: 40 > 30, 40 = 40 (2).
    expect(found.steps.map((s) => s.comparisons)).toEqual([2, 4]);
    expect(found.steps.at(-1)?.pagesRead).toBe(2);
    expect(found.steps[0]?.message).toBe('Search 40: page [30 | 50], 40 > 30, 40 < 50, so follow pointer 2 of 3. 2 comparisons here, 2 so far.');
    const missing = searchSteps(tree, 55);
    expect(missing.steps.at(-1)?.kind).toBe('not-found');
    expect(missing.steps.at(-1)?.comparisons).toBe(2 + 2);
    // A key equal to a separator lives to its right, found after one comparison in the root.
    expect(searchSteps(tree, 30).steps[0]?.compared.map((c) => c.result)).toEqual(['equal']);
  });

  it('is a lookup in the lone root leaf of a small tree', () => {
    let tree = emptyTree(5);
    tree = insertSteps(tree, 7).tree;
    const result = searchSteps(tree, 7);
    expect(result.steps).toHaveLength(1);
    expect(result.summary).toBe('Search 7: found, 1 comparison on 1 page, one page per level.');
  });
});
