'use client';

import { useId, useMemo } from 'react';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { matchReplicationPreset, REPLICATION_PRESETS } from '@/lib/instruments/replication/presets';
import { FAILOVER_MS, FLUSH_MS, simulateReplication } from '@/lib/instruments/replication/simulate';
import { summarize } from '@/lib/instruments/replication/summary';
import { ms } from '@/lib/instruments/replication/text';
import type { CommitMode, ReplicationScenario, Routing } from '@/lib/instruments/replication/types';
import { decodeReplicationQuery, encodeReplicationQuery } from '@/lib/instruments/replication/url';
import { LAG_RANGE, NETWORK_RANGE, REPLICA_COUNT, TIME_RANGE } from '@/lib/instruments/replication/validate';
import { History, PresetSelect, Stat } from '../kit/parts';
import { byTime, ReplicationActions } from './ReplicationActions';
import { ReplicationLanes } from './ReplicationLanes';
import { ReplicationResults } from './ReplicationResults';
import { StepControls } from '../kit/StepControls';
import { useTimeline } from '../kit/use-timeline';
import { useUrlState, type UrlCodec } from '../kit/use-url-state';

const ROUTING_TEXT: Record<Routing, string> = {
  any: 'Any replica',
  primary: 'Primary only',
  ryw: 'Read-your-writes',
};
const ROUTING_NOTE: Record<Routing, string> = {
  any: 'Each read goes to the next replica in turn.',
  primary: 'Every read goes to the primary.',
  ryw: 'A session that has written reads from a replica that has replayed its last write’s LSN, or else from the primary.',
};
const COMMIT_TEXT: Record<CommitMode, string> = {
  async: 'Asynchronous',
  sync: 'Synchronous (ANY 1 standby)',
};
const COMMIT_NOTE: Record<CommitMode, string> = {
  async: 'A commit returns once the primary’s own WAL flush is done.',
  sync: 'A commit returns once one standby confirms it, like synchronous_commit = on with ANY 1.',
};
const NEW_REPLICA_LAG = 100;
const START_MESSAGE = 'Before anything happens: every key holds 0 on every node. Press Play, Next or drag the timeline to walk through the events.';

/** A labelled millisecond slider (keyboard: arrows step, Home and End jump), announcing its value. */
function MsSlider({ id, label, value, range, step, onChange }: { id: string; label: string; value: number; range: { min: number; max: number }; step: number; onChange: (value: number) => void }) {
  return (
    <div className="viz-field">
      <label htmlFor={id} className="viz-label-small">
        {label}: <strong>{ms(value)}</strong>
      </label>
      <input id={id} type="range" className="viz-range" min={range.min} max={range.max} step={step} value={value} aria-valuetext={ms(value)} onChange={(e) => onChange(Number(e.target.value))} />
    </div>
  );
}

