'use client';

import type { CSSProperties } from 'react';
import { CELL_WIDTH, NODE_HEIGHT, type TreeLayout } from '@/lib/instruments/btree/layout';
import type { BTreeFrame } from '@/lib/instruments/btree/trace';
import { levelsOf } from '@/lib/instruments/btree/tree';

/** Margin around the drawing, in SVG units. */
export const TREE_PAD = 14;
const PAD = TREE_PAD;

/** The tree at one step, in words, for screen readers: level by level, each page's keys. */
export function treeInWords(frame: BTreeFrame): string {
  const levels = levelsOf(frame.roots);
  const pages = (nodes: (typeof levels)[number]) => nodes.map((n) => (n.keys.length ? n.keys.join(' ') : 'empty')).join('; ');
  return levels.map((nodes, i) => `${i === 0 ? (nodes.length > 1 ? 'Two halves of the old root' : 'Root') : i === levels.length - 1 ? 'Leaves' : `Level ${i + 1}`}: ${pages(nodes)}`).join('. ');
}

/**
 * One step of a B-tree as SVG: pages as rows of key cells, pointers from the gaps between keys, links
 * between leaves. The pages on the search path, the page in focus, the comparisons made there and the keys
 * to notice are marked with classes (colours in globals.css, "Visualizers"). Pages slide to their new places
 * over `transitionMs` (0 with reduced motion). `fit` scales the drawing to the width of its box.
 */
export function BTreeDiagram({ frame, layout, transitionMs, fit }: { frame: BTreeFrame; layout: TreeLayout; transitionMs: number; fit: boolean }) {
  const width = layout.width + PAD * 2;
  const height = layout.height + PAD * 2;
  const onPath = new Set(frame.path);
  const compared = new Map(frame.compared.map((c) => [c.index, c.result]));
  const marks = new Set(frame.marks.map((m) => `${m.node}:${m.index}`));
  const overflow = frame.kind === 'overflow' ? frame.focus : null;
  const motion = (extra: CSSProperties = {}): CSSProperties => (transitionMs > 0 ? { transition: `transform ${transitionMs}ms ease, d ${transitionMs}ms ease`, ...extra } : extra);

  return (
    <svg
      className="viz-tree"
      width={fit ? undefined : width}
      height={fit ? undefined : height}
      style={fit ? { width: '100%', height: 'auto', maxWidth: width } : undefined}
      viewBox={`0 0 ${width} ${height}`}
      role="img" aria-label={`The tree at this step. ${treeInWords(frame)}.`}>
      <defs>
        <marker id="viz-leaf-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="viz-tree-arrowhead" />
        </marker>
      </defs>
      <g transform={`translate(${PAD} ${PAD})`}>
        {layout.leafLinks.map((link) => (
          <line key={`l${link.from}-${link.to}`} x1={link.x1 + 2} y1={link.y1} x2={link.x2 - 2} y2={link.y2} className="viz-tree-leaflink" markerEnd="url(#viz-leaf-arrow)" />
        ))}
        {layout.edges.map((edge) => {
          const d = `M ${edge.x1} ${edge.y1} L ${edge.x2} ${edge.y2}`;
          const cls = ['viz-tree-edge', onPath.has(edge.from) && onPath.has(edge.to) ? 'is-path' : '', frame.pending === edge.to ? 'is-pending' : ''].join(' ');
          return <path key={`e${edge.from}-${edge.to}`} d={d} className={cls} style={motion({ d: `path("${d}")` } as CSSProperties)} />;
        })}
        {layout.nodes.map(({ node, x, y, width: w }) => {
          const cls = [
            'viz-tree-node',
            onPath.has(node.id) ? 'is-path' : '',
            frame.focus === node.id ? 'is-focus' : '',
            overflow === node.id ? 'is-overflow' : '',
            frame.changed.includes(node.id) ? 'is-changed' : '',
            frame.pending === node.id ? 'is-pending' : '',
          ].join(' ');
          return (
            <g key={node.id} className={cls} style={motion({ transform: `translate(${x}px, ${y}px)` })}>
              <rect className="viz-tree-box" width={w} height={NODE_HEIGHT} rx={5} />
              {node.keys.map((key, i) => {
                const result = frame.focus === node.id ? compared.get(i) : undefined;
                const marked = marks.has(`${node.id}:${i}`);
                return (
                  <g key={key} transform={`translate(${i * CELL_WIDTH} 0)`}>
                    {i > 0 && <line className="viz-tree-divider" x1={0} y1={0} x2={0} y2={NODE_HEIGHT} />}
                    {(result || marked) && <rect className={`viz-tree-cell ${marked ? 'is-mark' : `is-${result}`}`} x={2} y={2} width={CELL_WIDTH - 4} height={NODE_HEIGHT - 4} rx={3} />}
                    <text className="viz-tree-key" x={CELL_WIDTH / 2} y={NODE_HEIGHT / 2} dominantBaseline="central" textAnchor="middle">
                      {key}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
