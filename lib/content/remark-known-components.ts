import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { KNOWN_AUTHORED_NAMES } from './mdx-names';
import { ContentError } from './schema';

const known = new Set<string>(KNOWN_AUTHORED_NAMES);

/** Fails the build on a capitalised JSX tag that the component registry does not provide. */
export function remarkKnownComponents(options: { file: string }) {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name;
      if (!name || !/^[A-Z]/.test(name) || known.has(name)) return;
      const line = node.position?.start.line;
      throw new ContentError(
        options.file,
        `${line ? `line ${line}: ` : ''}<${name}> is not a known MDX component (known: ${[...known].join(', ')})`,
      );
    });
  };
}
