'use client';

import { useId, useMemo } from 'react';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { checkRegisterHistory } from '@/lib/instruments/history-checker/check';
import { HISTORY_PRESETS, matchHistoryPreset } from '@/lib/instruments/history-checker/presets';
import { searchSteps } from '@/lib/instruments/history-checker/steps';
import type { HistoryReport, Model, Verdict } from '@/lib/instruments/history-checker/types';
import { decodeHistoryQuery, encodeHistoryQuery, type HistoryCheckerState } from '@/lib/instruments/history-checker/url';
import { History, PresetSelect, Stat, VizHeading } from '../kit/parts';
import { StepControls } from '../kit/StepControls';
import { useTimeline } from '../kit/use-timeline';
import { usePrefixedUrlState } from '../kit/use-url-state';
import { HistoryEditor } from './HistoryEditor';
import { HistoryTimeline } from './HistoryTimeline';

const VERDICT_TEXT: Record<Verdict, { title: string; detail: string }> = {
  linearizable: {
    title: 'Linearizable (so also sequentially consistent)',
    detail: 'Every operation can be given one moment inside its own interval, and in that order each read returns the latest write.',
  },
  sequential: {
    title: 'Sequentially consistent, not linearizable',
    detail: 'An order exists that keeps each client’s own order, but none also keeps real time: some read saw a value that, by the clock, was already overwritten or not yet written.',
  },
  neither: {
    title: 'Neither linearizable nor sequentially consistent',
    detail: 'No single order of all operations explains what the clients saw, even ignoring the clock.',
  },
};

const MODEL_TEXT: Record<Model, string> = {
  linearizable: 'Linearization (real-time order)',
  sequential: 'Sequential order (each client’s order)',
};

function yesNo(report: HistoryReport, model: Model): string {
  return report[model].holds ? 'yes' : 'no';
}

/**
 * The history checker: the reader picks or builds a history of timed reads and writes on one register by up to
 * four clients; the search in lib/instruments/history-checker says whether it is linearizable, sequentially
 * consistent or neither, and the steps walk through the witness order or up to the point where nothing fits.
 * State is in the URL.
 */
export function HistoryChecker(props: EmbedProps) {
  const embed = readEmbedProps(props, HISTORY_PRESETS);
  const { prefix } = embed;
  const defaults = useMemo<HistoryCheckerState>(() => ({ history: embed.preset.history, show: 'linearizable' }), [embed.preset]);
  const { state, notice, setState } = usePrefixedUrlState(decodeHistoryQuery, encodeHistoryQuery, defaults, prefix);
  const outcome = useMemo(() => checkRegisterHistory(state.history), [state.history]);
  const report = outcome.ok ? outcome.report : null;
  const steps = useMemo(() => (report ? searchSteps(state.history, state.show, report[state.show]) : []), [report, state.history, state.show]);
  const timeline = useTimeline(steps.length);
  const step = steps[timeline.position];
  const matched = matchHistoryPreset(state.history);
  const id = useId();
  const Sub = `h${embed.headingLevel + 1}` as 'h3' | 'h4';

  function change(next: HistoryCheckerState, replace = false) {
    timeline.toEnd();
    setState(next, replace);
  }

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <VizHeading id={`${id}-title`} level={embed.headingLevel} title="History checker" problem={embed.problem} notice={notice} />

      <PresetSelect id={`${id}-preset`} label="Example history" custom="Your own history" presets={HISTORY_PRESETS} matchedId={matched?.id ?? null} onPick={(preset) => change({ ...state, history: preset.history })} />

      <HistoryEditor idBase={`${id}-edit`} history={state.history} onCommit={(history, replace) => change({ ...state, history }, replace)} />

      {!outcome.ok && (
        <ul className="widget-error viz-error" role="alert">
          {outcome.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}

      {report && step && (
        <>
          <div className={`viz-hc-verdict is-${report.verdict}`} role="status" aria-live="polite" aria-atomic="true">
            <p className="viz-hc-verdict-title">{VERDICT_TEXT[report.verdict].title}</p>
            <p className="viz-hc-verdict-detail">{VERDICT_TEXT[report.verdict].detail}</p>
          </div>

          <dl className="viz-stats">
            <Stat label="Linearizable" value={yesNo(report, 'linearizable')} detail={`${report.linearizable.statesExplored} search states tried`} />
            <Stat label="Sequentially consistent" value={yesNo(report, 'sequential')} detail={`${report.sequential.statesExplored} search states tried`} />
            <Stat label="Operations" value={state.history.length} detail={`by ${new Set(state.history.map((op) => op.client)).size} clients`} />
          </dl>

          <fieldset className="viz-settings viz-hc-model">
            <legend className="viz-label">Step through</legend>
            {(Object.keys(MODEL_TEXT) as Model[]).map((model) => (
              <label key={model} className="viz-hc-radio">
                <input type="radio" name={`${id}-model`} value={model} checked={state.show === model} onChange={() => change({ ...state, show: model })} />
                {MODEL_TEXT[model]}: {report[model].holds ? 'found' : 'none exists'}
              </label>
            ))}
          </fieldset>

          <StepControls idBase={id} timeline={timeline} count={steps.length} label="Step through the search’s order" stepName={(i) => steps[i]?.description ?? ''} />

          <p className="viz-caption" aria-live="polite" aria-atomic="true">
            {step.description}
          </p>

          <div className="viz-canvas" role="region" aria-label="History timeline (scrolls sideways when narrow)" tabIndex={0}>
            <HistoryTimeline history={state.history} step={step} model={state.show} />
          </div>
          <ul className="viz-legend" aria-label="Marks in the drawing">
            <li>
              <span className="viz-hc-key viz-hc-key-write" aria-hidden="true" /> write, from invoke to response
            </li>
            <li>
              <span className="viz-hc-key viz-hc-key-read" aria-hidden="true" /> read, with the value it returned
            </li>
            <li>
              <span aria-hidden="true">1, 2, 3</span> position in the order so far
            </li>
            {state.show === 'linearizable' && (
              <li>
                <span aria-hidden="true" className="viz-hc-diamond">◆</span> the moment it takes effect
              </li>
            )}
            <li>
              <span aria-hidden="true" className="viz-hc-bad-text">✗</span> cannot come next
            </li>
          </ul>
          <p className="viz-note">
            Times are on an abstract clock; only their order matters. Each client waits for one response before its next invoke. The search tries every operation that may come next,
            backs up when a read returns a value x does not hold, and never searches the same set of placed operations with the same value twice.
          </p>

          <Sub className="viz-subtitle">The steps</Sub>
          <History title={`Every step (${steps.length})`} summaries={steps.map((s) => s.description)} starts={steps.map((_, i) => i)} current={timeline.position} onJump={timeline.goTo} empty="No steps." />
        </>
      )}
    </section>
  );
}
