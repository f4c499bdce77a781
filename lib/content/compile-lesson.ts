import rehypeShiki from '@shikijs/rehype';
import matter from 'gray-matter';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import type { GlossaryTerm } from '../flashcards/glossary-schema';
import type { Quiz } from '../quiz/schema';
import type { BodyRenderer, BodySegment } from './body-segments';
import type { DiagramCache } from './diagram-cache';
import type { DiagramRenderer } from './diagram-render';
import { countWords, readingMinutes } from './reading-time';
import { rehypeDiagrams } from './rehype-diagrams';
import { rehypeToc, type TocEntry } from './rehype-toc';
import { remarkGlossaryTerms } from './remark-glossary-terms';
import { remarkKnownComponents } from './remark-known-components';
import { ContentError, parseFrontmatter, type LessonFrontmatter } from './schema';

/** A lesson after the build step: validated frontmatter, the MDX function body, and its outline. */
export interface CompiledLesson {
  slug: string;
  frontmatter: LessonFrontmatter;
  /** The body as build-time HTML, cut where interactive widgets stand. */
  segments: BodySegment[];
  toc: TocEntry[];
  words: number;
  readingMinutes: number;
  /** The lesson's quiz (quiz.json beside index.mdx), validated; null while it has none. */
  quiz: Quiz | null;
}

export interface CompileOptions {
  slug: string;
  /** Path shown in error messages (relative to the repo). */
  file: string;
  source: string;
  cache: DiagramCache;
  render: DiagramRenderer;
  renderBody: BodyRenderer;
  stats?: { rendered: number; cached: number };
  /** The glossary, for <Term id="…"> (an id it lacks fails the build). */
  glossary?: readonly GlossaryTerm[];
}

// Themes chosen for contrast: their comment colours pass WCAG AA on their own backgrounds.
const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
const SHIKI_LANGS = ['sql', 'ts', 'tsx', 'js', 'json', 'bash', 'shell', 'yaml', 'ini', 'python', 'text'];

/**
 * Compiles one lesson's MDX at build time (THIS RUNS IN NODE, NOT IN NEXT'S BUNDLER: rehype-mermaid
 * drives a browser). Every failure is a ContentError that names the file.
 */
export async function compileLesson(options: CompileOptions): Promise<Omit<CompiledLesson, 'quiz'>> {
  const { file, source } = options;
  let parsed;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new ContentError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const frontmatter = parseFrontmatter(file, parsed.data);
  const toc: TocEntry[] = [];
  let result;
  try {
    result = await bundleMDX({
      source,
      mdxOptions(mdxOptions) {
        const remark: PluggableList = [remarkGfm, [remarkKnownComponents, { file }], [remarkGlossaryTerms, { file, terms: options.glossary ?? [] }]];
        const rehype: PluggableList = [
          [rehypeDiagrams, { file, cache: options.cache, render: options.render, stats: options.stats }],
          [rehypeShiki, { themes: SHIKI_THEMES, langs: SHIKI_LANGS, fallbackLanguage: 'text', defaultLanguage: 'text' }],
          rehypeSlug,
          [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
          [rehypeToc, { into: toc }],
        ];
        mdxOptions.remarkPlugins = [...(mdxOptions.remarkPlugins ?? []), ...remark];
        mdxOptions.rehypePlugins = [...(mdxOptions.rehypePlugins ?? []), ...rehype];
        return mdxOptions;
      },
      // Errors are rethrown below with the file named; esbuild's own printout would only repeat them.
      esbuildOptions: (esbuildOptions) => ({ ...esbuildOptions, logLevel: 'silent' }),
    });
  } catch (error) {
    throw asContentError(file, error);
  }
  let segments: BodySegment[];
  try {
    segments = options.renderBody(result.code, file);
  } catch (error) {
    throw asContentError(file, error);
  }
  const words = countWords(parsed.content);
  return { slug: options.slug, frontmatter, segments, toc, words, readingMinutes: readingMinutes(words) };
}

/** mdx-bundler reports esbuild errors whose detail hides in `errors[].detail`; find our ContentError or name the file. */
function asContentError(file: string, error: unknown): ContentError {
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (current instanceof ContentError) return current;
    if (current && typeof current === 'object') {
      const { errors, detail, cause } = current as { errors?: unknown[]; detail?: unknown; cause?: unknown };
      if (Array.isArray(errors)) queue.push(...errors.map((e) => (e as { detail?: unknown }).detail ?? e));
      if (detail) queue.push(detail);
      if (cause) queue.push(cause);
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ContentError(file, message.replace(/^Build failed with \d+ errors?:\s*/, ''));
}
