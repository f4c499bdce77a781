'use client';

import { useId, useMemo, useState } from 'react';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { matchQuorumPreset, QUORUM_PRESETS } from '@/lib/instruments/quorum-simulator/presets';
import { quorumVerdict } from '@/lib/instruments/quorum-simulator/quorum';
import { simulateQuorum } from '@/lib/instruments/quorum-simulator/simulate';
import { summarizeSteps } from '@/lib/instruments/quorum-simulator/summary';
import { nodeName, skewText } from '@/lib/instruments/quorum-simulator/text';
import { MODES, type Mode, type QuorumOp, type QuorumScenario } from '@/lib/instruments/quorum-simulator/types';
import { decodeQuorumQuery, encodeQuorumQuery, keepValidOps, resizeSkew } from '@/lib/instruments/quorum-simulator/url';
import { MAX_OPS, N_RANGE, nodeCount, quorumProblem, SKEW_RANGE } from '@/lib/instruments/quorum-simulator/validate';
import { History, PresetSelect, Stat, VizHeading } from '../kit/parts';
import { StepControls, VizButton } from '../kit/StepControls';
import { useTimeline } from '../kit/use-timeline';
import { usePrefixedUrlState } from '../kit/use-url-state';
import { NumberSetting } from './NumberSetting';
import { QuorumNodes } from './QuorumNodes';

const MODE_TEXT: Record<Mode, string> = {
  strict: 'Strict quorum',
  hints: 'Strict quorum with hinted handoff',
  sloppy: 'Sloppy quorum',
};
const MODE_NOTE: Record<Mode, string> = {
  strict: 'Only the N home replicas count. A replica that missed a write catches up through read repair or anti-entropy repair.',
  hints: 'As strict, but the coordinator keeps a hint for each replica that missed a write and replays it when that replica is reachable again (Cassandra). Hints never count towards W.',
  sloppy: 'A write goes to the first N nodes that are up, so a stand-in replaces a crashed replica, counts towards W and hands the write back when the replica returns (Dynamo).',
};
const START_MESSAGE = 'Before the first step: every node is up and the key has no value yet. Write, read, crash or cut off nodes below; each action is one step.';

/**
 * The quorum simulator: one key on N replicas of a leaderless store, with R and W, strict or sloppy quorums,
 * hinted handoff, read repair, anti-entropy repair and each node's clock. Each action the reader takes is a step
 * the model in lib/instruments/quorum-simulator replays; the view only shows the nodes, the sentence and the
 * counts it returns. State lives in the URL, so Back removes the last action.
 */
