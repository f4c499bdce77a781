import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { DiagramCache, diagramKey, dropUnusedSymbols, scopeInnerIds, scopeSvgIds } from './diagram-cache';
import { DIAGRAM_THEMES, type DiagramRenderer, type DiagramTheme } from './diagram-render';
import { parseFenceMeta } from './fence-meta';
import { ContentError } from './schema';

export interface RehypeDiagramsOptions {
  file: string;
  cache: DiagramCache;
  render: DiagramRenderer;
  /** Collects how many diagrams were drawn fresh and how many came from the cache. */
  stats?: { rendered: number; cached: number };
}

interface FoundDiagram {
  source: string;
  caption: string;
  alt: string;
  line: number | undefined;
  parent: Root | Element;
  node: Element;
}

function isMermaidPre(node: Element): Element | null {
  if (node.tagName !== 'pre' || node.children.length !== 1) return null;
  const code = node.children[0];
  if (code?.type !== 'element' || code.tagName !== 'code') return null;
  const classes = code.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid') ? code : null;
}

/**
 * Replaces every ```mermaid fence with a <Diagram caption alt light dark> element whose SVGs were
 * drawn at build time (or taken from the cache). A fence without caption and alt, or a diagram that
 * does not parse, fails the build with the file and line named.
 */
export function rehypeDiagrams(options: RehypeDiagramsOptions) {
  return async (tree: Root): Promise<void> => {
    const found: FoundDiagram[] = [];
    visit(tree, 'element', (node, index, parent) => {
      const code = isMermaidPre(node);
      if (!code || index === undefined || !parent) return;
      const line = node.position?.start.line;
      const where = line ? `line ${line}` : 'a mermaid fence';
      const meta = parseFenceMeta((code.data as { meta?: string } | undefined)?.meta);
      if (!meta) throw new ContentError(options.file, `${where}: write the fence as \`\`\`mermaid caption="…" alt="…"`);
      const caption = meta.caption?.trim();
      const alt = meta.alt?.trim();
      if (!caption) throw new ContentError(options.file, `${where}: the diagram needs a caption="…"`);
      if (!alt || alt.length < 20)
        throw new ContentError(options.file, `${where}: the diagram needs alt="…", a text alternative of a sentence or more`);
      found.push({ source: toString(code).trim(), caption, alt, line, parent: parent as Root | Element, node });
    });
    if (found.length === 0) return;

    const svgs = new Map<string, string>();
    for (const theme of DIAGRAM_THEMES) {
      const missing: FoundDiagram[] = [];
      for (const diagram of found) {
        const key = diagramKey(diagram.source, theme);
        const cached = options.cache.get(key);
        if (cached === undefined) missing.push(diagram);
        else {
          svgs.set(`${theme}:${key}`, cached);
          if (options.stats) options.stats.cached += 1;
        }
      }
      if (missing.length === 0) continue;
      let outcomes;
      try {
        outcomes = await options.render(
          missing.map((d) => d.source),
          theme,
        );
      } catch (error) {
        throw new ContentError(options.file, error instanceof Error ? error.message : String(error));
      }
      missing.forEach((diagram, i) => {
        const outcome = outcomes[i];
        const where = diagram.line ? `line ${diagram.line}` : 'a mermaid fence';
        if (!outcome || !outcome.ok) {
          const reason = outcome && !outcome.ok ? outcome.error : 'no result';
          throw new ContentError(options.file, `${where}: the diagram "${diagram.caption}" does not parse: ${reason}`);
        }
        const key = diagramKey(diagram.source, theme);
        const svg = scopeSvgIds(outcome.svg, theme, key);
        options.cache.set(key, svg);
        svgs.set(`${theme}:${key}`, svg);
        if (options.stats) options.stats.rendered += 1;
      });
    }

    for (const diagram of found) {
      const svgFor = (theme: DiagramTheme) => {
        const key = diagramKey(diagram.source, theme);
        return scopeInnerIds(dropUnusedSymbols(svgs.get(`${theme}:${key}`) ?? ''), key);
      };
      const replacement: MdxJsxFlowElementHast = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'caption', value: diagram.caption },
          { type: 'mdxJsxAttribute', name: 'alt', value: diagram.alt },
          { type: 'mdxJsxAttribute', name: 'light', value: svgFor('light') },
          { type: 'mdxJsxAttribute', name: 'dark', value: svgFor('dark') },
        ],
        children: [],
      };
      const siblings = diagram.parent.children as ElementContent[];
      siblings[siblings.indexOf(diagram.node)] = replacement as unknown as ElementContent;
    }
  };
}
