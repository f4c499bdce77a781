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

/** A labelled slider: the label shows the value in bold; `valueText` is what a screen reader hears. */
export function RangeField({
  id,
  label,
  shown,
  value,
  min,
  max,
  valueText,
  onChange,
}: {
  id: string;
  label: string;
  /** The value as the label shows it, e.g. "8" or "30%". */
  shown: string;
  value: number;
  min: number;
  max: number;
  valueText: string;
  onChange: (value: number) => void;
}) {
  return (
    <div className="viz-field">
      <label htmlFor={id} className="viz-label-small">
        {label}: <strong>{shown}</strong>
      </label>
      <input id={id} type="range" className="viz-range" min={min} max={max} step={1} value={value} aria-valuetext={valueText} onChange={(e) => onChange(Number(e.target.value))} />
    </div>
  );
}

/** A visualizer's heading with the notes above its controls: a problem with the lesson's props, a link that could not be used. */
export function VizHeading({ id, level, title, problem, notice }: { id: string; level: 2 | 3; title: string; problem: string | null; notice: string | null }) {
  const Heading = `h${level}` as 'h2' | 'h3';
  return (
    <>
      <Heading id={id} className="viz-title">
        {title}
      </Heading>
      {problem && <p className="widget-notice mt-3">{problem}</p>}
      {notice && (
        <p role="status" className="widget-notice mt-3">
          {notice}
        </p>
      )}
    </>
  );
}

/** The worked examples a visualizer starts from, as a labelled select; `custom` names the reader's own state. */
export function PresetSelect<P extends { id: string; name: string }>({
  id,
  label,
  custom,
  presets,
  matchedId,
  onPick,
}: {
  id: string;
  label: string;
  custom: string;
  presets: readonly P[];
  /** The example the current state equals, if any. */
  matchedId: string | null;
  onPick: (preset: P) => void;
}) {
  return (
    <div className="viz-field mt-3">
      <label htmlFor={id} className="viz-label">
        {label}
      </label>
      <select
        id={id}
        className="widget-input viz-select viz-preset"
        value={matchedId ?? ''}
        onChange={(e) => {
          const preset = presets.find((p) => p.id === e.target.value);
          if (preset) onPick(preset);
        }}
      >
        <option value="" disabled>
          {custom}
        </option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
