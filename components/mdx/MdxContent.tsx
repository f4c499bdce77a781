import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import type { MDXProps } from 'mdx/types';
import { mdxComponents } from './registry';

type MdxModule = { default: (props: MDXProps) => React.ReactNode };

// THIS RUNS AT BUILD TIME ONLY (a server component in a static export): it evaluates the function
// body that mdx-bundler produced, with React's JSX runtime as its one dependency.
function evaluateMdx(code: string): MdxModule['default'] {
  const scope = { React, ReactDOM: {}, _jsx_runtime: jsxRuntime };
  const run = new Function(...Object.keys(scope), code) as (...args: unknown[]) => MdxModule;
  return run(...Object.values(scope)).default;
}

/** Renders a compiled lesson body with the component registry. */
export function MdxContent({ code }: { code: string }) {
  // The MDX body is a plain function of its props (no hooks), so it is called, not mounted.
  return evaluateMdx(code)({ components: mdxComponents });
}
