/**
 * The whole history a reader built (a list of inserts and searches at one fan-out), replayed into one
 * timeline of steps the scrubber moves through.
 */
import { insertSteps, searchSteps, type BTreeStep } from './operations';
import { emptyTree, treeHeight, type BTree } from './tree';

/** One thing the reader did. */
export interface BTreeOp {
  kind: 'insert' | 'search';
  key: number;
}

/** A step of the timeline, with the operation it belongs to (-1 for the starting point). */
export interface BTreeFrame extends BTreeStep {
  op: number;
  /** Keys in the tree at this step. */
  size: number;
}

/** The replayed history. */
export interface BTreeTrace {
  frames: BTreeFrame[];
  /** Index of the first frame of each operation. */
  opStarts: number[];
  /** One line per operation. */
  summaries: string[];
  /** The tree after every operation. */
  tree: BTree;
  /** Splits over the whole history. */
  totalSplits: number;
}

/** Replays `ops` on an empty tree of fan-out `order`. Frame 0 is the starting point. */
export function traceOps(order: number, ops: readonly BTreeOp[]): BTreeTrace {
  let tree = emptyTree(order);
  const frames: BTreeFrame[] = [
    {
      kind: 'start',
      roots: [tree.root],
      focus: null,
      path: [],
      compared: [],
      marks: [],
      changed: [],
      pending: null,
      comparisons: 0,
      pagesRead: 0,
      splits: 0,
      message: `An empty B-tree with fan-out ${order}: one empty leaf, which is also the root.`,
      op: -1,
      size: 0,
    },
  ];
  const opStarts: number[] = [];
  const summaries: string[] = [];
  let totalSplits = 0;
  ops.forEach((op, index) => {
    const result = op.kind === 'insert' ? insertSteps(tree, op.key) : searchSteps(tree, op.key);
    opStarts.push(frames.length);
    summaries.push(result.summary);
    const sizeBefore = tree.size;
    for (const step of result.steps) {
      const size = step.kind === 'place' || step.kind === 'overflow' || step.kind === 'split' || step.kind === 'promote' || step.kind === 'new-root' ? sizeBefore + 1 : sizeBefore;
      frames.push({ ...step, op: index, size });
    }
    totalSplits += result.steps[result.steps.length - 1]?.splits ?? 0;
    tree = result.tree;
  });
  return { frames, opStarts, summaries, tree, totalSplits };
}

/** A short description of a tree for screen readers: height, keys, leaves and the root's keys. */
export function describeTree(tree: BTree): string {
  const height = treeHeight(tree.root);
  let leaves = 0;
  const count = (node: BTree['root']): void => {
    if (!node.children) leaves += 1;
    else node.children.forEach(count);
  };
  count(tree.root);
  if (tree.size === 0) return `An empty B-tree with fan-out ${tree.order}.`;
  return `B-tree with fan-out ${tree.order}: ${tree.size} ${tree.size === 1 ? 'key' : 'keys'} in ${leaves} ${leaves === 1 ? 'leaf' : 'leaves'}, ${height} ${
    height === 1 ? 'level' : 'levels'
  }; the root holds ${tree.root.keys.join(', ')}.`;
}
