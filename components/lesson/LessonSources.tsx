import { citationDetails } from '@/lib/content/citation';
import type { LessonSource } from '@/lib/content/schema';

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
            <span className="muted">, {citationDetails(source).join(', ')}.</span>
            {source.note && <span className="source-note">{source.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
