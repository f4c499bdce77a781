'use client';

import dynamic from 'next/dynamic';
import { useId, useMemo, useState } from 'react';
import { ChartFigure, ChartLoading } from '@/components/instruments/kit/ChartFigure';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { keyLoadChart } from '@/lib/instruments/hash-ring/charts';
import { SAMPLE_KEYS } from '@/lib/instruments/hash-ring/drawing';
import { expectedAddShare, loadCounts, loadSpread } from '@/lib/instruments/hash-ring/load';
import { KEY_COUNT_RANGE, keyCountProblem, keyHashes, keyName, SHARD_RANGE, shardName, VNODE_RANGE } from '@/lib/instruments/hash-ring/ring';
import { applyOps, percent, traceRing, type RingOp } from '@/lib/instruments/hash-ring/trace';
import { decodeHashRingQuery, decodeRingOps, encodeHashRingQuery, encodeRingOps, HASH_RING_DEFAULTS, MAX_RING_OPS } from '@/lib/instruments/hash-ring/url';
import { HashRingDiagram, shardColor } from './HashRingDiagram';
import { HashRingHotKey } from './HashRingHotKey';
import { HashRingKeyGrid } from './HashRingKeyGrid';
import { History, RangeField, Stat, VizHeading } from '../kit/parts';
import { StepControls, VizButton } from '../kit/StepControls';
import { useTimeline } from '../kit/use-timeline';
import { usePrefixedUrlState } from '../kit/use-url-state';

// Recharts is its own chunk, loaded after the ring is on screen.
const ShardLoadChart = dynamic(() => import('./ShardLoadChart').then((m) => m.ShardLoadChart), { ssr: false, loading: ChartLoading });

const ONLY_PRESET = [{ id: 'default' }] as const;
const fmt = (n: number) => n.toLocaleString('en-US');

function readKeyCount(text: string): number | string {
  const trimmed = text.trim().replace(/[,_\s]/g, '');
  const problem = /^\d{1,7}$/.test(trimmed) ? keyCountProblem(Number(trimmed)) : keyCountProblem(Number.NaN);
  return problem ?? Number(trimmed);
}

/**
 * The consistent-hashing ring: shards placed at virtual nodes on a ring, keys owned by the next token
 * clockwise. Adding or removing a shard shows which keys move and what share of all keys that is, beside
 * `hash mod N` over the same keys; a bar chart shows keys per shard, and a hot key shows what salting does.
 * Its state lives in the URL.
 */
