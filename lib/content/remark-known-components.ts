import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { INSTRUMENT_STARTS } from '../instruments/presets';
import { instrumentByMdxName, type InstrumentMdxName } from '../instruments/registry';
import { KNOWN_AUTHORED_NAMES } from './mdx-names';
import { ContentError } from './schema';

const known = new Set<string>(KNOWN_AUTHORED_NAMES);

/** What is wrong with an instrument's start prop (`preset="…"`, `scenario="…"`, `symptom="…"`), or null. */
export function startPropProblem(element: MdxJsxFlowElement | MdxJsxTextElement): string | null {
  const entry = element.name ? instrumentByMdxName(element.name) : undefined;
  if (!entry?.startProp) return null;
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === entry.startProp);
  if (!attribute || typeof attribute.value !== 'string') return null; // absent: the instrument starts from its first example
  const ids = INSTRUMENT_STARTS[entry.mdxName as InstrumentMdxName] ?? [];
  if (ids.includes(attribute.value)) return null;
  return `<${entry.mdxName} ${entry.startProp}="${attribute.value}"> names no example it has (known: ${ids.join(', ')})`;
}

/**
 * Fails the build on a capitalised JSX tag that the component registry does not provide, and on an instrument
 * told to start from an example it does not have.
 */
export function remarkKnownComponents(options: { file: string }) {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name;
      const line = node.position?.start.line;
      if (name && known.has(name)) {
        const problem = startPropProblem(node as MdxJsxFlowElement | MdxJsxTextElement);
        if (problem) throw new ContentError(options.file, `${line ? `line ${line}: ` : ''}${problem}`);
        return;
      }
      if (!name || !/^[A-Z]/.test(name)) return;
      throw new ContentError(
        options.file,
        `${line ? `line ${line}: ` : ''}<${name}> is not a known MDX component (known: ${[...known].join(', ')})`,
      );
    });
  };
}
