import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeMermaid from 'rehype-mermaid';
import { optimize } from 'svgo';
import { unified } from 'unified';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from './find-chromium';

/** The two colour schemes every diagram is drawn in. */
export const DIAGRAM_THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** One diagram's outcome: its SVG markup, or the renderer's complaint. */
export type RenderOutcome = { ok: true; svg: string } | { ok: false; error: string };

/** Renders mermaid sources to SVG strings in one theme (one browser session for the batch). */
export type DiagramRenderer = (sources: string[], theme: DiagramTheme) => Promise<RenderOutcome[]>;

// Bump when the mermaid configuration below changes, so every cached SVG is drawn again.
export const RENDER_CONFIG_VERSION = 'mermaid-v4';

// Mermaid sizes boxes by measuring text at build time, so the font must have the same metrics on the
// reader's machine: Arial, and Liberation Sans (metric-compatible) where Arial is missing.
const FONT_STACK = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/**
 * Shrinks mermaid's SVG (about a fifth smaller). Ids are kept because its embedded CSS selects by
 * id, and shapes stay shapes because it styles `.edgeLabel rect` (as paths, edge labels turn black).
 */
export function optimiseSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    plugins: [{ name: 'preset-default', params: { overrides: { cleanupIds: false, inlineStyles: false, convertShapeToPath: false } } }],
  }).data;
}

function mermaidConfig(theme: DiagramTheme) {
  return {
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: FONT_STACK,
    // The dark theme's grey edge-label box leaves its light text under 4.5:1 contrast; use a solid dark box.
    ...(theme === 'dark' ? { themeVariables: { edgeLabelBackground: '#1e293b' } } : {}),
    flowchart: { htmlLabels: false, useMaxWidth: true },
    sequence: { useMaxWidth: true, mirrorActors: false },
  } as const;
}

/**
 * Draws diagrams with rehype-mermaid (headless Chromium) at build time. Fails with a message that
 * says how to get a browser when none is installed.
 */
export const renderWithRehypeMermaid: DiagramRenderer = async (sources, theme) => {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(`Diagrams changed and need drawing, but ${NO_CHROMIUM_MESSAGE}`);
  }
  const tree: Root = {
    type: 'root',
    children: sources.map(
      (source): Element => ({
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties: { className: ['language-mermaid'] },
            children: [{ type: 'text', value: source }],
          },
        ],
      }),
    ),
  };
  const failures = new Map<number, string>();
  await unified()
    .use(rehypeMermaid, {
      strategy: 'inline-svg',
      prefix: `mermaid-${theme}`,
      mermaidConfig: mermaidConfig(theme),
      launchOptions: { executablePath, args: CHROMIUM_ARGS },
      errorFallback(element, _diagram, error) {
        const index = tree.children.indexOf(element as Element);
        failures.set(index, error instanceof Error ? error.message : String(error));
        return { type: 'element', tagName: 'svg', properties: { dataFailed: true }, children: [] };
      },
    })
    .run(tree);
  return tree.children.map((node, index): RenderOutcome => {
    const failure = failures.get(index);
    if (failure !== undefined) return { ok: false, error: failure };
    return { ok: true, svg: optimiseSvg(toHtml(node, { space: 'svg' })) };
  });
};
