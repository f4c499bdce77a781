'use client';

import { resumedOutcomeLabel, sessionLabel, stepOutcomeLabel } from '@/lib/isolation/lab/explain';
import type { LabRun } from '@/lib/isolation/lab/model';
import type { TraceStep } from '@/lib/isolation/engine/trace';
import { sessionIndex } from './session-colors';

// Geometry, in SVG user units (= CSS pixels: the SVG is drawn at its natural size and its box scrolls).
const LANE = 150;
const FIRST_X = 96;
const HEAD = 46;
const ROW = 52;
const RESUME_ROW = 26;
const CHAR_WIDTH = 6.7; // 11 px monospace
const MAX_LABEL = 48;

interface RowLayout {
  step: TraceStep;
  top: number;
  height: number;
}

/** Where each step's row starts; a row grows by one line for every statement that resumed in it. */
function layoutRows(steps: readonly TraceStep[]): { rows: RowLayout[]; bottom: number } {
  let y = HEAD + 10;
  const rows = steps.map((step) => {
    const height = ROW + RESUME_ROW * (step.result.resumed?.length ?? 0);
    const row = { step, top: y, height };
    y += height;
    return row;
  });
  return { rows, bottom: y + 12 };
}

function clip(text: string, px: number): string {
  const max = Math.max(8, Math.min(MAX_LABEL, Math.floor(px / CHAR_WIDTH)));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function ArrowHead({ x, y, dir, className }: { x: number; y: number; dir: 1 | -1; className: string }) {
  return <polygon className={className} points={`${x},${y} ${x - 7 * dir},${y - 4} ${x - 7 * dir},${y + 4}`} />;
}

/**
 * The run so far as a sequence diagram drawn by React: a lifeline per session plus the database, an arrow
 * per statement and its reply, waits as bars on the waiting session's lifeline, errors marked with ✕.
 */
export function RunDiagram({ run, step, headingLevel }: { run: LabRun; step: number; headingLevel: number }) {
  const { trace } = run;
  const sessions = trace.sessions;
  const dbX = FIRST_X + sessions.length * LANE + 10;
  const width = dbX + 80;
  const { rows, bottom } = layoutRows(trace.steps);
  const height = Math.max(bottom, HEAD + 60);
  const x = (session: string) => FIRST_X + Math.max(0, sessions.indexOf(session)) * LANE;
  const drawn = rows.slice(0, step);
  const Heading = (headingLevel >= 4 ? 'h4' : 'h3') as 'h3' | 'h4';

  // Where each wait ends: the y of the resume arrow, or the bottom of what is drawn so far.
  const resumeY = (blocked: TraceStep): number | null => {
    if (blocked.releasedAt === null || blocked.releasedAt >= step) return null;
    const row = rows[blocked.releasedAt];
    if (!row) return null;
    const k = (row.step.result.resumed ?? []).findIndex((r) => r.session === blocked.result.session);
    return row.top + ROW + RESUME_ROW * Math.max(0, k) + 14;
  };
  const drawnBottom = drawn.length ? (drawn[drawn.length - 1] as RowLayout).top + (drawn[drawn.length - 1] as RowLayout).height : HEAD + 10;
  const label = `Sequence diagram of the run: steps 1 to ${step} of ${trace.steps.length}. The table “Statements by session” below lists the same steps as text.`;

  // Before the first step there is nothing to draw: a sentence says how to start rather than an empty box of
  // lifelines. It keeps a few lines' height so the first step does not pull the panels below up and down.
  if (step === 0) {
    return (
      <figure className="lab-panel lab-diagram">
        <Heading className="lab-panel-title">The run as a sequence diagram</Heading>
        <p className="lab-diagram-empty">Step through the run to draw it here: each statement becomes an arrow from its session to PostgreSQL.</p>
      </figure>
    );
  }

  return (
    <figure className="lab-panel lab-diagram">
      <Heading className="lab-panel-title">The run as a sequence diagram</Heading>
      <div className="lab-scroll" role="region" aria-label="Sequence diagram (scrolls sideways)" tabIndex={0}>
        <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="lab-svg">
          {drawn.length > 0 && step > 0 && rows[step - 1] && (
            <rect className="lab-svg-current" x={0} y={(rows[step - 1] as RowLayout).top} width={width} height={(rows[step - 1] as RowLayout).height} rx={6} />
          )}
          {/* Lifelines and participants */}
          {[...sessions, '__db__'].map((name) => {
            const lx = name === '__db__' ? dbX : x(name);
            const cls = name === '__db__' ? 'lab-db' : `lab-s${sessionIndex(run, name)}`;
            return (
              <g key={name} className={cls}>
                <line className="lab-svg-lifeline" x1={lx} y1={HEAD - 6} x2={lx} y2={height - 4} />
                <rect className="lab-svg-head" x={lx - 52} y={6} width={104} height={30} rx={6} />
                <text className="lab-svg-head-text" x={lx} y={25} textAnchor="middle">
                  {name === '__db__' ? 'PostgreSQL' : clip(sessionLabel(name), 96)}
                </text>
              </g>
            );
          })}
          {drawn.map(({ step: s, top }) => {
            const sx = x(s.result.session);
            const cls = `lab-s${sessionIndex(run, s.result.session)}`;
            const y1 = top + 20;
            const y2 = top + 42;
            const status = s.result.status;
            const outcome = stepOutcomeLabel(trace, s.index);
            const waitEnd = status === 'blocked' ? (resumeY(s) ?? drawnBottom) : 0;
            return (
              <g key={s.index} className={s.index === step - 1 ? 'lab-svg-latest' : undefined}>
                <text className="lab-svg-step" x={14} y={y1 + 4}>
                  {s.index + 1}
                </text>
                <g className={cls}>
                  <line className="lab-svg-call" x1={sx} y1={y1} x2={dbX - 2} y2={y1} />
                  <ArrowHead className="lab-svg-arrow" x={dbX - 1} y={y1} dir={1} />
                  <text className="lab-svg-sql" x={sx + 8} y={y1 - 6}>
                    {clip(s.result.sql, dbX - sx - 20)}
                  </text>
                </g>
                {status === 'blocked' ? (
                  <g className="lab-svg-wait">
                    <rect x={sx - 5} y={y1 + 4} width={10} height={Math.max(8, waitEnd - y1 - 4)} rx={3} />
                    <text x={sx + 10} y={y2 - 4}>
                      {`waits for ${s.waitsFor ? `${sessionLabel(s.waitsFor.session)} (xid ${s.waitsFor.xid})` : 'a lock'}`}
                    </text>
                  </g>
                ) : (
                  <g className={status === 'error' ? 'lab-svg-error' : cls}>
                    <line className="lab-svg-reply" x1={dbX} y1={y2} x2={sx + 2} y2={y2} />
                    <ArrowHead className="lab-svg-arrow" x={sx + 1} y={y2} dir={-1} />
                    <text className="lab-svg-result" x={sx + 10} y={y2 - 5}>
                      {clip(status === 'error' ? `${outcome}: ${s.result.message ?? ''}` : outcome, dbX - sx - 20)}
                    </text>
                    {status === 'error' && <ErrorMark x={sx} y={y2} />}
                  </g>
                )}
                {(s.result.resumed ?? []).map((r, k) => {
                  const rx = x(r.session);
                  const ry = top + ROW + RESUME_ROW * k + 14;
                  const text = resumedOutcomeLabel(trace, s.index, r);
                  return (
                    <g key={r.session} className={r.status === 'error' ? 'lab-svg-error' : `lab-s${sessionIndex(run, r.session)}`}>
                      <line className="lab-svg-reply" x1={dbX} y1={ry} x2={rx + 2} y2={ry} />
                      <ArrowHead className="lab-svg-arrow" x={rx + 1} y={ry} dir={-1} />
                      <text className="lab-svg-result" x={rx + 10} y={ry - 5}>
                        {clip(`${sessionLabel(r.session)} resumes: ${r.status === 'error' ? `${text}: ${r.message ?? ''}` : text}`, dbX - rx - 20)}
                      </text>
                      {r.status === 'error' && <ErrorMark x={rx} y={ry} />}
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="lab-caption">Solid arrows are statements, dashed arrows replies; a bar on a lifeline is a wait, ✕ an error.</figcaption>
    </figure>
  );
}

function ErrorMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="lab-svg-x">
      <circle cx={x} cy={y} r={7} />
      <path d={`M${x - 3},${y - 3} L${x + 3},${y + 3} M${x + 3},${y - 3} L${x - 3},${y + 3}`} />
    </g>
  );
}