export function HashRingVisualizer(props: EmbedProps) {
  const embed = readEmbedProps(props, ONLY_PRESET);
  const prefix = embed.prefix;
  const { state, notice, setState } = usePrefixedUrlState(decodeHashRingQuery, encodeHashRingQuery, HASH_RING_DEFAULTS, prefix);
  const hashes = useMemo(() => keyHashes(state.keyCount), [state.keyCount]);
  // Keyed by the operations' text, so moving the hot-key sliders does not replay every change.
  const opsKey = encodeRingOps(state.ops);
  const trace = useMemo(() => traceRing({ shards: state.shards, vnodes: state.vnodes }, decodeRingOps(opsKey) ?? [], hashes), [state.shards, state.vnodes, opsKey, hashes]);
  const timeline = useTimeline(trace.frames.length);
  const frame = trace.frames[timeline.position] ?? trace.frames[0]!;
  const id = useId();
  const SubHeading = `h${embed.headingLevel + 1}` as 'h3' | 'h4';
  const [keyText, setKeyText] = useState<string | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [opError, setOpError] = useState<string | null>(null);
  const finalShards = trace.final.ring.shards;
  const [removeChoice, setRemoveChoice] = useState<number | null>(null);
  const toRemove = removeChoice !== null && finalShards.includes(removeChoice) ? removeChoice : (finalShards[0] ?? 0);

  const shards = frame.ring.shards;
  const counts = useMemo(() => loadCounts(frame.owners, shards), [frame.owners, shards]);
  const modCounts = useMemo(() => loadCounts(frame.modOwners, shards), [frame.modOwners, shards]);
  const chart = useMemo(() => keyLoadChart(shards, counts, modCounts), [shards, counts, modCounts]);
  const spread = loadSpread(counts);
  const showMoves = frame.kind === 'moved' && frame.change !== null;
  const change = frame.change;
  const full = state.ops.length >= MAX_RING_OPS;
  const canAdd = finalShards.length < SHARD_RANGE.max;
  const canRemove = finalShards.length > SHARD_RANGE.min;

  function run(op: RingOp) {
    if (state.ops.length >= MAX_RING_OPS) {
      setOpError(`This ring keeps at most ${MAX_RING_OPS} changes, so a shared link stays short. Reset it to start again.`);
      return;
    }
    if (op.kind === 'add' && !canAdd) {
      setOpError(`This ring holds at most ${SHARD_RANGE.max} shards. Remove one first.`);
      return;
    }
    if (op.kind === 'remove' && !canRemove) {
      setOpError('The last shard cannot leave: every key needs somewhere to live.');
      return;
    }
    setOpError(null);
    timeline.reveal(trace.frames.length);
    setState({ ...state, ops: [...state.ops, op] });
  }

  function setStartShards(count: number) {
    timeline.toEnd();
    // Removals name shards; if they no longer fit the new starting ring, start without them.
    const keep = !('invalidAt' in applyOps(count, state.ops));
    setOpError(keep ? null : 'The added and removed shards were cleared: they did not fit a ring that starts with this many shards.');
    setState({ ...state, shards: count, ops: keep ? state.ops : [] }, true);
  }

  const moveDetail = (share: number | undefined, expected: number | undefined) =>
    share === undefined ? (frame.kind === 'start' ? 'add or remove a shard' : 'on the next step') : expected === undefined ? 'of all keys' : `of all keys; about ${percent(expected)} expected`;
  const expected = change && change.op.kind === 'add' ? expectedAddShare(change.before.ring.shards.length) : null;
  const n = shards.length;

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <VizHeading id={`${id}-title`} level={embed.headingLevel} title="Consistent hashing ring" problem={embed.problem} notice={notice} />

      <div className="viz-setup">
        <div className="viz-keyform">
          <p className="viz-label">Change the cluster</p>
          <div className="viz-buttons mt-0">
            <VizButton primary inactive={full || !canAdd} onClick={() => run({ kind: 'add' })}>
              Add a shard
            </VizButton>
          </div>
          <div className="viz-ring-remove mt-3">
            <div className="viz-field">
              <label htmlFor={`${id}-remove`} className="viz-label-small">
                Shard to remove
              </label>
              <select id={`${id}-remove`} className="widget-input viz-select" value={toRemove} onChange={(e) => setRemoveChoice(Number(e.target.value))}>
                {finalShards.map((s) => (
                  <option key={s} value={s}>
                    {shardName(s)}
                  </option>
                ))}
              </select>
            </div>
            <VizButton inactive={full || !canRemove} onClick={() => run({ kind: 'remove', shard: toRemove })}>
              Remove shard {shardName(toRemove)}
            </VizButton>
            <VizButton
              inactive={state.ops.length === 0}
              onClick={() => {
                setOpError(null);
                timeline.toEnd();
                setState({ ...state, ops: [] });
              }}
            >
              Reset
            </VizButton>
          </div>
          {opError && (
            <p className="widget-error viz-error" role="alert">
              {opError}
            </p>
          )}
          <div className="viz-field mt-3">
            <label htmlFor={`${id}-keys`} className="viz-label-small">
              Keys counted ({fmt(KEY_COUNT_RANGE.min)}–{fmt(KEY_COUNT_RANGE.max)})
            </label>
            <input
              id={`${id}-keys`}
              className="widget-input viz-key-input"
              inputMode="numeric"
              autoComplete="off"
              value={keyText ?? String(state.keyCount)}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={keyError ? `${id}-keys-error` : undefined}
              onChange={(e) => {
                const text = e.target.value;
                const parsed = readKeyCount(text);
                setKeyText(text);
                if (typeof parsed === 'string') {
                  setKeyError(parsed);
                  return;
                }
                setKeyError(null);
                timeline.toEnd();
                setState({ ...state, keyCount: parsed }, true);
              }}
              onBlur={() => {
                if (!keyError) setKeyText(null);
              }}
            />
            {keyError && (
              <p id={`${id}-keys-error`} className="widget-error viz-error" role="alert">
                {keyError}
              </p>
            )}
          </div>
        </div>
        <fieldset className="viz-settings">
          <legend className="viz-label">The ring (changing one replays every change)</legend>
          <RangeField
            id={`${id}-vnodes`}
            label="Virtual nodes per shard"
            shown={String(state.vnodes)}
            value={state.vnodes}
            min={VNODE_RANGE.min}
            max={VNODE_RANGE.max}
            valueText={`${state.vnodes} virtual ${state.vnodes === 1 ? 'node' : 'nodes'} per shard`}
            onChange={(vnodes) => {
              timeline.toEnd();
              setState({ ...state, vnodes }, true);
            }}
          />
          <RangeField
            id={`${id}-shards`}
            label="Shards at the start"
            shown={String(state.shards)}
            value={state.shards}
            min={SHARD_RANGE.min}
            max={SHARD_RANGE.max}
            valueText={`${state.shards} ${state.shards === 1 ? 'shard' : 'shards'}`}
            onChange={setStartShards}
          />
        </fieldset>
      </div>

      <StepControls idBase={id} timeline={timeline} count={trace.frames.length} label="Step through the changes" stepName={(i) => trace.frames[i]?.message ?? ''} />

      <p className="viz-caption" aria-live="polite" aria-atomic="true">
        {frame.op >= 0 && <span className="viz-caption-op">Change {frame.op + 1}: </span>}
        {frame.message}
      </p>

      <dl className="viz-stats">
        <Stat label="Shards" value={n} detail={`${fmt(frame.ring.tokens.length)} tokens, ${fmt(state.keyCount)} keys`} />
        <Stat label="Moved on the ring" value={showMoves ? percent(change!.ring.share) : '–'} detail={moveDetail(showMoves ? change!.ring.share : undefined, expected?.ring)} />
        <Stat label={`Moved by hash mod N`} value={showMoves ? percent(change!.modN.share) : '–'} detail={moveDetail(showMoves ? change!.modN.share : undefined, expected?.modN)} />
        <Stat label="Busiest shard" value={n === 1 ? '1×' : `${spread.maxOverMean.toFixed(2)}×`} detail="its keys ÷ an even share" />
      </dl>

      <div className="viz-ring-layout">
        <div className="viz-ring-canvas">
          <HashRingDiagram
            ring={frame.ring}
            owners={frame.owners}
            before={showMoves ? change!.before.owners : null}
            hashes={hashes}
            counts={counts}
            pending={frame.pending}
            pendingKind={frame.kind === 'join' ? 'join' : frame.kind === 'leave' ? 'leave' : null}
          />
        </div>
        <div className="viz-ring-schemes">
          {(
            [
              ['Consistent hashing ring', frame.owners, change?.ring, change?.before.owners],
              [`hash mod ${n}`, frame.modOwners, change?.modN, change?.before.modOwners],
            ] as const
          ).map(([title, owners, moved, before]) => (
            <div key={title} className="viz-ring-scheme">
              <p className="viz-ring-scheme-title">{title}</p>
              <p className="viz-ring-scheme-share">{showMoves && moved ? `${percent(moved.share)} moved` : '–'}</p>
              <p className="viz-note mt-0">
                {showMoves && moved ? `${fmt(moved.moved)} of ${fmt(moved.total)} keys changed shard.` : `Keys ${keyName(0)} to ${keyName(SAMPLE_KEYS - 1)}, by shard.`}
              </p>
              <HashRingKeyGrid title={title} owners={owners} before={showMoves && before ? before : null} />
            </div>
          ))}
        </div>
      </div>
      <ul className="viz-legend" aria-label="Shards and marks in the drawing">
        {shards.map((s) => (
          <li key={s}>
            <span className="viz-swatch viz-swatch-shard" style={{ background: shardColor(s) }} aria-hidden="true" /> {shardName(s)}
          </li>
        ))}
        <li>
          <span className="viz-swatch viz-swatch-moved" aria-hidden="true" /> key that moved (outlined dot, B→E cell)
        </li>
      </ul>
      <p className="viz-note">
        Dots are the keys {keyName(0)} to {keyName(SAMPLE_KEYS - 1)}; every figure counts all {fmt(state.keyCount)}. The hash is FNV-1a with MurmurHash3’s finaliser, the same in
        every browser.
      </p>

      <History
        title={`Changes (${state.ops.length} of at most ${MAX_RING_OPS})`}
        summaries={trace.summaries}
        starts={trace.opStarts}
        current={frame.op}
        onJump={timeline.goTo}
        empty="No changes yet: add or remove a shard above."
      />

      <div className="viz-chart">
        <SubHeading className="viz-subtitle">Keys per shard</SubHeading>
        <ChartFigure title={`Keys per shard on the ring and under hash mod ${n} (dashed line: an even share)`} summary={chart.summary} data={{ ...chart.table, numeric: [1, 2] }} height={260}>
          <ShardLoadChart model={chart} />
        </ChartFigure>
      </div>

      <HashRingHotKey
        idBase={id}
        ring={trace.final.ring}
        counts={trace.final.counts}
        hotPercent={state.hotPercent}
        salt={state.salt}
        SubHeading={SubHeading}
        onChange={(next) => setState({ ...state, ...next }, true)}
      />
    </section>
  );
}
