import { readFileSync } from 'node:fs';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import type { BodyRenderer } from './body-segments';
import { remarkKnownComponents } from './remark-known-components';
import { ContentError } from './schema';

/**
 * Compiles a standalone Markdown page (no frontmatter, no diagrams), such as the printable cheat
 * sheet, to HTML with the same renderer as lessons. Islands are not allowed on such pages.
 */
export async function compileStandalonePage(file: string, relativeFile: string, renderBody: BodyRenderer): Promise<string> {
  let code: string;
  try {
    ({ code } = await bundleMDX({
      source: readFileSync(file, 'utf8'),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, [remarkKnownComponents, { file: relativeFile }]];
        return options;
      },
      esbuildOptions: (esbuildOptions) => ({ ...esbuildOptions, logLevel: 'silent' }),
    }));
  } catch (error) {
    throw new ContentError(relativeFile, error instanceof Error ? error.message : String(error));
  }
  const segments = renderBody(code, relativeFile);
  if (segments.some((segment) => segment.kind !== 'html')) throw new ContentError(relativeFile, 'a standalone page cannot hold interactive widgets');
  return segments.map((segment) => (segment.kind === 'html' ? segment.html : '')).join('');
}
