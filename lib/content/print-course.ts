import { citationDetails } from './citation';
import type { CompiledLesson } from './compile-lesson';
import type { CompiledCourse } from './course-types';
import { instrumentByMdxName } from '../instruments/registry';

/**
 * The whole course as one printable HTML document body, built from the lessons' compiled HTML:
 * - every id and in-page link is prefixed with the lesson's slug, so fourteen lessons' headings
 *   (several of them called "Summary") never collide on one page;
 * - headings move down a level under each lesson's own title (the page has the one h1);
 * - dark-theme copies of diagrams are dropped (paper is light), and each interactive instrument
 *   becomes a line saying where to use it online.
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The printed name of an island; an unknown name (the build rejects those earlier) is printed as written. */
export function instrumentLabel(name: string): string {
  return instrumentByMdxName(name)?.title ?? name;
}

/** A lesson's HTML made safe to sit beside other lessons: prefixed ids and anchors, demoted headings, light diagrams only. */
export function printableLessonHtml(slug: string, html: string): string {
  return html
    .replace(/<div class="diagram-dark"[\s\S]*?<\/svg><\/div>/g, '')
    // Diagram SVGs keep their ids: they are unique already (a hash) and their own styles refer to them.
    .replace(/\sid="(?!dgm-)([^"]+)"/g, (_, id: string) => ` id="${slug}--${id}"`)
    .replace(/\shref="#(?!dgm-)([^"]+)"/g, (_, id: string) => ` href="#${slug}--${id}"`)
    .replace(/\saria-(labelledby|describedby)="([^"]+)"/g, (_, kind: string, ids: string) => ` aria-${kind}="${ids.split(/\s+/).map((id) => `${slug}--${id}`).join(' ')}"`)
    .replace(/<(\/?)h([2-5])\b/g, (_, close: string, level: string) => `<${close}h${Number(level) + 1}`);
}

/** The whole course for print; `lessonUrl` gives the address printed beside each instrument. */
export function printCourseHtml(course: CompiledCourse, lessons: readonly CompiledLesson[], lessonUrl: (slug: string) => string): string {
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const parts: string[] = [];
  for (const module of course.modules) {
    parts.push(`<section class="print-module" aria-labelledby="module-${module.id}"><p class="print-module-title" id="module-${module.id}">${escapeHtml(module.title)}</p>`);
    for (const summary of module.lessons) {
      const lesson = bySlug.get(summary.slug);
      if (!lesson) throw new Error(`print view: lesson ${summary.slug} is in the course but was not compiled`);
      const { frontmatter } = lesson;
      parts.push(`<article class="print-lesson" aria-labelledby="${lesson.slug}">`);
      parts.push(`<h2 id="${lesson.slug}">${escapeHtml(frontmatter.title)}</h2>`);
      parts.push(`<p class="print-lesson-summary">${escapeHtml(frontmatter.summary)}</p>`);
      parts.push(`<p class="print-lesson-objectives-title">You will be able to:</p><ul class="print-lesson-objectives">${frontmatter.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`);
      for (const segment of lesson.segments) {
        if (segment.kind === 'html') parts.push(printableLessonHtml(lesson.slug, segment.html));
        else parts.push(`<p class="print-instrument"><strong>Interactive: ${escapeHtml(instrumentLabel(segment.name))}.</strong> Use it in the lesson online at ${escapeHtml(lessonUrl(lesson.slug))}</p>`);
      }
      const sources = frontmatter.sources
        .map(
          (s) =>
            `<li>${escapeHtml([s.title, ...citationDetails(s)].join(', '))}.${s.note ? ` ${escapeHtml(s.note)}` : ''}${s.url ? ` <span class="print-url">${escapeHtml(s.url)}</span>` : ''}</li>`,
        )
        .join('');
      parts.push(`<h3 id="${lesson.slug}--sources">Sources</h3><ol class="print-sources">${sources}</ol></article>`);
    }
    parts.push('</section>');
  }
  return parts.join('\n');
}
