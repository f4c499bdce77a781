import type { LessonSource } from '@/lib/content/schema';
import { formatAccessedDate } from '@/lib/content/source-dates';

/** The lesson's references, listed at its end; every figure in the lesson comes from one of them. */
export function LessonSources({ sources }: { sources: LessonSource[] }) {
  return (
    <section className="lesson-sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? (
              <a href={source.url} rel="noreferrer" className="text-link">
                {source.title}
              </a>
            ) : (
              <span className="font-medium">{source.title}</span>
            )}
            {source.publisher && <span className="muted">, {source.publisher}</span>}
            {source.edition && <span className="muted">, {source.edition}</span>}
            {source.isbn && <span className="muted">, ISBN {source.isbn}</span>}
            <span className="muted">. Accessed {formatAccessedDate(source.accessed)}.</span>
            {source.note && <span className="source-note">{source.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
