/**
 * Insert and search as a sequence of steps a reader can watch: each step is a snapshot of the tree (shared
 * structure, so cheap) with what to light up and one sentence saying what happened.
 */
import { insertSorted, isLeaf, maxKeys, pathTo, rebuildUp, splitNode, treeHeight, type BTree, type BTreeNode, type Compared, type NodeVisit } from './tree';

/** What kind of moment a step shows. */
export type BTreeStepKind =
  | 'start'
  | 'visit'
  | 'found'
  | 'not-found'
  | 'duplicate'
  | 'place'
  | 'overflow'
  | 'split'
  | 'promote'
  | 'new-root';

/** A key to emphasise: the one inserted, found, or pushed up as a separator. */
export interface KeyMark {
  node: number;
  index: number;
}

/** One moment of an operation. */
export interface BTreeStep {
  kind: BTreeStepKind;
  /** What is drawn: one root, or two side by side while a root split is under way. */
  roots: readonly BTreeNode[];
  /** The node this step is about, or null. */
  focus: number | null;
  /** Nodes read so far by this operation, root first. */
  path: readonly number[];
  /** Comparisons made in the focus node at this step. */
  compared: readonly Compared[];
  /** Keys to emphasise. */
  marks: readonly KeyMark[];
  /** Nodes just made by a split (both halves). */
  changed: readonly number[];
  /** A node already linked from its parent whose separator has not arrived yet (drawn dashed). */
  pending: number | null;
  /** Comparisons made by this operation so far. */
  comparisons: number;
  /** Pages read by this operation so far. */
  pagesRead: number;
  /** Splits done by this operation so far. */
  splits: number;
  /** One sentence about the step, for the caption and screen readers. */
  message: string;
}

/** The result of one operation: the tree after it and the steps that got there. */
export interface OperationResult {
  tree: BTree;
  steps: BTreeStep[];
  /** A one-line summary of the whole operation. */
  summary: string;
}

const list = (keys: readonly number[]) => (keys.length ? keys.join(', ') : 'nothing');
const page = (keys: readonly number[]) => `[${keys.length ? keys.join(' | ') : 'empty'}]`;
const symbol: Record<Compared['result'], string> = { less: '<', equal: '=', greater: '>' };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function comparisonsText(target: number, compared: readonly Compared[]): string {
  if (compared.length === 0) return 'no keys to compare';
  return compared.map((c) => `${target} ${symbol[c.result]} ${c.key}`).join(', ');
}

function visitMessage(target: number, node: BTreeNode, visit: NodeVisit, total: number, verb: string): string {
  const childCount = node.children?.length ?? 0;
  return (
    `${verb} ${target}: page ${page(node.keys)}, ${comparisonsText(target, visit.compared)}, so follow pointer ${visit.index + 1} of ${childCount}. ` +
    `${plural(visit.compared.length, 'comparison', 'comparisons')} here, ${total} so far.`
  );
}

interface Descent {
  steps: BTreeStep[];
  path: ReturnType<typeof pathTo>['path'];
  leaf: BTreeNode;
  leafVisit: NodeVisit;
  comparisons: number;
  visited: number[];
}

/** The visit steps from the root down to the leaf, shared by search and insert. */
function descend(tree: BTree, target: number, verb: string): Descent {
  const { path, leaf, visits } = pathTo(tree.root, target);
  const steps: BTreeStep[] = [];
  const visited: number[] = [];
  let comparisons = 0;
  path.forEach((entry, depth) => {
    const visit = visits[depth] as NodeVisit;
    comparisons += visit.compared.length;
    visited.push(entry.node.id);
    steps.push({
      kind: 'visit',
      roots: [tree.root],
      focus: entry.node.id,
      path: [...visited],
      compared: visit.compared,
      marks: [],
      changed: [],
      pending: null,
      comparisons,
      pagesRead: visited.length,
      splits: 0,
      message: visitMessage(target, entry.node, visit, comparisons, verb),
    });
  });
  const leafVisit = visits[visits.length - 1] as NodeVisit;
  comparisons += leafVisit.compared.length;
  visited.push(leaf.id);
  return { steps, path, leaf, leafVisit, comparisons, visited };
}

/** Search for `target`: one step per page read, then found or not. The tree does not change. */
export function searchSteps(tree: BTree, target: number): OperationResult {
  const d = descend(tree, target, 'Search');
  const where = `leaf ${page(d.leaf.keys)}, ${comparisonsText(target, d.leafVisit.compared)}`;
  const cost = `${plural(d.comparisons, 'comparison', 'comparisons')} on ${plural(d.visited.length, 'page', 'pages')}, one page per level`;
  const found = d.leafVisit.found;
  const message = found ? `Found ${target} in the ${where}: ${cost}.` : `${target} is not in the tree: the ${where}, so it would sit here. ${cost[0]?.toUpperCase()}${cost.slice(1)}.`;
  d.steps.push({
    kind: found ? 'found' : 'not-found',
    roots: [tree.root],
    focus: d.leaf.id,
    path: d.visited,
    compared: d.leafVisit.compared,
    marks: found ? [{ node: d.leaf.id, index: d.leafVisit.index }] : [],
    changed: [],
    pending: null,
    comparisons: d.comparisons,
    pagesRead: d.visited.length,
    splits: 0,
    message,
  });
  return {
    tree,
    steps: d.steps,
    summary: found ? `Search ${target}: found, ${cost}.` : `Search ${target}: not found, ${cost}.`,
  };
}

