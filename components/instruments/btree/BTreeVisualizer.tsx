'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ChartFigure, ChartLoading } from '@/components/instruments/kit/ChartFigure';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { heightChart, KEY_TYPES, type KeyTypeId } from '@/lib/instruments/btree/height';
import { layoutTrees } from '@/lib/instruments/btree/layout';
import { describeTree, traceOps, type BTreeOp } from '@/lib/instruments/btree/trace';
import { treeHeight } from '@/lib/instruments/btree/tree';
import { readWholeKey } from '@/lib/instruments/key-input';
import { BTREE_DEFAULTS, decodeBTreeQuery, encodeBTreeQuery, KEY_RANGE, MAX_OPS, ORDER_RANGE, type BTreeUrlState } from '@/lib/instruments/btree/url';
import type { ResultTable } from '@/lib/instruments/form/markdown';
import { BTreeDiagram, TREE_PAD } from './BTreeDiagram';
import { History, Stat } from '../kit/parts';
import { StepControls, VizButton } from '../kit/StepControls';
import { useTimeline } from '../kit/use-timeline';
import { useUrlState, type UrlCodec } from '../kit/use-url-state';

// Recharts is its own chunk, loaded after the tree is on screen.
const BTreeHeightChart = dynamic(() => import('./BTreeHeightChart').then((m) => m.BTreeHeightChart), { ssr: false, loading: ChartLoading });

const ONLY_PRESET = [{ id: 'default' }] as const;
const RANDOM_BATCH = 5;