/** A labelled choice with a line under it saying what the chosen option does. */
function ChoiceField<T extends string>({ id, label, value, options, note, onChange }: { id: string; label: string; value: T; options: Record<T, string>; note: string; onChange: (value: T) => void }) {
  return (
    <div className="viz-field">
      <label htmlFor={id} className="viz-label-small">
        {label}
      </label>
      <select id={id} className="widget-input viz-select" aria-describedby={`${id}-note`} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {(Object.keys(options) as T[]).map((option) => (
          <option key={option} value={option}>
            {options[option]}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} className="viz-note">
        {note}
      </p>
    </div>
  );
}

/**
 * The replication timeline: a primary and 1–3 replicas with their own lag; clients write and read at set
 * times; reads are routed to any replica, the primary, or by read-your-writes; commits are asynchronous or
 * wait for a standby; the primary may crash and fail over. Lanes show WAL shipping and every read as fresh
 * or stale; the tables and counters come from the model in lib/instruments/replication. State is in the URL.
 */
export function ReplicationTimeline(props: EmbedProps) {
  const embed = readEmbedProps(props, REPLICATION_PRESETS);
  const { prefix } = embed;
  const defaults = embed.preset.scenario;
  const codec = useMemo<UrlCodec<ReplicationScenario>>(
    () => ({
      decode: (search) => decodeReplicationQuery(search, defaults, prefix),
      encode: (state, current) => encodeReplicationQuery(state, current, defaults, prefix),
    }),
    [defaults, prefix],
  );
  const { state, notice, setState } = useUrlState(codec);
  const outcome = useMemo(() => simulateReplication(state), [state]);
  const result = outcome.ok ? outcome.result : null;
  const events = result?.events ?? [];
  const timeline = useTimeline(events.length + 1);
  const shown = timeline.position;
  const event = shown > 0 ? events[shown - 1] : undefined;
  const summary = result ? summarize(result.events, result.writes, result.reads, result.failover, shown) : null;
  const matched = matchReplicationPreset(state);
  const id = useId();
  const Heading = `h${embed.headingLevel}` as 'h2' | 'h3';
  const Sub = `h${embed.headingLevel + 1}` as 'h3' | 'h4';
  const atEnd = shown >= events.length;

  function change(next: ReplicationScenario, replace = false) {
    timeline.toEnd();
    setState(next, replace);
  }

  const lastWrite = Math.max(0, ...state.actions.filter((a) => a.kind === 'write').map((a) => a.at));
  const stepName = (i: number) => (i === 0 ? 'start' : `${ms(events[i - 1]?.time ?? 0)}: ${events[i - 1]?.description ?? ''}`);

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="viz-title">
        Replication timeline
      </Heading>
      {embed.problem && <p className="widget-notice mt-3">{embed.problem}</p>}
      {notice && (
        <p role="status" className="widget-notice mt-3">
          {notice}
        </p>
      )}

      <PresetSelect id={`${id}-preset`} label="Scenario" custom="Your own timeline" presets={REPLICATION_PRESETS} matchedId={matched?.id ?? null} onPick={(preset) => change(preset.scenario)} />

      <div className="viz-setup">
        <fieldset className="viz-settings">
          <legend className="viz-label">Cluster (changing one replays the timeline)</legend>
          <div className="viz-field">
            <label htmlFor={`${id}-replicas`} className="viz-label-small">
              Replicas
            </label>
            <select
              id={`${id}-replicas`}
              className="widget-input viz-select"
              value={state.lags.length}
              onChange={(e) => {
                const count = Number(e.target.value);
                const lags = Array.from({ length: count }, (_, i) => state.lags[i] ?? NEW_REPLICA_LAG);
                change({ ...state, lags });
              }}
            >
              {Array.from({ length: REPLICA_COUNT.max - REPLICA_COUNT.min + 1 }, (_, i) => REPLICA_COUNT.min + i).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          {state.lags.map((lag, i) => (
            <MsSlider
              key={i}
              id={`${id}-lag-${i}`}
              label={`Replica ${i + 1} lag`}
              value={lag}
              range={LAG_RANGE}
              step={10}
              onChange={(value) => change({ ...state, lags: state.lags.map((l, j) => (j === i ? value : l)) }, true)}
            />
          ))}
          <MsSlider id={`${id}-net`} label="One-way network delay" value={state.networkMs} range={NETWORK_RANGE} step={1} onChange={(value) => change({ ...state, networkMs: value }, true)} />
          <ChoiceField id={`${id}-route`} label="Read routing" value={state.routing} options={ROUTING_TEXT} note={ROUTING_NOTE[state.routing]} onChange={(routing) => change({ ...state, routing })} />
          <ChoiceField id={`${id}-commit`} label="Commit mode" value={state.commit} options={COMMIT_TEXT} note={COMMIT_NOTE[state.commit]} onChange={(commit) => change({ ...state, commit })} />
          <div className="viz-field">
            <label className="viz-check viz-check-sans">
              <input
                type="checkbox"
                checked={state.crashAt !== null}
                onChange={(e) => change({ ...state, crashAt: e.target.checked ? Math.min(TIME_RANGE.max, Math.ceil((lastWrite + 20) / 10) * 10) : null })}
              />
              Crash the primary
            </label>
            {state.crashAt !== null && (
              <MsSlider id={`${id}-crash`} label="Crash at" value={state.crashAt} range={TIME_RANGE} step={10} onChange={(value) => change({ ...state, crashAt: value }, true)} />
            )}
          </div>
        </fieldset>
        <ReplicationActions idBase={`${id}-act`} actions={state.actions} onChange={(actions) => change({ ...state, actions: byTime(actions) })} />
      </div>

      {outcome.ok ? null : (
        <ul className="widget-error viz-error" role="alert">
          {outcome.problems.map((p) => (
            <li key={p.field}>{p.message}</li>
          ))}
        </ul>
      )}

      <StepControls idBase={id} timeline={timeline} count={events.length + 1} label="Step through the events" stepName={stepName} />

      <p className="viz-caption" aria-live="polite" aria-atomic="true">
        {event ? (
          <>
            <span className="viz-caption-op">At {ms(event.time)}: </span>
            {event.description}
          </>
        ) : (
          START_MESSAGE
        )}
      </p>

      {summary && (
        <dl className="viz-stats">
          <Stat label="Stale reads" value={summary.staleReads} detail={`of ${summary.reads} ${summary.reads === 1 ? 'read' : 'reads'}${summary.missedOwnWrites ? `; ${summary.missedOwnWrites} missed the reader’s own write` : ''}${atEnd ? '' : ' so far'}`} />
          <Stat
            label="Lost acknowledged writes"
            value={summary.lostAcknowledgedWrites}
            detail={state.crashAt === null ? 'no crash in this timeline' : result?.failover && shown > events.findIndex((e) => e.kind === 'promote') ? `after failover to replica ${result.failover.node}` : 'counted at the failover'}
          />
          <Stat label="Write ack, median" value={summary.p50AckMs === null ? '–' : ms(summary.p50AckMs)} detail={`${summary.acknowledgedWrites} of ${summary.writes} writes acknowledged${atEnd ? '' : ' so far'}`} />
          <Stat label="Write ack, slowest" value={summary.maxAckMs === null ? '–' : ms(summary.maxAckMs)} detail={state.commit === 'sync' ? 'waits for a standby and its reply' : 'waits for the local WAL flush only'} />
        </dl>
      )}

      {result && (
        <>
          <div className="viz-canvas" role="region" aria-label="Timeline drawing (scrolls sideways when narrow)" tabIndex={0}>
            <ReplicationLanes scenario={state} result={result} shown={shown} now={event?.time ?? 0} />
          </div>
          <ul className="viz-legend" aria-label="Marks in the drawing">
            <li>
              <span className="viz-rep-key viz-rep-key-write" aria-hidden="true" /> write flushed on the primary
            </li>
            <li>
              <span aria-hidden="true" className="viz-rep-ok-text">✓</span> acknowledged to the client (bar: how long it took)
            </li>
            <li>
              <span className="viz-rep-key viz-rep-key-ship" aria-hidden="true" /> WAL record shipped and replayed
            </li>
            <li>
              <span className="viz-rep-key viz-rep-key-confirm" aria-hidden="true" /> standby’s confirmation
            </li>
            <li>
              <span aria-hidden="true" className="viz-rep-ok-text">✓</span> fresh read, <span aria-hidden="true" className="viz-rep-bad-text">✗</span> stale read
            </li>
            <li>
              <span aria-hidden="true" className="viz-rep-bad-text">✕</span> crash or failure
            </li>
          </ul>
          <p className="viz-note">
            Each write is flushed to the primary’s WAL in {ms(FLUSH_MS)}. A replica replays a record its lag after that, never sooner than the network delay, and a synchronous standby’s
            confirmation takes the network delay to come back, so here a confirmation also means the standby can serve the write (PostgreSQL’s remote_apply; with the default on, the standby
            confirms once the record is on its disk, possibly before replaying it). Failover takes {ms(FAILOVER_MS)} here; real ones take seconds. LSNs count records; PostgreSQL’s are byte
            positions such as 0/3A1C2F8.
          </p>

          <ReplicationResults result={result} Sub={Sub} />

          <History
            title={`Every event (${events.length})`}
            summaries={events.map((e) => `${ms(e.time)}: ${e.description}`)}
            starts={events.map((_, i) => i + 1)}
            current={shown - 1}
            onJump={timeline.goTo}
            empty="No events yet: add a write or a read."
          />
        </>
      )}
    </section>
  );
}
