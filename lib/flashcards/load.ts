import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCourse, loadLesson } from '../content/load';
import { COMPILED_DIR } from '../content/paths';
import { buildDeck, type Flashcard } from './deck';
import type { Glossary, GlossaryTerm } from './glossary-schema';

// Server/build only: pages read the content build's output, never content/ directly.

/** The compiled glossary; empty when the course has none. */
export function loadGlossary(): GlossaryTerm[] {
  const file = path.join(COMPILED_DIR, 'glossary.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as Glossary).terms;
}

/** Every flashcard of the course: glossary terms, then each lesson's key facts in course order. */
export function loadDeck(): Flashcard[] {
  const lessons = loadCourse().modules.flatMap((module) => module.lessons);
  return buildDeck(
    loadGlossary(),
    lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title, quiz: loadLesson(lesson.slug).quiz })),
  );
}
