import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** One entry of a lesson's on-page table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** Collects h2/h3 headings (after ids are assigned) into `into`, in document order. */
export function rehypeToc(options: { into: TocEntry[] }) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      options.into.push({ id, text: toString(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
    });
  };
}
