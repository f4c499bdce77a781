import { formatCount } from '@/lib/advisor/format';
import { isSource, type Citation, type PlanningAssumption, type SourceRef } from '@/lib/advisor/sources';

/** One public source as a link, with its publisher. */
export function SourceLink({ source }: { source: SourceRef }) {
  return (
    <>
      <a href={source.url} rel="noreferrer" className="text-link">
        {source.title}
      </a>
      {source.publisher && <span className="text-[var(--fg-muted)]"> ({source.publisher})</span>}
    </>
  );
}

/** Public sources as a run of links: "Sources: A; B." */
export function SourceLinks({ sources, label = 'Sources' }: { sources: readonly SourceRef[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <span>
      {label}:{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && '; '}
          <SourceLink source={source} />
        </span>
      ))}
      .
    </span>
  );
}

/** A planning assumption, labelled as one, with its range, reasoning and the pages it leans on. */
export function AssumptionNote({ assumption }: { assumption: PlanningAssumption }) {
  const { range } = assumption;
  return (
    <span className="advisor-assumption-note">
      <span className="font-medium">Planning assumption, not a measurement:</span> {assumption.statement}
      {range && ` (range ${formatCount(range.low)}–${formatCount(range.high)} ${range.unit})`}. {assumption.reasoning}
      {assumption.basis && assumption.basis.length > 0 && (
        <>
          {' '}
          <SourceLinks sources={assumption.basis} label="See" />
        </>
      )}
    </span>
  );
}

/** Citations as readers see them: each labelled assumption, then the public sources as links. */
export function CitationList({ citations, className }: { citations: readonly Citation[]; className?: string }) {
  const sources = citations.filter(isSource);
  const assumptions = citations.filter((citation): citation is PlanningAssumption => !isSource(citation));
  if (citations.length === 0) return null;
  return (
    <div className={className ?? 'mt-1 space-y-1 text-xs text-[var(--fg-muted)]'}>
      {assumptions.map((assumption) => (
        <p key={assumption.statement}>
          <AssumptionNote assumption={assumption} />
        </p>
      ))}
      {sources.length > 0 && (
        <p>
          <SourceLinks sources={sources} />
        </p>
      )}
    </div>
  );
}
