'use client';

import { useId, useMemo, useState } from 'react';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { expectedFalsePositiveRate } from '@/lib/instruments/lsm-tree/bloom';
import { readAmplification, writeAmplification } from '@/lib/instruments/lsm-tree/amplification';
import { ENTRY_BYTES, type LsmConfig } from '@/lib/instruments/lsm-tree/types';
import { randomKeys, traceLsm, type LsmOp } from '@/lib/instruments/lsm-tree/trace';
import { readWholeKey } from '@/lib/instruments/key-input';
import { decodeLsmQuery, encodeLsmQuery, LSM_DEFAULTS, LSM_KEY_RANGE, LSM_RANGES, MAX_LSM_OPS, type LsmUrlState } from '@/lib/instruments/lsm-tree/url';
import { LsmDiagram } from './LsmDiagram';
import { History, Stat } from '../kit/parts';
import { StepControls, VizButton } from '../kit/StepControls';
import { useTimeline } from '../kit/use-timeline';
import { useUrlState, type UrlCodec } from '../kit/use-url-state';

const ONLY_PRESET = [{ id: 'default' }] as const;
const RANDOM_BATCH = 4;
const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
const ratio = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}×`;
const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
const percent = (p: number) => `${(p * 100).toLocaleString('en-US', { maximumFractionDigits: p < 0.01 ? 2 : 1 })}%`;

const SETTINGS: Array<{ key: keyof LsmConfig; label: string; text: (value: number) => string }> = [
  { key: 'memtableSize', label: 'Memtable size', text: (v) => `${v} entries` },
  { key: 'l0Trigger', label: 'Level 0 compaction trigger', text: (v) => `${v} files` },
  { key: 'sizeRatio', label: 'Size ratio between levels', text: (v) => `${v}×` },
  { key: 'bitsPerKey', label: 'Bloom filter bits per key', text: (v) => `${v} bits, about ${percent(expectedFalsePositiveRate(v))} false positives` },
];

/**
 * The LSM-tree visualizer: writes fill the memtable, flush to Level 0 and compact down the levels; reads
 * check the memtable and then file after file, with bloom filters skipping most. Running counters show
 * write amplification and read amplification with and without filters. Its state lives in the URL.
 */
export function LsmVisualizer(props: EmbedProps) {
  const embed = readEmbedProps(props, ONLY_PRESET);
  const prefix = embed.prefix;
  const codec = useMemo<UrlCodec<LsmUrlState>>(
    () => ({
      decode: (search) => decodeLsmQuery(search, LSM_DEFAULTS, prefix),
      encode: (state, current) => encodeLsmQuery(state, current, LSM_DEFAULTS, prefix),
    }),
    [prefix],
  );
  const { state, notice, setState } = useUrlState(codec);
  const trace = useMemo(() => traceLsm(state.config, state.ops), [state.config, state.ops]);
  const timeline = useTimeline(trace.frames.length);
  const frame = trace.frames[timeline.position] ?? trace.frames[0]!;
  const id = useId();
  const [keyText, setKeyText] = useState('42');
  const [error, setError] = useState<string | null>(null);
  const full = state.ops.length >= MAX_LSM_OPS;
  const Heading = `h${embed.headingLevel}` as 'h2' | 'h3';
  const c = frame.state.counters;
  const wa = writeAmplification(c);
  const ra = readAmplification(c);

  function run(ops: LsmOp[]) {
    if (state.ops.length + ops.length > MAX_LSM_OPS) {
      setError(`This visualizer keeps at most ${MAX_LSM_OPS} operations, so a shared link stays short. Clear it to start again.`);
      return;
    }
    setError(null);
    timeline.reveal(trace.frames.length);
    setState({ ...state, ops: [...state.ops, ...ops] });
  }

  function submit(kind: LsmOp['kind']) {
    const key = readWholeKey(keyText, LSM_KEY_RANGE);
    if (typeof key === 'string') setError(key);
    else run([{ kind, key }]);
  }

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="viz-title">
        LSM-tree visualizer
      </Heading>
      {embed.problem && <p className="widget-notice mt-3">{embed.problem}</p>}
      {notice && (
        <p role="status" className="widget-notice mt-3">
          {notice}
        </p>
      )}

      <div className="viz-setup">
        <form
          className="viz-keyform"
          onSubmit={(event) => {
            event.preventDefault();
            submit('write');
          }}
        >
          <div className="viz-field">
            <label htmlFor={`${id}-key`} className="viz-label">
              Key ({LSM_KEY_RANGE.min}–{LSM_KEY_RANGE.max})
            </label>
            <input
              id={`${id}-key`}
              className="widget-input viz-key-input"
              inputMode="numeric"
              autoComplete="off"
              value={keyText}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-key-error` : undefined}
              onChange={(e) => setKeyText(e.target.value)}
            />
          </div>
          <div className="viz-buttons">
            <VizButton type="submit" primary inactive={full}>
              Write
            </VizButton>
            <VizButton inactive={full} onClick={() => submit('read')}>
              Read
            </VizButton>
            <VizButton inactive={full} onClick={() => submit('delete')}>
              Delete
            </VizButton>
            <VizButton inactive={full} onClick={() => run(randomKeys(RANDOM_BATCH, state.ops.length + 1).map((key) => ({ kind: 'write', key })))}>
              Write {RANDOM_BATCH} random keys
            </VizButton>
            <VizButton
              inactive={state.ops.length === 0}
              onClick={() => {
                setError(null);
                timeline.toEnd();
                setState({ ...state, ops: [] });
              }}
            >
              Clear
            </VizButton>
          </div>
          {error && (
            <p id={`${id}-key-error`} className="widget-error viz-error" role="alert">
              {error}
            </p>
          )}
        </form>
        <fieldset className="viz-settings">
          <legend className="viz-label">Settings (changing one replays every operation)</legend>
          {SETTINGS.map((s) => {
            const range = LSM_RANGES[s.key];
            const value = state.config[s.key];
            return (
              <div key={s.key} className="viz-field">
                <label htmlFor={`${id}-${s.key}`} className="viz-label-small">
                  {s.label}: <strong>{s.text(value)}</strong>
                </label>
                <input
                  id={`${id}-${s.key}`}
                  type="range"
                  className="viz-range"
                  min={range.min}
                  max={range.max}
                  step={1}
                  value={value}
                  aria-valuetext={s.text(value)}
                  onChange={(e) => {
                    timeline.toEnd();
                    setState({ ...state, config: { ...state.config, [s.key]: Number(e.target.value) } }, true);
                  }}
                />
              </div>
            );
          })}
        </fieldset>
      </div>

      <StepControls idBase={id} timeline={timeline} count={trace.frames.length} label="Step through the operations" stepName={(i) => trace.frames[i]?.message ?? ''} />

      <p className="viz-caption" aria-live="polite" aria-atomic="true">
        {frame.op >= 0 && <span className="viz-caption-op">Operation {frame.op + 1}: </span>}
        {frame.message}
      </p>

      <dl className="viz-stats">
        <Stat
          label="Write amplification"
          value={c.userBytes ? ratio(wa) : '–'}
          detail={`(log ${bytes(c.walBytes)} + flushes ${bytes(c.flushBytes)} + compaction ${bytes(c.compactionBytes)}) ÷ ${bytes(c.userBytes)} written`}
        />
        <Stat
          label="Read amplification"
          value={c.reads ? ratio(ra.withFilters) : '–'}
          detail={
            frame.read && frame.kind !== 'read-result'
              ? `this read so far: ${files(frame.read.withFilters)} with filters, ${files(frame.read.withoutFilters)} without`
              : c.reads
                ? `files read per lookup with bloom filters; ${ratio(ra.withoutFilters)} without, over ${c.reads} ${c.reads === 1 ? 'read' : 'reads'}`
                : 'no reads yet: read a key'
          }
        />
        <Stat label="Flushes" value={c.flushes} detail={`${bytes(c.flushBytes)} to Level 0`} />
        <Stat label="Compactions" value={c.compactions} detail={`${bytes(c.compactionBytes)} rewritten`} />
        <Stat
          label="False positives"
          value={c.falsePositives + (frame.read && frame.kind !== 'read-result' ? frame.read.falsePositives : 0)}
          detail={`expected rate ${percent(expectedFalsePositiveRate(state.config.bitsPerKey))} per file checked`} />
      </dl>

      <div className="viz-canvas viz-canvas-lsm" role="group" aria-label="The memtable and the levels on disk">
        <LsmDiagram frame={frame} config={state.config} />
      </div>
      <p className="viz-note">Each entry is a key and value of about {ENTRY_BYTES} bytes. A struck-through key is a tombstone (a delete).</p>

      <History
        title={`Operations (${state.ops.length} of at most ${MAX_LSM_OPS})`}
        summaries={trace.summaries}
        starts={trace.opStarts}
        current={frame.op}
        onJump={timeline.goTo}
        empty="No operations yet: write a key above."
      />
    </section>
  );
}