/**
 * Insert `key`: the descent, the key placed in its leaf, then for each node that overflows: the overflow,
 * the split (the new page linked but its separator not yet in the parent), and the parent update, or a new
 * root when the root itself split. A key already present changes nothing (a unique index).
 */
export function insertSteps(tree: BTree, key: number): OperationResult {
  const d = descend(tree, key, 'Insert');
  const base = { comparisons: d.comparisons, pagesRead: d.visited.length, path: d.visited };
  if (d.leafVisit.found) {
    d.steps.push({
      ...base,
      kind: 'duplicate',
      roots: [tree.root],
      focus: d.leaf.id,
      compared: d.leafVisit.compared,
      marks: [{ node: d.leaf.id, index: d.leafVisit.index }],
      changed: [],
      pending: null,
      splits: 0,
      message: `${key} is already in the leaf ${page(d.leaf.keys)}. A unique index rejects a duplicate key, so the tree does not change.`,
    });
    return { tree, steps: d.steps, summary: `Insert ${key}: already in the tree, nothing changed.` };
  }

  const steps = d.steps;
  const limit = maxKeys(tree.order);
  let nextId = tree.nextId;
  let splits = 0;
  const placed = insertSorted(d.leaf.keys, key);
  let current: BTreeNode = { id: d.leaf.id, keys: placed.keys, children: null };
  let depth = d.path.length;
  let root = rebuildUp(d.path, depth, current);
  const fits = current.keys.length <= limit;
  steps.push({
    ...base,
    kind: 'place',
    roots: [root],
    focus: current.id,
    compared: d.leafVisit.compared,
    marks: [{ node: current.id, index: placed.index }],
    changed: [],
    pending: null,
    splits,
    message: `Put ${key} in its place in the leaf: ${page(current.keys)}. ${
      fits ? `The leaf holds ${current.keys.length} of at most ${limit} keys, so nothing else changes.` : ''
    }`.trim(),
  });

  const splitNotes: string[] = [];
  while (current.keys.length > limit) {
    const kind = isLeaf(current) ? 'leaf' : 'internal page';
    steps.push({
      ...base,
      kind: 'overflow',
      roots: [root],
      focus: current.id,
      compared: [],
      marks: [],
      changed: [],
      pending: null,
      splits,
      message: `The ${kind} now holds ${current.keys.length} keys, but a page with fan-out ${tree.order} holds at most ${limit}: it must split.`,
    });
    const { left, right, separator } = splitNode(current, nextId++);
    splits += 1;
    const how = isLeaf(current)
      ? `The left leaf keeps ${list(left.keys)}; a new right leaf takes ${list(right.keys)}. Its first key, ${separator}, is copied up as the separator.`
      : `The left page keeps ${list(left.keys)}; a new right page takes ${list(right.keys)}. The middle key ${separator} moves up to the parent and stays there only.`;

    if (depth === 0) {
      steps.push({
        ...base,
        kind: 'split',
        roots: [left, right],
        focus: right.id,
        compared: [],
        marks: [],
        changed: [left.id, right.id],
        pending: null,
        splits,
        message: `Split the root. ${how} There is no parent to take it yet.`,
      });
      const newRoot: BTreeNode = { id: nextId++, keys: [separator], children: [left, right] };
      root = newRoot;
      const height = treeHeight(root);
      steps.push({
        ...base,
        kind: 'new-root',
        roots: [root],
        focus: newRoot.id,
        compared: [],
        marks: [{ node: newRoot.id, index: 0 }],
        changed: [],
        pending: null,
        splits,
        message: `A new root holds the separator ${separator} and points to both halves, so the tree is now ${height} levels tall. A root split is the only way a B-tree grows taller, which keeps every leaf at the same depth.`,
      });
      splitNotes.push(`the root split (the tree grew to ${height} levels)`);
      current = newRoot;
      break;
    }

    const entry = d.path[depth - 1]!;
    // The parent as it stands now: the original node on the path, since nothing above has changed yet.
    const parent = entry.node;
    const linkedChildren = [...(parent.children ?? [])];
    linkedChildren.splice(entry.childIndex, 1, left, right);
    const linked: BTreeNode = { id: parent.id, keys: parent.keys, children: linkedChildren };
    root = rebuildUp(d.path, depth - 1, linked);
    steps.push({
      ...base,
      kind: 'split',
      roots: [root],
      focus: right.id,
      compared: [],
      marks: [],
      changed: [left.id, right.id],
      pending: right.id,
      splits,
      message: `Split the ${kind}. ${how}`,
    });
    const withSeparator = insertSorted(parent.keys, separator);
    current = { id: parent.id, keys: withSeparator.keys, children: linkedChildren };
    depth -= 1;
    root = rebuildUp(d.path, depth, current);
    const parentFits = current.keys.length <= limit;
    steps.push({
      ...base,
      kind: 'promote',
      roots: [root],
      focus: current.id,
      compared: [],
      marks: [{ node: current.id, index: withSeparator.index }],
      changed: [],
      pending: null,
      splits,
      message: `The parent gains the separator ${separator} and a pointer to the new page: ${page(current.keys)}. ${
        parentFits ? 'It has room, so the split stops here.' : 'That overfills the parent too.'
      }`,
    });
    splitNotes.push(`a ${kind} split`);
  }

  const next: BTree = { order: tree.order, root, size: tree.size + 1, nextId };
  const summary = splits === 0 ? `Insert ${key}: placed in its leaf, no split.` : `Insert ${key}: ${splitNotes.join(', then ')}.`;
  return { tree: next, steps, summary };
}
