/** The URL of a lesson page (trailing slash: the export writes lessons/slug/index.html). */
export function lessonHref(slug: string): string {
  return `/lessons/${slug}/`;
}
