'use client';

import { explainStart, explainStep, resumedOutcomeLabel, sessionLabel, stepOutcomeLabel } from '@/lib/isolation/lab/explain';
import type { LabRun } from '@/lib/isolation/lab/model';
import { InlineCode } from './InlineCode';
import { sessionIndex } from './session-colors';

/** What the current step did and why, the waiting session and what releases it, and the anomaly verdict. */
export function StepPanel({ run, step, onStep, headingLevel }: { run: LabRun; step: number; onStep: (step: number) => void; headingLevel: number }) {
  const { trace, verdict } = run;
  const total = trace.steps.length;
  const current = step > 0 ? trace.steps[step - 1] : undefined;
  const explanation = current ? explainStep(trace, step - 1) : explainStart(trace);
  const Heading = (headingLevel >= 4 ? 'h4' : 'h3') as 'h3' | 'h4';
  const waiting = trace.steps.filter((s) => s.index < step && s.result.status === 'blocked' && (s.releasedAt === null || s.releasedAt >= step));
  const showVerdict = verdict && ((verdict.happenedAt !== null && step - 1 >= verdict.happenedAt) || (verdict.happenedAt === null && step === total && !run.halt));

  return (
    <div className={`lab-step lab-tone-${explanation.tone}`}>
      <Heading className="lab-step-title">{current ? `Step ${step} of ${total}` : 'Before the first step'}</Heading>
      {current && (
        <p className="lab-step-statement">
          <span className={`lab-session-tag lab-s${sessionIndex(run, current.result.session)}`}>{sessionLabel(current.result.session)}</span>
          <code className="lab-sql">{current.result.sql}</code>
          <span className={`lab-chip lab-chip-${current.result.status}`}>{stepOutcomeLabel(trace, step - 1)}</span>
        </p>
      )}
      {current?.result.resumed?.map((r, k) => (
        <p key={r.session} className="lab-step-statement">
          <span className={`lab-session-tag lab-s${sessionIndex(run, r.session)}`}>{sessionLabel(r.session)}</span>
          <span className="lab-resumed-text">resumes its step {(current.resumedFrom[k] ?? 0) + 1}</span>
          <span className={`lab-chip lab-chip-${r.status}`}>{resumedOutcomeLabel(trace, step - 1, r)}</span>
        </p>
      ))}
      <p className="lab-headline">
        <InlineCode text={explanation.headline} />
      </p>
      {current?.result.status === 'error' && current.result.message && (
        <p className="lab-error-line">
          ERROR: {current.result.message} <span className="lab-muted">(SQLSTATE {current.result.sqlstate})</span>
        </p>
      )}
      <ul className="lab-details">
        {explanation.details.map((d, i) => (
          <li key={i}>
            <InlineCode text={d} />
          </li>
        ))}
      </ul>
      {waiting.map((w) => {
        const release = w.releasedAt === null ? undefined : trace.steps[w.releasedAt];
        return (
          <div key={w.index} className="lab-waiting">
            <p>
              <strong>{sessionLabel(w.result.session)} is waiting</strong> (since step {w.index + 1}) for{' '}
              {w.waitsFor ? `${sessionLabel(w.waitsFor.session)}’s transaction, xid ${w.waitsFor.xid}` : 'a lock'}.{' '}
              {release ? (
                <>
                  Released at step {release.index + 1} by{' '}
                  <code className="lab-sql">
                    {sessionLabel(release.result.session)}: {release.result.sql}
                  </code>
                </>
              ) : (
                'Nothing in this script releases it.'
              )}
            </p>
            {release && (
              <button type="button" className="lab-button lab-button-small" onClick={() => onStep(release.index + 1)}>
                Go to step {release.index + 1}
              </button>
            )}
          </div>
        );
      })}
      {showVerdict && verdict && (
        <p className={verdict.happenedAt !== null ? 'lab-verdict lab-verdict-bad' : 'lab-verdict lab-verdict-good'}>
          <span className="lab-verdict-mark" aria-hidden="true">
            {verdict.happenedAt !== null ? '!' : '✓'}
          </span>
          <span>
            <strong>{verdict.happenedAt !== null ? `Anomaly: ${verdict.name.toLowerCase()}` : 'No anomaly'}</strong> — <InlineCode text={verdict.text} />
          </span>
        </p>
      )}
      {!run.scenario && step === total && (
        <p className="lab-note">The anomaly checks belong to the library’s scenarios as written; a script of your own shows its results only.</p>
      )}
      {run.halt && step === total && (
        <p className="lab-verdict lab-verdict-bad">
          <span className="lab-verdict-mark" aria-hidden="true">
            !
          </span>
          <span>
            <strong>The run stops here</strong>
            {run.halt.line !== null ? ` at line ${run.halt.line}` : ''}: {run.halt.message}
          </span>
        </p>
      )}
    </div>
  );
}
