#!/usr/bin/env node
/**
 * After the export and scripts/inline-lesson-html.mjs: builds the static search index with
 * Pagefind into out/pagefind/, which the header search (components/search) loads on first use.
 * Only elements marked data-pagefind-body are indexed (lesson text, the glossary, the cheat sheet, and
 * each tool page's title and introduction); navigation, quizzes and the instruments themselves stay out. Fails if a page that must be searchable was not indexed.
 * Usage: node scripts/build-search-index.mjs [out]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const outDir = path.resolve(process.argv[2] ?? 'out');
const course = JSON.parse(readFileSync(path.resolve('.content', 'course.json'), 'utf8'));
// Every instrument in lib/instruments/registry.ts has a page and an introduction (written by the content build).
const tools = Object.keys(JSON.parse(readFileSync(path.resolve('.content', 'tools.json'), 'utf8')));
const expected = [
  '/glossary/',
  '/cheat-sheet/',
  ...course.modules.flatMap((module) => module.lessons.map((lesson) => `/lessons/${lesson.slug}/`)),
  ...tools.map((slug) => `/tools/${slug}/`),
];

function fail(message) {
  console.error(`build-search-index: ${message}`);
  process.exitCode = 1;
}

try {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // Diagrams are searchable by their caption; the words inside the drawing are only labels.
    excludeSelectors: ['svg'],
  });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: outDir, glob: '**/*.html' });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  // One fragment file per indexed page: pages without data-pagefind-body are scanned but left out.
  const { files, errors: listErrors } = await index.getFiles();
  if (listErrors.length) throw new Error(listErrors.join('; '));
  const indexed = files.filter((file) => file.path.startsWith('fragment/')).length;
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  // Pagefind indexes exactly the pages that mark a body; each page a reader must find has to be one of them.
  const unmarked = expected.filter((url) => !readFileSync(path.join(outDir, url, 'index.html'), 'utf8').includes('data-pagefind-body'));
  if (unmarked.length) fail(`these pages have no data-pagefind-body, so search cannot find them: ${unmarked.join(', ')}`);
  else if (indexed < expected.length) fail(`indexed ${indexed} pages, expected at least ${expected.length}`);
  else console.log(`build-search-index: ${indexed} of ${added.page_count} pages indexed into ${path.relative(process.cwd(), path.join(outDir, 'pagefind'))}/`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await pagefind.close();
}
