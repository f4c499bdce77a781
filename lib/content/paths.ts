import path from 'node:path';

/** Where authored content lives (one folder per lesson under lessons/). */
export const CONTENT_DIR = path.join(process.cwd(), 'content');
/** Rendered diagram SVGs, committed so that builds without a browser work. */
export const DIAGRAM_CACHE_DIR = path.join(CONTENT_DIR, 'diagram-cache');
/** Output of the content build step, read by the Next.js pages (not committed). */
export const COMPILED_DIR = path.join(process.cwd(), '.content');

/** Lesson HTML chunks as static files (generated; served at /lesson-html/ and copied into the export). */
export const HTML_CHUNKS_DIR = path.join(process.cwd(), 'public', 'lesson-html');

/** The folder of a lesson's source. */
export function lessonSourceFile(slug: string, contentDir = CONTENT_DIR): string {
  return path.join(contentDir, 'lessons', slug, 'index.mdx');
}
