/**
 * Content build step: validates content/course.json and every lesson, compiles MDX with
 * mdx-bundler, draws diagrams (or takes them from content/diagram-cache) and writes .content/.
 * Usage: tsx scripts/build-content.ts [--only slug,slug]
 */
import { renderLessonBody } from '../components/mdx/render-body';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCourse, cleanCompiled } from '../lib/content/build-course';
import { compileStandalonePage } from '../lib/content/compile-page';
import { compileToolIntros } from '../lib/content/tool-intros';
import { INSTRUMENTS } from '../lib/instruments/registry';
import { renderWithRehypeMermaid } from '../lib/content/diagram-render';
import { COMPILED_DIR, CONTENT_DIR, DIAGRAM_CACHE_DIR, HTML_CHUNKS_DIR, PRINT_COURSE_FILE } from '../lib/content/paths';
import { printCourseHtml } from '../lib/content/print-course';
import type { CompiledLesson } from '../lib/content/compile-lesson';
import { lessonHref } from '../lib/content/routes';
import { siteUrl } from '../lib/export/site';

const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag >= 0 ? (process.argv[onlyFlag + 1] ?? '').split(',').filter(Boolean) : undefined;

const started = performance.now();
try {
  if (!only) {
    cleanCompiled(COMPILED_DIR);
    cleanCompiled(HTML_CHUNKS_DIR);
  }
  const course = await buildCourse({
    contentDir: CONTENT_DIR,
    outDir: COMPILED_DIR,
    cacheDir: DIAGRAM_CACHE_DIR,
    render: renderWithRehypeMermaid,
    renderBody: renderLessonBody,
    chunksDir: HTML_CHUNKS_DIR,
    only,
    log: (line) => console.log(`content: ${line}`),
  });
  const cheatSheet = await compileStandalonePage(path.join(CONTENT_DIR, 'cheat-sheet.md'), 'content/cheat-sheet.md', renderLessonBody);
  writeFileSync(path.join(COMPILED_DIR, 'cheat-sheet.json'), JSON.stringify({ html: cheatSheet }));
  console.log('content: compiled content/cheat-sheet.md');
  const intros = await compileToolIntros(CONTENT_DIR, INSTRUMENTS.map((instrument) => instrument.slug), renderLessonBody);
  writeFileSync(path.join(COMPILED_DIR, 'tools.json'), JSON.stringify(intros));
  console.log(`content: compiled ${Object.keys(intros).length} tool introductions (content/tools/)`);
  // The whole course on one page for print (app/print), from every lesson's compiled JSON.
  const compiledLessons = course.modules.flatMap((m) =>
    m.lessons.map((l) => JSON.parse(readFileSync(path.join(COMPILED_DIR, 'lessons', `${l.slug}.json`), 'utf8')) as CompiledLesson),
  );
  const base = siteUrl();
  const printHtml = printCourseHtml(course, compiledLessons, (slug) => base + lessonHref(slug));
  writeFileSync(PRINT_COURSE_FILE, printHtml);
  console.log(`content: print view of the whole course, ${(Buffer.byteLength(printHtml) / 1024).toFixed(0)} kB`);
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  console.log(`content: ${lessons} lessons in ${course.modules.length} modules, ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`\ncontent build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
