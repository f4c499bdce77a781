'use client';

import { resumedOutcomeLabel, sessionLabel, stepOutcomeLabel } from '@/lib/isolation/lab/explain';
import type { LabRun } from '@/lib/isolation/lab/model';
import { LEVEL_PLACEHOLDER } from '@/lib/isolation/lab/scenarios';
import { sessionIndex } from './session-colors';

/**
 * One lane (column) per session, one row per step: every statement of the script with its result once it
 * has run. The step numbers are buttons that move the lab to that step.
 */
export function SessionLanes({ run, step, onStep, headingLevel }: { run: LabRun; step: number; onStep: (step: number) => void; headingLevel: number }) {
  const { trace, script } = run;
  const sessions = trace.sessions;
  const Heading = (headingLevel >= 4 ? 'h4' : 'h3') as 'h3' | 'h4';
  // Steps after a halt never ran; show them greyed out so the script still reads in full.
  const rows = script.steps.map((s, i) => ({ session: s.session, sql: s.sql.split(LEVEL_PLACEHOLDER).join(run.level), traced: trace.steps[i] }));

  return (
    <section className="lab-panel lab-lanes" aria-label="Statements by session">
      <Heading className="lab-panel-title">Statements by session</Heading>
      <div className="lab-scroll lab-table-box" role="region" aria-label="Statements by session (scrolls sideways)" tabIndex={0}>
        <table className="lab-table lab-lanes-table">
          <thead>
            <tr>
              <th scope="col" className="lab-lane-step">
                Step
              </th>
              {sessions.map((s) => (
                <th key={s} scope="col">
                  <span className={`lab-session-tag lab-s${sessionIndex(run, s)}`}>{sessionLabel(s)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const done = i < step;
              const t = row.traced;
              const isCurrent = i === step - 1;
              return (
                <tr key={i} className={isCurrent ? 'lab-row-current' : done ? undefined : 'lab-row-future'} aria-current={isCurrent ? 'step' : undefined}>
                  <th scope="row" className="lab-lane-step">
                    {t ? (
                      <button type="button" className="lab-step-link" onClick={() => onStep(i + 1)} aria-label={`Go to step ${i + 1}`}>
                        {i + 1}
                      </button>
                    ) : (
                      <span className="lab-muted">{i + 1}</span>
                    )}
                  </th>
                  {sessions.map((s) => {
                    const resumed = done && t ? (t.result.resumed ?? []).filter((r) => r.session === s) : [];
                    return (
                      <td key={s}>
                        {row.session === s && (
                          <>
                            <code className="lab-sql">{row.sql}</code>
                            {done && t && (
                              <span className={`lab-chip lab-chip-${t.result.status === 'blocked' && t.releasedAt !== null && t.releasedAt < step ? 'waited' : t.result.status}`}>
                                {t.result.status === 'blocked' && t.releasedAt !== null && t.releasedAt < step ? `waited until step ${t.releasedAt + 1}` : stepOutcomeLabel(trace, i)}
                              </span>
                            )}
                            {!t && <span className="lab-chip lab-chip-skipped">not run</span>}
                          </>
                        )}
                        {resumed.map((r) => (
                          <span key={r.session} className={`lab-chip lab-chip-${r.status}`}>
                            resumes: {resumedOutcomeLabel(trace, i, r)}
                          </span>
                        ))}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
