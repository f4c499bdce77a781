/**
 * Positions for drawing a B-tree: each node is a row of key cells; a parent sits centred over its
 * children; subtrees never overlap (each takes the width of the wider of itself and its children).
 */
import type { BTreeNode } from './tree';

/** Width of one key cell, in SVG units. */
export const CELL_WIDTH = 38;
/** Height of a node. */
export const NODE_HEIGHT = 32;
/** Space between sibling subtrees. */
export const SIBLING_GAP = 14;
/** Vertical distance between levels. */
export const LEVEL_GAP = 72;

/** A node placed on the canvas (x, y is its top-left corner). */
export interface PlacedNode {
  node: BTreeNode;
  x: number;
  y: number;
  width: number;
  depth: number;
}

/** A pointer from a parent to a child. */
export interface PlacedEdge {
  from: number;
  to: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A drawing of one or more trees side by side. */
export interface TreeLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Links between neighbouring leaves, left to right. */
  leafLinks: PlacedEdge[];
  width: number;
  height: number;
}

/** Width of a node's box: one cell per key, at least one cell for an empty leaf. */
export function nodeWidth(node: BTreeNode): number {
  return Math.max(1, node.keys.length) * CELL_WIDTH;
}

function subtreeWidth(node: BTreeNode, memo: Map<BTreeNode, number>): number {
  const known = memo.get(node);
  if (known !== undefined) return known;
  const own = nodeWidth(node);
  const kids = node.children ?? [];
  const below = kids.reduce((sum, child) => sum + subtreeWidth(child, memo), 0) + Math.max(0, kids.length - 1) * SIBLING_GAP;
  const width = Math.max(own, below);
  memo.set(node, width);
  return width;
}

/**
 * Lays out `roots` left to right. A pointer leaves its parent at the boundary between two keys (spread
 * evenly when a split has linked a child whose separator has not arrived yet).
 */
export function layoutTrees(roots: readonly BTreeNode[]): TreeLayout {
  const memo = new Map<BTreeNode, number>();
  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  const byDepth: PlacedNode[][] = [];
  let maxDepth = 0;

  function place(node: BTreeNode, left: number, depth: number): PlacedNode {
    const span = subtreeWidth(node, memo);
    const width = nodeWidth(node);
    const kids = node.children ?? [];
    const placedKids: PlacedNode[] = [];
    if (kids.length > 0) {
      const below = kids.reduce((sum, child) => sum + subtreeWidth(child, memo), 0) + (kids.length - 1) * SIBLING_GAP;
      let x = left + (span - below) / 2;
      for (const child of kids) {
        placedKids.push(place(child, x, depth + 1));
        x += subtreeWidth(child, memo) + SIBLING_GAP;
      }
    }
    let centre = left + span / 2;
    const first = placedKids[0];
    const last = placedKids[placedKids.length - 1];
    if (first && last) centre = (first.x + first.width / 2 + last.x + last.width / 2) / 2;
    const placed: PlacedNode = { node, x: centre - width / 2, y: depth * LEVEL_GAP, width, depth };
    nodes.push(placed);
    (byDepth[depth] ??= []).push(placed);
    maxDepth = Math.max(maxDepth, depth);
    placedKids.forEach((child, index) => {
      const slots = Math.max(1, kids.length - 1);
      edges.push({
        from: node.id,
        to: child.node.id,
        x1: placed.x + (placed.width * index) / slots,
        y1: placed.y + NODE_HEIGHT,
        x2: child.x + child.width / 2,
        y2: child.y,
      });
    });
    return placed;
  }

  let left = 0;
  roots.forEach((root, index) => {
    if (index > 0) left += SIBLING_GAP * 2;
    place(root, left, 0);
    left += subtreeWidth(root, memo);
  });

  // Leaves are the deepest level; link neighbours in key order (they are placed left to right).
  const leaves = (byDepth[maxDepth] ?? []).filter((p) => p.node.children === null).sort((a, b) => a.x - b.x);
  const leafLinks: PlacedEdge[] = [];
  for (let i = 1; i < leaves.length; i++) {
    const a = leaves[i - 1] as PlacedNode;
    const b = leaves[i] as PlacedNode;
    leafLinks.push({ from: a.node.id, to: b.node.id, x1: a.x + a.width, y1: a.y + NODE_HEIGHT / 2, x2: b.x, y2: b.y + NODE_HEIGHT / 2 });
  }
  return { nodes, edges, leafLinks, width: left, height: maxDepth * LEVEL_GAP + NODE_HEIGHT };
}