function randomNewKeys(taken: ReadonlySet<number>, count: number): number[] {
  const keys: number[] = [];
  for (let tries = 0; keys.length < count && tries < 10_000; tries++) {
    const key = KEY_RANGE.min + Math.floor(Math.random() * (KEY_RANGE.max - KEY_RANGE.min + 1));
    if (!taken.has(key) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * The B-tree visualizer: insert and search keys at a chosen fan-out and watch each step (the search path
 * with its comparisons, a leaf filling, splits and the separator going up, a new root), with a chart of
 * tree height against rows for this fan-out and for an 8 kB page. Its state lives in the URL.
 */
export function BTreeVisualizer(props: EmbedProps) {
  const embed = readEmbedProps(props, ONLY_PRESET);
  const prefix = embed.prefix;
  const codec = useMemo<UrlCodec<BTreeUrlState>>(
    () => ({
      decode: (search) => decodeBTreeQuery(search, BTREE_DEFAULTS, prefix),
      encode: (state, current) => encodeBTreeQuery(state, current, BTREE_DEFAULTS, prefix),
    }),
    [prefix],
  );
  const { state, notice, setState } = useUrlState(codec);
  const trace = useMemo(() => traceOps(state.order, state.ops), [state.order, state.ops]);
  const timeline = useTimeline(trace.frames.length);
  const frame = trace.frames[timeline.position] ?? trace.frames[0]!;
  const chart = useMemo(() => heightChart(state.order, state.keyType), [state.order, state.keyType]);
  const layout = useMemo(() => layoutTrees(frame.roots), [frame.roots]);
  const [fit, setFit] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  const reduced = timeline.reducedMotion;

  // Keep the page the step is about in view when the tree is wider than its box.
  useEffect(() => {
    const box = canvas.current;
    const focus = layout.nodes.find((n) => n.node.id === frame.focus);
    if (!box || !focus || fit || box.scrollWidth <= box.clientWidth) return;
    const inset = parseFloat(getComputedStyle(box).paddingLeft) || 0;
    const left = inset + TREE_PAD + focus.x + focus.width / 2 - box.clientWidth / 2;
    box.scrollTo({ left: Math.max(0, left), behavior: reduced ? 'auto' : 'smooth' });
  }, [frame, layout, fit, reduced]);
  const id = useId();
  const [keyText, setKeyText] = useState('25');
  const [error, setError] = useState<string | null>(null);
  const full = state.ops.length >= MAX_OPS;
  const Heading = `h${embed.headingLevel}` as 'h2' | 'h3';
  const SubHeading = `h${embed.headingLevel + 1}` as 'h3' | 'h4';
  const currentTree = trace.tree;
  const inserted = useMemo(() => new Set(state.ops.filter((o) => o.kind === 'insert').map((o) => o.key)), [state.ops]);

  function run(ops: BTreeOp[]) {
    if (state.ops.length + ops.length > MAX_OPS) {
      setError(`This tree keeps at most ${MAX_OPS} operations, so a shared link stays short. Clear it to start again.`);
      return;
    }
    timeline.reveal(trace.frames.length);
    setState({ ...state, ops: [...state.ops, ...ops] });
  }

  function submit(kind: BTreeOp['kind']) {
    const key = readWholeKey(keyText, KEY_RANGE);
    if (typeof key === 'string') {
      setError(key);
      return;
    }
    setError(null);
    run([{ kind, key }]);
  }

  const opIndex = frame.op;
  const table: ResultTable = {
    caption: 'Tree height in levels by row count',
    headers: ['Rows', ...chart.series.map((s) => s.label)],
    numeric: [1, 2, 3, 4],
    rows: chart.table.map((row) => [row.rows.toLocaleString('en-US'), ...row.values.map(String)]),
  };

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="viz-title">
        B-tree visualizer
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
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            submit('insert');
          }}
        >
          <div className="viz-field">
            <label htmlFor={`${id}-key`} className="viz-label">
              Key ({KEY_RANGE.min}–{KEY_RANGE.max})
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
              Insert
            </VizButton>
            <VizButton inactive={full} onClick={() => submit('search')}>
              Search
            </VizButton>
            <VizButton inactive={full} onClick={() => run(randomNewKeys(inserted, RANDOM_BATCH).map((key) => ({ kind: 'insert', key })))}>
              Insert {RANDOM_BATCH} random keys
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
        <div className="viz-field">
          <label htmlFor={`${id}-order`} className="viz-label">
            Fan-out: at most <strong>{state.order}</strong> children, {state.order - 1} keys per page
          </label>
          <input
            id={`${id}-order`}
            type="range"
            className="viz-range"
            min={ORDER_RANGE.min}
            max={ORDER_RANGE.max}
            step={1}
            value={state.order}
            aria-valuetext={`${state.order} children, ${state.order - 1} keys per page`}
            onChange={(e) => {
              timeline.toEnd();
              setState({ ...state, order: Number(e.target.value) }, true);
            }}
          />
        </div>
      </div>

      <StepControls
        idBase={id}
        timeline={timeline}
        count={trace.frames.length}
        label="Step through the operations"
        stepName={(i) => trace.frames[i]?.message ?? ''}
      />

      <p className="viz-caption" aria-live="polite" aria-atomic="true">
        {opIndex >= 0 && <span className="viz-caption-op">Operation {opIndex + 1}: </span>}
        {frame.message}
      </p>

      <dl className="viz-stats">
        <Stat label="Comparisons" value={frame.comparisons} detail="this operation" />
        <Stat label="Pages read" value={frame.pagesRead} detail="one per level" />
        <Stat label="Splits" value={frame.splits} detail={`this operation, ${trace.totalSplits} in all`} />
        <Stat label="Keys" value={frame.size} detail={`height ${treeHeight(frame.roots[0] ?? currentTree.root)} ${treeHeight(frame.roots[0] ?? currentTree.root) === 1 ? 'level' : 'levels'}`} />
      </dl>

      <div ref={canvas} className="viz-canvas" role="region" aria-label="B-tree drawing (scrolls sideways when wide)" tabIndex={0}>
        <BTreeDiagram frame={frame} layout={layout} fit={fit} transitionMs={reduced ? 0 : Math.min(400, timeline.stepMs * 0.6)} />
      </div>
      <label className="viz-check viz-check-sans mt-2">
        <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} />
        Fit the whole tree in the box
      </label>
      <ul className="viz-legend" aria-label="Colours in the drawing">
        <li><span className="viz-swatch viz-swatch-path" aria-hidden="true" /> pages read</li>
        <li><span className="viz-swatch viz-swatch-focus" aria-hidden="true" /> page in focus</li>
        <li><span className="viz-swatch viz-swatch-mark" aria-hidden="true" /> key placed or found</li>
        <li><span className="viz-swatch viz-swatch-overflow" aria-hidden="true" /> over capacity</li>
        <li><span className="viz-swatch viz-swatch-pending" aria-hidden="true" /> pointer waiting for its separator</li>
      </ul>
      <p className="viz-note">Comparisons here scan each page left to right. Real engines binary-search a page: about 9 comparisons for 400 keys.</p>

      <History
        title={`Operations (${state.ops.length} of at most ${MAX_OPS})`}
        summaries={trace.summaries}
        starts={trace.opStarts}
        current={opIndex}
        onJump={timeline.goTo}
        empty="No keys yet: insert one above."
      />

      <div className="viz-chart">
        <SubHeading className="viz-subtitle">Height against rows</SubHeading>
        <div className="viz-field viz-field-inline">
          <label htmlFor={`${id}-keytype`} className="viz-label">
            Key type for the 8 kB page
          </label>
          <select
            id={`${id}-keytype`}
            className="widget-input viz-select"
            value={state.keyType}
            onChange={(e) => setState({ ...state, keyType: e.target.value as KeyTypeId }, true)}
          >
            {KEY_TYPES.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <ChartFigure title={`Levels needed for fan-out ${state.order} and for an 8 kB page of ${chart.pageFanOut} keys`} summary={chart.summary} data={table} height={300}>
          <BTreeHeightChart model={chart} rows={currentTree.size} height={treeHeight(currentTree.root)} />
        </ChartFigure>
        <p className="viz-note">The dot is your tree: {describeTree(currentTree)}</p>
      </div>
    </section>
  );
}
