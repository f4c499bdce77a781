import { z } from 'zod';
import { ContentError, describeIssues } from '../content/schema';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');

/** One glossary term: a short definition in the course's own words, and the lesson that explains it. */
export const glossaryTermSchema = z
  .object({
    id: slug,
    term: z.string().trim().min(2).max(60),
    definition: z.string().trim().min(30, 'a definition explains the term in a sentence or more').max(420, 'keep a definition short enough for a flashcard'),
    /** Slug of the lesson that explains the term; leave it out while no lesson does. */
    lesson: slug.optional(),
  })
  .strict();

/** content/glossary.json: the terms readers meet across the course, also drawn as flashcards. */
export const glossarySchema = z
  .object({ terms: z.array(glossaryTermSchema).min(1) })
  .strict()
  .superRefine((glossary, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    glossary.terms.forEach((term, index) => {
      if (ids.has(term.id)) ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `duplicate term id "${term.id}"` });
      const name = term.term.toLowerCase();
      if (names.has(name)) ctx.addIssue({ code: 'custom', path: ['terms', index, 'term'], message: `"${term.term}" is defined twice` });
      ids.add(term.id);
      names.add(name);
    });
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/** Validates a parsed glossary and its lesson links against the course, throwing a ContentError that names the file. */
export function parseGlossary(file: string, data: unknown, courseLessons: readonly string[]): Glossary {
  const result = glossarySchema.safeParse(data);
  if (!result.success) throw new ContentError(file, `invalid glossary\n${describeIssues(result.error)}`);
  const known = new Set(courseLessons);
  const unknown = result.data.terms.flatMap((term, index) =>
    term.lesson && !known.has(term.lesson) ? [`  - terms.${index}.lesson: "${term.lesson}" is not a lesson in content/course.json`] : [],
  );
  if (unknown.length) throw new ContentError(file, `invalid glossary\n${unknown.join('\n')}`);
  return result.data;
}
