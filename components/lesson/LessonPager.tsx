import Link from 'next/link';
import type { LessonPlace } from '@/lib/content/load';
import { lessonHref } from '@/lib/content/routes';

/** Previous and next lesson links, in course order. */
export function LessonPager({ place }: { place: LessonPlace }) {
  return (
    <nav className="pager" aria-label="Previous and next lesson">
      {place.previous ? (
        <Link href={lessonHref(place.previous.slug)} className="pager-link" rel="prev">
          <span className="pager-label">← Previous</span>
          <span className="pager-title">{place.previous.title}</span>
        </Link>
      ) : (
        <Link href="/" className="pager-link">
          <span className="pager-label">← Course home</span>
          <span className="pager-title">All modules</span>
        </Link>
      )}
      {place.next ? (
        <Link href={lessonHref(place.next.slug)} className="pager-link pager-next" rel="next">
          <span className="pager-label">Next →</span>
          <span className="pager-title">{place.next.title}</span>
        </Link>
      ) : (
        <Link href="/" className="pager-link pager-next">
          <span className="pager-label">End of the course so far →</span>
          <span className="pager-title">Back to the course home</span>
        </Link>
      )}
    </nav>
  );
}
