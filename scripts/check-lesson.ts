/**
 * Checks one lesson folder the way the build would (frontmatter, components, diagrams, quiz),
 * including drafts that are not in content/course.json yet. New diagrams land in the diagram cache.
 * Usage: tsx scripts/check-lesson.ts content/drafts/<slug> [more folders…]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderLessonBody } from '../components/mdx/render-body';
import { compileLessonFolder } from '../lib/content/build-course';
import { DiagramCache } from '../lib/content/diagram-cache';
import { renderWithRehypeMermaid } from '../lib/content/diagram-render';
import { CONTENT_DIR, DIAGRAM_CACHE_DIR } from '../lib/content/paths';
import { readGlossary } from '../lib/flashcards/build-glossary';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: tsx scripts/check-lesson.ts <lesson folder> [more…]');
  process.exit(2);
}
// <Term id="…"> is checked against the glossary, whose lesson links are checked against the course.
const manifest = JSON.parse(readFileSync(path.join(CONTENT_DIR, 'course.json'), 'utf8')) as { modules: Array<{ lessons: string[] }> };
const glossary = readGlossary(CONTENT_DIR, manifest.modules.flatMap((module) => module.lessons));
let failed = false;
for (const folder of folders) {
  const stats = { rendered: 0, cached: 0 };
  try {
    const lesson = await compileLessonFolder(folder, {
      cache: new DiagramCache(DIAGRAM_CACHE_DIR),
      render: renderWithRehypeMermaid,
      renderBody: renderLessonBody,
      stats,
      glossary: glossary?.terms,
    });
    const diagrams = (stats.rendered + stats.cached) / 2;
    console.log(
      `ok ${folder}: ${lesson.words} words, ${lesson.readingMinutes} min read, ${lesson.toc.length} headings, ${diagrams} diagrams (${stats.rendered} SVGs drawn), ` +
        `${lesson.quiz ? `${lesson.quiz.questions.length} quiz questions` : 'no quiz.json'}`,
    );
  } catch (error) {
    failed = true;
    console.error(`FAILED ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
