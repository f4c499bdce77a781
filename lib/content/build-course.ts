import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileLesson, type CompiledLesson } from './compile-lesson';
import { DiagramCache, diagramKeysIn } from './diagram-cache';
import type { BodyRenderer } from './body-segments';
import type { DiagramRenderer } from './diagram-render';
import type { CompiledCourse } from './course-types';
import { lessonSourceFile } from './paths';
import { ContentError, describeIssues, parseCourseManifest } from './schema';
import { quizSchema, type Quiz } from '../quiz/schema';
import { buildGlossary } from '../flashcards/build-glossary';
import type { GlossaryTerm } from '../flashcards/glossary-schema';

export interface BuildCourseOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  render: DiagramRenderer;
  renderBody: BodyRenderer;
  /** Where each lesson's HTML chunks are written as files (public/lesson-html), served at /lesson-html/. */
  chunksDir?: string;
  /** Compile only these lessons (the manifest is still checked whole). */
  only?: string[];
  log?: (line: string) => void;
}

/**
 * Validates the manifest, compiles every lesson it lists, and writes the compiled course to outDir.
 * A lesson folder the manifest does not list is an error too: it would be unreachable.
 */
export async function buildCourse(options: BuildCourseOptions): Promise<CompiledCourse> {
  const log = options.log ?? (() => {});
  const manifestFile = path.join(options.contentDir, 'course.json');
  const relative = (file: string) => path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new ContentError(relative(manifestFile), `cannot read the manifest: ${(error as Error).message}`);
  }
  const manifest = parseCourseManifest(relative(manifestFile), raw);
  const listed = manifest.modules.flatMap((m) => m.lessons);
  for (const slug of listed) {
    if (!existsSync(lessonSourceFile(slug, options.contentDir)))
      throw new ContentError(relative(manifestFile), `lists "${slug}" but ${relative(lessonSourceFile(slug, options.contentDir))} does not exist`);
  }
  const lessonsDir = path.join(options.contentDir, 'lessons');
  for (const folder of existsSync(lessonsDir) ? readdirSync(lessonsDir) : []) {
    if (!listed.includes(folder))
      throw new ContentError(relative(manifestFile), `does not list the lesson folder content/lessons/${folder}; add it to a module`);
  }

  const cache = new DiagramCache(options.cacheDir);
  const stats = { rendered: 0, cached: 0 };
  const selected = options.only?.length ? listed.filter((s) => options.only?.includes(s)) : listed;
  mkdirSync(path.join(options.outDir, 'lessons'), { recursive: true });
  // The glossary comes first: lessons link its terms with <Term id="…">, checked as they compile.
  const glossary = buildGlossary({ contentDir: options.contentDir, outDir: options.outDir, courseLessons: listed });
  if (glossary) log(`glossary: ${glossary.terms.length} terms`);
  const compiled = new Map<string, CompiledLesson>();
  for (const slug of selected) {
    const file = lessonSourceFile(slug, options.contentDir);
    const lesson = await compileLessonFolder(path.dirname(file), {
      cache,
      render: options.render,
      renderBody: options.renderBody,
      stats,
      glossary: glossary?.terms,
    });
    if (options.chunksDir) writeHtmlChunks(lesson, path.join(options.chunksDir, slug), `/lesson-html/${slug}`);
    compiled.set(slug, lesson);
    writeFileSync(path.join(options.outDir, 'lessons', `${slug}.json`), JSON.stringify(lesson));
    log(`compiled ${relative(file)} (${lesson.words} words, ${lesson.toc.length} headings)`);
  }
  log(`diagrams: ${stats.rendered} drawn, ${stats.cached} from the cache`);
  if (!options.only?.length) {
    const draftsDir = path.join(options.contentDir, 'drafts');
    for (const draft of existsSync(draftsDir) ? readdirSync(draftsDir) : []) {
      const draftFile = path.join(draftsDir, draft, 'index.mdx');
      if (existsSync(draftFile)) cache.keep(diagramKeysIn(readFileSync(draftFile, 'utf8')));
    }
    const pruned = cache.pruneUnused();
    if (pruned) log(`diagram cache: removed ${pruned} unused SVGs`);
  }

  const course: CompiledCourse = {
    title: manifest.title,
    tagline: manifest.tagline,
    outcomes: manifest.outcomes,
    modules: manifest.modules.map((mod) => ({
      id: mod.id,
      title: mod.title,
      summary: mod.summary,
      lessons: mod.lessons.map((slug) => {
        const lesson = compiled.get(slug) ?? readCompiled(options.outDir, slug);
        return {
          slug,
          title: lesson.frontmatter.title,
          summary: lesson.frontmatter.summary,
          minutes: lesson.frontmatter.minutes,
          readingMinutes: lesson.readingMinutes,
        };
      }),
    })),
  };
  writeFileSync(path.join(options.outDir, 'course.json'), JSON.stringify(course, null, 2));
  return course;
}

/**
 * Compiles one lesson folder (index.mdx and an optional quiz.json) wherever it lives: the build
 * uses it for content/lessons/*, and scripts/check-lesson.ts for drafts not yet in the course.
 */
export async function compileLessonFolder(
  folder: string,
  options: Pick<BuildCourseOptions, 'render' | 'renderBody'> & {
    cache: DiagramCache;
    stats?: { rendered: number; cached: number };
    glossary?: readonly GlossaryTerm[];
  },
): Promise<CompiledLesson> {
  const relative = (file: string) => path.relative(process.cwd(), file) || file;
  const file = path.join(folder, 'index.mdx');
  if (!existsSync(file)) throw new ContentError(relative(file), 'does not exist');
  const body = await compileLesson({
    slug: path.basename(folder),
    file: relative(file),
    source: readFileSync(file, 'utf8'),
    cache: options.cache,
    render: options.render,
    renderBody: options.renderBody,
    stats: options.stats,
    glossary: options.glossary,
  });
  return { ...body, quiz: readQuiz(path.join(folder, 'quiz.json'), relative) };
}

/**
 * Writes each HTML segment of a lesson to its own file (named by a hash of its content) and records
 * the URL on the segment: the page ships the HTML inline once, and client-side navigation fetches it.
 */
function writeHtmlChunks(lesson: CompiledLesson, directory: string, urlBase: string): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  lesson.segments.forEach((segment, index) => {
    if (segment.kind !== 'html') return;
    const name = `${index}-${createHash('sha256').update(segment.html).digest('hex').slice(0, 12)}.html`;
    writeFileSync(path.join(directory, name), segment.html);
    segment.src = `${urlBase}/${name}`;
  });
}

/** A lesson's quiz.json, validated; null when the lesson has none yet. */
function readQuiz(file: string, relative: (file: string) => string): Quiz | null {
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(relative(file), `is not valid JSON: ${(error as Error).message}`);
  }
  const result = quizSchema.safeParse(raw);
  if (!result.success) throw new ContentError(relative(file), `invalid quiz\n${describeIssues(result.error)}`);
  return result.data;
}

function readCompiled(outDir: string, slug: string): CompiledLesson {
  const file = path.join(outDir, 'lessons', `${slug}.json`);
  if (!existsSync(file)) throw new Error(`${slug} has not been compiled yet: run the content build without --only first`);
  return JSON.parse(readFileSync(file, 'utf8')) as CompiledLesson;
}

/** Removes a previous build's output. */
export function cleanCompiled(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}
