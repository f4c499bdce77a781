/** The URL of a lesson page (trailing slash: the export writes lessons/slug/index.html). */
export function lessonHref(slug: string): string {
  return `/lessons/${slug}/`;
}

/** The id of a glossary term's heading on the glossary page (its anchor). */
export function glossaryAnchor(termId: string): string {
  return `term-${termId}`;
}

/** The URL of one term on the glossary page. */
export function glossaryHref(termId: string): string {
  return `/glossary/#${glossaryAnchor(termId)}`;
}