export function QuorumSimulator(props: EmbedProps) {
  const embed = readEmbedProps(props, QUORUM_PRESETS);
  const { prefix } = embed;
  const { state, notice, setState } = usePrefixedUrlState(decodeQuorumQuery, encodeQuorumQuery, embed.preset.scenario, prefix);
  const outcome = useMemo(() => simulateQuorum(state), [state]);
  const trace = outcome.ok ? outcome.trace : null;
  const steps = trace?.steps ?? [];
  const timeline = useTimeline(steps.length + 1);
  const shown = timeline.position;
  const step = shown > 0 ? steps[shown - 1] : undefined;
  const nodes = step?.nodes ?? trace?.start ?? [];
  const finalNodes = steps[steps.length - 1]?.nodes ?? trace?.start ?? [];
  const summary = summarizeSteps(steps.slice(0, shown));
  const verdict = quorumVerdict(state.n, state.r, state.w);
  const matched = matchQuorumPreset(state);
  const id = useId();
  const [coordinatorChoice, setCoordinatorChoice] = useState(0);
  const upNodes = finalNodes.map((node, i) => (node.down ? -1 : i)).filter((i) => i >= 0);
  const coordinator = upNodes.includes(coordinatorChoice) ? coordinatorChoice : (upNodes[0] ?? 0);
  const full = state.ops.length >= MAX_OPS;
  const [opError, setOpError] = useState<string | null>(null);

  function change(next: QuorumScenario, replace = false) {
    setOpError(null);
    timeline.toEnd();
    setState(next, replace);
  }

  function run(op: QuorumOp) {
    if (full) {
      setOpError(`A scenario keeps at most ${MAX_OPS} steps, so a shared link stays short. Remove a step or pick a scenario to start again.`);
      return;
    }
    if (upNodes.length === 0 && (op.kind === 'write' || op.kind === 'read')) {
      setOpError('Every node is down, so none can coordinate a request. Recover one first.');
      return;
    }
    change({ ...state, ops: [...state.ops, op] });
  }

  function setN(n: number) {
    const next: QuorumScenario = { ...state, n, r: Math.min(state.r, n), w: Math.min(state.w, n), skewMs: resizeSkew(state.skewMs, n) };
    change({ ...next, ops: keepValidOps(next) });
  }

  const stepName = (i: number) => (i === 0 ? 'before the first step' : (steps[i - 1]?.message ?? ''));
  const Sub = `h${embed.headingLevel + 1}` as 'h3' | 'h4';

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <VizHeading id={`${id}-title`} level={embed.headingLevel} title="Quorum simulator" problem={embed.problem} notice={notice} />

      <PresetSelect id={`${id}-preset`} label="Scenario" custom="Your own steps" presets={QUORUM_PRESETS} matchedId={matched?.id ?? null} onPick={(preset) => change(preset.scenario)} />

      <div className="viz-setup">
        <fieldset className="viz-settings">
          <legend className="viz-label">Cluster (a change replays every step)</legend>
          <NumberSetting id={`${id}-n`} label={`N, replicas of the key (${N_RANGE.min}–${N_RANGE.max})`} value={state.n} min={N_RANGE.min} max={N_RANGE.max} problem={`N must be a whole number of replicas from ${N_RANGE.min} to ${N_RANGE.max}.`} onCommit={setN} />
          <NumberSetting id={`${id}-r`} label={`R, replicas a read waits for (1–${state.n})`} value={state.r} min={1} max={state.n} problem={quorumProblem('R', Number.NaN, state.n) ?? ''} onCommit={(r) => change({ ...state, r })} />
          <NumberSetting id={`${id}-w`} label={`W, acknowledgements a write waits for (1–${state.n})`} value={state.w} min={1} max={state.n} problem={quorumProblem('W', Number.NaN, state.n) ?? ''} onCommit={(w) => change({ ...state, w })} />
          <div className="viz-field">
            <label htmlFor={`${id}-mode`} className="viz-label-small">
              Quorum
            </label>
            <select id={`${id}-mode`} className="widget-input viz-select" aria-describedby={`${id}-mode-note`} value={state.mode} onChange={(e) => change({ ...state, mode: e.target.value as Mode })}>
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {MODE_TEXT[mode]}
                </option>
              ))}
            </select>
            <p id={`${id}-mode-note`} className="viz-note">
              {MODE_NOTE[state.mode]}
            </p>
          </div>
          <div className="viz-field">
            <label className="viz-qs-check">
              <input type="checkbox" checked={state.readRepair} onChange={(e) => change({ ...state, readRepair: e.target.checked })} />
              Read repair
            </label>
            <p className="viz-note">A read that finds an older version on a replica it asked writes the newest one back to it.</p>
          </div>
          <p className={`viz-qs-verdict${verdict.overlaps ? ' is-ok' : ' is-bad'}`} aria-live="polite">
            {verdict.sentence} Writes survive {verdict.writeTolerates} unreachable {verdict.writeTolerates === 1 ? 'replica' : 'replicas'}, reads {verdict.readTolerates}.
          </p>
        </fieldset>

        <div className="viz-qs-actions">
          <fieldset className="viz-qs-group">
            <legend className="viz-label">Requests</legend>
            <div className="viz-qs-row">
              <label htmlFor={`${id}-coordinator`} className="viz-label-small">
                Coordinator
              </label>
              <select id={`${id}-coordinator`} className="widget-input viz-select" value={coordinator} onChange={(e) => setCoordinatorChoice(Number(e.target.value))}>
                {upNodes.map((i) => (
                  <option key={i} value={i}>
                    {nodeName(i)}
                    {i >= state.n ? ' (stand-in)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="viz-buttons">
              <VizButton primary inactive={full} onClick={() => run({ kind: 'write', coordinator })}>
                Write a new version
              </VizButton>
              <VizButton inactive={full} onClick={() => run({ kind: 'read', coordinator })}>
                Read
              </VizButton>
              <VizButton inactive={full} onClick={() => run({ kind: 'repair' })}>
                Run anti-entropy repair
              </VizButton>
            </div>
          </fieldset>
          <fieldset className="viz-qs-group">
            <legend className="viz-label">Failures (after the last step)</legend>
            <ul className="viz-qs-failures">
              {finalNodes.map((node, i) => (
                <li key={i} className="viz-qs-failure">
                  <span className="viz-qs-node-name">{nodeName(i)}</span>
                  <VizButton inactive={full} onClick={() => run({ kind: node.down ? 'recover' : 'fail', node: i })}>
                    {node.down ? `Recover ${nodeName(i)}` : `Crash ${nodeName(i)}`}
                  </VizButton>
                  <VizButton inactive={full} onClick={() => run({ kind: node.cut ? 'reconnect' : 'cut', node: i })}>
                    {node.cut ? `Reconnect ${nodeName(i)}` : `Cut ${nodeName(i)} off`}
                  </VizButton>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="viz-buttons">
            <VizButton inactive={state.ops.length === 0} onClick={() => change({ ...state, ops: state.ops.slice(0, -1) })}>
              Remove the last step
            </VizButton>
            <VizButton inactive={state.ops.length === 0} onClick={() => change({ ...state, ops: [] })}>
              Remove every step
            </VizButton>
          </div>
          {opError && (
            <p className="widget-error viz-error" role="alert">
              {opError}
            </p>
          )}
          <p className="viz-note">
            {state.ops.length} of at most {MAX_OPS} steps. Your browser’s Back button undoes the last change.
          </p>
        </div>
      </div>

      {outcome.ok ? null : (
        <ul className="widget-error viz-error" role="alert">
          {outcome.problems.map((p) => (
            <li key={p.field}>{p.message}</li>
          ))}
        </ul>
      )}

      <StepControls idBase={id} timeline={timeline} count={steps.length + 1} label="Step through the scenario" stepName={stepName} />

      <p className="viz-caption" aria-live="polite" aria-atomic="true">
        {step ? (
          <>
            <span className="viz-caption-op">Step {shown}: </span>
            {step.message}
          </>
        ) : (
          START_MESSAGE
        )}
      </p>

      <dl className="viz-stats">
        <Stat label="Stale reads" value={summary.staleReads} detail={`of ${summary.reads} ${summary.reads === 1 ? 'read' : 'reads'} that returned`} />
        <Stat label="Requests refused or timed out" value={summary.failed} detail={`${summary.unavailable} refused at once, ${summary.timedOut} timed out`} />
        <Stat label="Replicas repaired" value={summary.repairs} detail={`${summary.hintsDelivered} by hints, ${summary.readRepairs} by read repair, ${summary.antiEntropy} by anti-entropy`} />
        <Stat label="Writes lost to clocks" value={summary.lostToClocks} detail="acknowledged, then beaten by an older write’s later timestamp" />
      </dl>

      <Sub className="viz-subtitle">Nodes {step ? `after step ${shown}` : 'before the first step'}</Sub>
      <QuorumNodes n={state.n} nodes={nodes} step={step} skewMs={state.skewMs} />
      <p className="viz-note">
        Replicas {nodeName(0)} to {nodeName(state.n - 1)} hold the key; {nodeName(state.n)} and {nodeName(state.n + 1)} are the next nodes on the ring, which only a sloppy quorum borrows. Steps are
        one second apart, and a write’s timestamp is its coordinator’s clock, so a clock set ahead makes its writes win under last-writer-wins. A crashed node is known to be down, so requests
        skip it; a cut-off node looks alive, so requests that count on it time out.
      </p>

      <details className="viz-history">
        <summary className="viz-history-summary">Clocks</summary>
        <div className="viz-qs-clocks">
          {Array.from({ length: nodeCount(state.n) }, (_, i) => (
            <div key={i} className="viz-field">
              <label htmlFor={`${id}-skew-${i}`} className="viz-label-small">
                {nodeName(i)}’s clock: <strong>{skewText(state.skewMs[i] ?? 0)}</strong>
              </label>
              <input
                id={`${id}-skew-${i}`}
                type="range"
                className="viz-range"
                min={SKEW_RANGE.min}
                max={SKEW_RANGE.max}
                step={SKEW_RANGE.step}
                value={state.skewMs[i] ?? 0}
                aria-valuetext={`${skewText(state.skewMs[i] ?? 0)} from true time`}
                onChange={(e) => change({ ...state, skewMs: state.skewMs.map((v, j) => (j === i ? Number(e.target.value) : v)) }, true)}
              />
            </div>
          ))}
        </div>
      </details>

      <History
        title={`Every step (${steps.length})`}
        summaries={steps.map((s) => s.message)}
        starts={steps.map((_, i) => i + 1)}
        current={shown - 1}
        onJump={timeline.goTo}
        empty="No steps yet: write a version, then read it."
      />
    </section>
  );
}
