'use client';

/** One figure in a visualizer's counters: a label, a large number, a line under it. */
export function Stat({ label, value, detail }: { label: string; value: number | string; detail?: string }) {
  return (
    <div className="viz-stat">
      <dt className="viz-stat-label">{label}</dt>
      <dd className="viz-stat-value">{value}</dd>
      {detail && <dd className="viz-stat-detail">{detail}</dd>}
    </div>
  );
}

/** The operations so far, each a button that jumps the timeline to its first step. */
export function History({
  title,
  summaries,
  starts,
  current,
  onJump,
  empty,
}: {
  title: string;
  summaries: readonly string[];
  starts: readonly number[];
  current: number;
  onJump: (position: number) => void;
  empty: string;
}) {
  return (
    <details className="viz-history">
      <summary className="viz-history-summary">{title}</summary>
      {summaries.length === 0 ? (
        <p className="viz-note">{empty}</p>
      ) : (
        <ol className="viz-history-list">
          {summaries.map((summary, i) => (
            <li key={i}>
              <button type="button" className="viz-history-item" aria-current={i === current ? 'step' : undefined} onClick={() => onJump(starts[i] ?? 0)}>
                <span className="viz-history-number">{i + 1}.</span> {summary}
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
