/**
 * A B+tree of integer keys, as the storage-engines lesson draws it: leaves hold the keys in order,
 * internal nodes hold separators, and a full node splits in two. Nodes are immutable and shared
 * between versions (path copying), so every step of an operation can keep a snapshot cheaply.
 *
 * Fan-out ("order") m: a node has at most m children, so at most m − 1 keys; leaves hold at most
 * m − 1 keys too. A leaf that overflows to m keys splits into ⌈m/2⌉ and ⌊m/2⌋ keys and COPIES the
 * right half's first key up; an internal node that overflows splits its m + 1 children ⌈(m+1)/2⌉ /
 * ⌊(m+1)/2⌋ and MOVES its middle key up. With m = 5, inserting 25 into the leaf 10 20 30 40 gives
 * 10 20 25 | 30 40 with separator 30, exactly the lesson's page-split diagram.
 */

/** One page of the tree. `children` is null for a leaf. */
export interface BTreeNode {
  readonly id: number;
  readonly keys: readonly number[];
  readonly children: readonly BTreeNode[] | null;
}

/** A whole tree: its fan-out, root, key count, and the next free node id. */
export interface BTree {
  readonly order: number;
  readonly root: BTreeNode;
  readonly size: number;
  readonly nextId: number;
}

/** Smallest fan-out that still makes a tree (a node with two children). */
export const MIN_ORDER = 3;

/** An empty tree of fan-out `order`: one empty leaf. */
export function emptyTree(order: number): BTree {
  if (!Number.isInteger(order) || order < MIN_ORDER) throw new RangeError(`fan-out must be an integer ≥ ${MIN_ORDER}`);
  return { order, root: { id: 1, keys: [], children: null }, size: 0, nextId: 2 };
}

/** Most keys a node of fan-out `order` may hold. */
export function maxKeys(order: number): number {
  return order - 1;
}

/** True for a leaf node. */
export function isLeaf(node: BTreeNode): boolean {
  return node.children === null;
}

/** Levels from the root to the leaves (1 for a lone leaf). */
export function treeHeight(root: BTreeNode): number {
  let height = 1;
  let node = root;
  while (node.children) {
    const first = node.children[0];
    if (!first) break;
    node = first;
    height += 1;
  }
  return height;
}

/** Every key in order, read along the leaves. */
export function keysInOrder(root: BTreeNode): number[] {
  if (!root.children) return [...root.keys];
  return root.children.flatMap(keysInOrder);
}

/** The nodes level by level, root first. */
export function levelsOf(roots: readonly BTreeNode[]): BTreeNode[][] {
  const levels: BTreeNode[][] = [];
  let level = [...roots];
  while (level.length > 0) {
    levels.push(level);
    level = level.flatMap((node) => node.children ?? []);
  }
  return levels;
}

/** Three-way comparison result of the searched key against a key in a node. */
export type Comparison = 'less' | 'equal' | 'greater';

/** One comparison made while searching a node. */
export interface Compared {
  /** Index of the key in the node. */
  index: number;
  key: number;
  result: Comparison;
}

/** How a search moves through one node: the comparisons it made and where it goes next. */
export interface NodeVisit {
  compared: Compared[];
  /** Internal node: the child followed. Leaf: the index where the key is (found) or would go. */
  index: number;
  found: boolean;
}

function compare(target: number, key: number): Comparison {
  return target < key ? 'less' : target > key ? 'greater' : 'equal';
}

/**
 * Scans a node's keys left to right, as a reader would. In an internal node, a key equal to a separator
 * belongs to the right of it (the separator is the first key of its right subtree). Real engines binary-
 * search a page instead, about log2(400) ≈ 9 comparisons for a page of 400 keys.
 */
export function visitNode(node: BTreeNode, target: number): NodeVisit {
  const compared: Compared[] = [];
  for (let index = 0; index < node.keys.length; index++) {
    const key = node.keys[index] as number;
    const result = compare(target, key);
    compared.push({ index, key, result });
    if (result === 'less') return { compared, index, found: false };
    if (result === 'equal') return node.children ? { compared, index: index + 1, found: false } : { compared, index, found: true };
  }
  return { compared, index: node.keys.length, found: false };
}

/** One internal node on the way down, with the child the search followed. */
export interface PathEntry {
  node: BTreeNode;
  childIndex: number;
}

/** The internal nodes from the root down, and the leaf reached, for `target`. */
export function pathTo(root: BTreeNode, target: number): { path: PathEntry[]; leaf: BTreeNode; visits: NodeVisit[] } {
  const path: PathEntry[] = [];
  const visits: NodeVisit[] = [];
  let node = root;
  while (node.children) {
    const visit = visitNode(node, target);
    visits.push(visit);
    path.push({ node, childIndex: visit.index });
    const next = node.children[visit.index];
    if (!next) throw new Error('malformed B-tree: a child pointer is missing');
    node = next;
  }
  visits.push(visitNode(node, target));
  return { path, leaf: node, visits };
}

/** True if `target` is in the tree. */
export function contains(tree: BTree, target: number): boolean {
  const { visits } = pathTo(tree.root, target);
  return visits[visits.length - 1]?.found ?? false;
}

/** `node` placed at depth `depth` of `path` (0 = root), with every ancestor copied to point at it. */
export function rebuildUp(path: readonly PathEntry[], depth: number, node: BTreeNode): BTreeNode {
  let current = node;
  for (let d = depth - 1; d >= 0; d--) {
    const entry = path[d] as PathEntry;
    const children = [...(entry.node.children ?? [])];
    children[entry.childIndex] = current;
    current = { ...entry.node, children };
  }
  return current;
}

/** The two halves of an overflowing node and the key that goes up to the parent. */
export interface SplitResult {
  left: BTreeNode;
  right: BTreeNode;
  separator: number;
}

/**
 * Splits an overflowing node. The left half keeps the node's id (it is the same page); the right half is
 * a new page with id `newId`. Leaves copy the separator up; internal nodes move it up.
 */
export function splitNode(node: BTreeNode, newId: number): SplitResult {
  if (!node.children) {
    const leftCount = Math.ceil(node.keys.length / 2);
    const rightKeys = node.keys.slice(leftCount);
    return {
      left: { id: node.id, keys: node.keys.slice(0, leftCount), children: null },
      right: { id: newId, keys: rightKeys, children: null },
      separator: rightKeys[0] as number,
    };
  }
  const leftChildren = Math.ceil(node.children.length / 2);
  return {
    left: { id: node.id, keys: node.keys.slice(0, leftChildren - 1), children: node.children.slice(0, leftChildren) },
    right: { id: newId, keys: node.keys.slice(leftChildren), children: node.children.slice(leftChildren) },
    separator: node.keys[leftChildren - 1] as number,
  };
}

/** A sorted copy of `keys` with `key` added, and where it went. */
export function insertSorted(keys: readonly number[], key: number): { keys: number[]; index: number } {
  let index = 0;
  while (index < keys.length && (keys[index] as number) < key) index++;
  return { keys: [...keys.slice(0, index), key, ...keys.slice(index)], index };
}
