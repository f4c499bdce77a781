import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { GlossaryTerm } from '../flashcards/glossary-schema';
import { ContentError } from './schema';

/** The MDX name of the inline glossary term (components/ui/Term.tsx). */
export const TERM_COMPONENT = 'Term';

/**
 * Checks every <Term id="…"> against the glossary and hands the static component what it renders:
 * the term's name, its definition and a tooltip id unique within the page. An unknown or missing id
 * fails the build, naming the file and the line, so a lesson can never link a term the glossary lacks.
 */
export function remarkGlossaryTerms(options: { file: string; terms: readonly GlossaryTerm[] }) {
  const byId = new Map(options.terms.map((term) => [term.id, term]));
  return (tree: Root): void => {
    let count = 0;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== TERM_COMPONENT) return;
      const line = element.position?.start.line;
      const fail = (detail: string) => new ContentError(options.file, `${line ? `line ${line}: ` : ''}${detail}`);
      const idAttribute = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!idAttribute || typeof idAttribute.value !== 'string') throw fail(`<${TERM_COMPONENT}> needs id="…", a term id from content/glossary.json`);
      const term = byId.get(idAttribute.value);
      if (!term) throw fail(`<${TERM_COMPONENT} id="${idAttribute.value}"> names no term in content/glossary.json`);
      count += 1;
      const given = new Set(['id']);
      element.attributes = [
        ...element.attributes.filter((a) => a.type === 'mdxJsxAttribute' && given.has(a.name)),
        { type: 'mdxJsxAttribute', name: 'term', value: term.term },
        { type: 'mdxJsxAttribute', name: 'definition', value: term.definition },
        { type: 'mdxJsxAttribute', name: 'tipId', value: `term-tip-${count}` },
      ];
    });
  };
}
