import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../content/schema';
import { parseGlossary, type Glossary } from './glossary-schema';

/**
 * Content build step for the glossary: validates content/glossary.json (when there is one) against its
 * schema and the course's lessons, and writes it to the compiled output. Errors name the file.
 */
export function buildGlossary(options: { contentDir: string; outDir: string; courseLessons: readonly string[] }): Glossary | null {
  const glossary = readGlossary(options.contentDir, options.courseLessons);
  if (glossary) writeFileSync(path.join(options.outDir, 'glossary.json'), JSON.stringify(glossary));
  return glossary;
}

/** Reads and validates content/glossary.json without writing anything; null when there is none. */
export function readGlossary(contentDir: string, courseLessons: readonly string[]): Glossary | null {
  const file = path.join(contentDir, 'glossary.json');
  if (!existsSync(file)) return null;
  const shown = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(shown, `is not valid JSON: ${(error as Error).message}`);
  }
  return parseGlossary(shown, raw, courseLessons);
}
