import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledLesson } from './compile-lesson';
import type { CompiledCourse, CourseModule, LessonSummary } from './course-types';
import { COMPILED_DIR } from './paths';

// Pages read the content build's output; they never compile MDX themselves.
function readJson<T>(file: string): T {
  if (!existsSync(file)) {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run content\` (npm run build does it for you)`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The compiled course manifest: modules and lesson summaries in reading order. */
export function loadCourse(): CompiledCourse {
  return readJson<CompiledCourse>(path.join(COMPILED_DIR, 'course.json'));
}

/** One compiled lesson by slug. */
export function loadLesson(slug: string): CompiledLesson {
  return readJson<CompiledLesson>(path.join(COMPILED_DIR, 'lessons', `${slug}.json`));
}

/** A lesson's place in the course: its module and its neighbours in reading order. */
export interface LessonPlace {
  module: CourseModule;
  index: number;
  total: number;
  previous: LessonSummary | null;
  next: LessonSummary | null;
}

/** Finds where a lesson sits in the course; null for a slug the course does not list. */
export function findLessonPlace(course: CompiledCourse, slug: string): LessonPlace | null {
  const ordered = course.modules.flatMap((module) => module.lessons.map((lesson) => ({ module, lesson })));
  const index = ordered.findIndex((entry) => entry.lesson.slug === slug);
  const entry = ordered[index];
  if (!entry) return null;
  return {
    module: entry.module,
    index,
    total: ordered.length,
    previous: ordered[index - 1]?.lesson ?? null,
    next: ordered[index + 1]?.lesson ?? null,
  };
}

/** The printable cheat sheet's HTML (compiled from content/cheat-sheet.md). */
export function loadCheatSheet(): { html: string } {
  return readJson<{ html: string }>(path.join(COMPILED_DIR, 'cheat-sheet.json'));
}

/** An instrument's introduction for its page, as HTML (compiled from content/tools/<slug>.md). */
export function loadToolIntro(slug: string): string {
  const intros = readJson<Record<string, string>>(path.join(COMPILED_DIR, 'tools.json'));
  const html = intros[slug];
  if (html === undefined) throw new Error(`.content/tools.json has no introduction for ${slug}: run \`npm run content\``);
  return html;
}
