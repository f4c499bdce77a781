import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import type { MDXProps } from 'mdx/types';
import { mdxComponents } from './registry';

type MdxModule = { default: React.ComponentType<MDXProps> };

// THIS RUNS AT BUILD TIME ONLY (a server component in a static export): it evaluates the function
// body that mdx-bundler produced, with React's JSX runtime as its one dependency.
function evaluateMdx(code: string): React.ComponentType<MDXProps> {
  const scope = { React, ReactDOM: {}, _jsx_runtime: jsxRuntime };
  const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => MdxModule;
  return run(...Object.values(scope)).default;
}

/** Renders a compiled lesson body with the component registry. */
export function MdxContent({ code }: { code: string }) {
  const Content = evaluateMdx(code);
  return <Content components={mdxComponents} />;
}
