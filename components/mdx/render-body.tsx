import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MDXProps } from 'mdx/types';
import { ISLAND_MARKER_TAG, splitAtIslands, type BodyRenderer, type JsonValue } from '@/lib/content/body-segments';
import { ISLAND_COMPONENTS } from '@/lib/content/mdx-names';
import { mdxComponents } from './registry';

type MdxModule = { default: (props: MDXProps) => React.ReactNode };

// THIS RUNS IN THE CONTENT BUILD (plain Node), never in the browser: it evaluates the function body
// that mdx-bundler produced, with React's JSX runtime as its one dependency.
function evaluateMdx(code: string): MdxModule['default'] {
  const scope = { React, ReactDOM: {}, _jsx_runtime: jsxRuntime };
  const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => MdxModule;
  return run(...Object.values(scope)).default;
}

/**
 * Renders a compiled lesson to static HTML, leaving a marker wherever an interactive widget stands;
 * the page mounts the widget there. Static text then ships as HTML and is never hydrated node by node.
 */
export const renderLessonBody: BodyRenderer = (code, file) => {
  const islands: Array<{ name: string; props: Record<string, JsonValue> }> = [];
  const placeholders = Object.fromEntries(
    ISLAND_COMPONENTS.map((name: string) => [
      name,
      function IslandPlaceholder(props: Record<string, unknown>) {
        const { children: _children, ...rest } = props;
        let serialised: Record<string, JsonValue>;
        try {
          serialised = JSON.parse(JSON.stringify(rest)) as Record<string, JsonValue>;
        } catch {
          throw new Error(`${file}: <${name}> props must be plain data (strings, numbers, booleans, arrays, objects)`);
        }
        islands.push({ name, props: serialised });
        return React.createElement(ISLAND_MARKER_TAG, { 'data-index': islands.length - 1 });
      },
    ]),
  );
  const Content = evaluateMdx(code);
  const html = renderToStaticMarkup(<Content components={{ ...mdxComponents, ...placeholders }} />);
  try {
    return splitAtIslands(html, islands);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
};
