import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD that exists (2026-02-30 does not). */
const isoDate = z.iso.date();

/**
 * A public reference a lesson's facts and figures come from. A reader must be able to check it: it has
 * a web address, or is a book identified by edition and ISBN, and it says when it was read (pages change).
 */
export const sourceSchema = z
  .object({
    title: z.string().min(3),
    publisher: z.string().min(2).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    /** For a book: which edition was read ("2nd edition, 2026"). */
    edition: z.string().min(3).optional(),
    /** For a book: ISBN-10 or ISBN-13, hyphens allowed. */
    isbn: z
      .string()
      .regex(/^(?:97[89]-?)?(?:\d-?){9}[\dX]$/, 'an ISBN is 10 or 13 digits (hyphens allowed)')
      .optional(),
    /** When the course last read the source, as YYYY-MM-DD. */
    accessed: isoDate,
    note: z.string().min(3).optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.url) return;
    if (source.isbn && source.edition) return;
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: 'a source needs a url, or (for a book) both an edition and an isbn, so a reader can find it',
    });
  });

/** The frontmatter every lesson's index.mdx must carry; a lesson that fails it fails the build. */
export const frontmatterSchema = z
  .object({
    title: z.string().min(3).max(90),
    summary: z.string().min(20).max(320),
    minutes: z.number().int().min(1).max(180),
    objectives: z.array(z.string().min(10)).min(2).max(8),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export type LessonSource = z.infer<typeof sourceSchema>;
export type LessonFrontmatter = z.infer<typeof frontmatterSchema>;

/** Lesson slugs are folder names: lowercase words joined by hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens');

/** The ordered course manifest (content/course.json): modules in reading order, each an ordered list of lesson slugs. */
export const courseManifestSchema = z
  .object({
    title: z.string().min(3),
    tagline: z.string().min(10),
    outcomes: z.array(z.string().min(10)).min(1),
    modules: z
      .array(
        z
          .object({
            id: slugSchema,
            title: z.string().min(3),
            summary: z.string().min(10),
            lessons: z.array(slugSchema).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    for (const mod of manifest.modules) {
      for (const slug of mod.lessons) {
        if (seen.has(slug)) ctx.addIssue({ code: 'custom', message: `lesson "${slug}" is listed twice` });
        seen.add(slug);
      }
    }
  });

export type CourseManifest = z.infer<typeof courseManifestSchema>;

/** Turns a Zod error into one readable line per problem, each naming the field path. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('\n');
}

/** An error in a content file; the message always starts with the file's path. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

/** Validates parsed frontmatter, throwing a ContentError that names the file and every bad field. */
export function parseFrontmatter(file: string, data: unknown): LessonFrontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(file, `invalid frontmatter\n${describeIssues(result.error)}`);
  return result.data;
}

/** Validates the course manifest, throwing a ContentError that names the file. */
export function parseCourseManifest(file: string, data: unknown): CourseManifest {
  const result = courseManifestSchema.safeParse(data);
  if (!result.success) throw new ContentError(file, `invalid course manifest\n${describeIssues(result.error)}`);
  return result.data;
}
