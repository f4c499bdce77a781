'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { DOWNLOAD_SIZE_TEXT } from '@/lib/instruments/query-plans/assets';
import { comparePlans, type PlanRun } from '@/lib/instruments/query-plans/compare';
import { createIndexSql, formatIndexColumns, parseIndexColumns } from '@/lib/instruments/query-plans/index-spec';
import { checkQuery } from '@/lib/instruments/query-plans/query-input';
import { QUERY_PRESETS, type QueryPreset } from '@/lib/instruments/query-plans/presets';
import { ORDERS_ROW_COUNT, ORDERS_TABLE_SQL } from '@/lib/instruments/query-plans/seed';
import type { ExistingIndex, ExplainOutcome } from '@/lib/instruments/query-plans/session';
import { decodePlaygroundState, encodePlaygroundState, presetState, type PlaygroundState } from '@/lib/instruments/query-plans/url';
import { msText, planRowsExamined } from '@/lib/instruments/query-plans/summary';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { useUrlState, type UrlCodec } from '@/components/instruments/kit/use-url-state';
import { DatabaseStoppedError, PlaygroundDatabase, type DatabaseReply, type StartProgress } from './database-client';
import { PlanComparisonTable } from './PlanComparisonTable';
import { PlanTree } from './PlanTree';

const PRESETS = QUERY_PRESETS as unknown as readonly [QueryPreset, ...QueryPreset[]];

type Phase = 'idle' | 'loading' | 'ready' | 'busy' | 'stopped' | 'failed';

/** One EXPLAIN ANALYZE the reader ran, with the index present at the time. */
interface Run {
  query: string;
  index: ExistingIndex | null;
  outcome: ExplainOutcome;
}

/** SQL and column names are code: no spell-checking, capitals or corrections from the keyboard. */
const CODE_FIELD = { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } as const;

const MB = (bytes: number) => (bytes / 1e6).toFixed(1);

function progressText(progress: StartProgress | null): string {
  if (!progress || progress.stage === 'download') return 'Downloading PostgreSQL…';
  if (progress.stage === 'start') return 'Starting PostgreSQL and creating an empty database…';
  return `Filling the orders table with ${ORDERS_ROW_COUNT.toLocaleString('en-US')} rows and gathering statistics…`;
}

/** "orders_created_at_idx (created_at)", from PostgreSQL's own definition of the index. */
function indexLabel(index: ExistingIndex): string {
  const columns = /\(([^)]*)\)\s*$/.exec(index.definition)?.[1];
  return columns ? `${index.name} (${columns})` : index.name;
}

/**
 * The query-plan playground: PostgreSQL (PGlite, in a worker) on a seeded orders table. The reader picks or
 * writes a query, runs EXPLAIN ANALYZE, adds an index, runs it again, and compares. Nothing of PGlite is
 * downloaded until the load button is pressed. The example, query and index columns live in the URL.
 */
export function QueryPlanPlayground(props: EmbedProps) {
  const embed = readEmbedProps(props, PRESETS);
  const { prefix } = embed;
  const fallback = embed.preset;
  const codec = useMemo<UrlCodec<PlaygroundState>>(
    () => ({
      decode: (search) => decodePlaygroundState(search, prefix, fallback),
      encode: (state, current) => encodePlaygroundState(state, current, prefix, fallback),
    }),
    [prefix, fallback],
  );
  const { state, notice, setState } = useUrlState(codec);
  const id = useId();
  const Heading = `h${embed.headingLevel}` as 'h2' | 'h3';
  const Sub = `h${embed.headingLevel + 1}` as 'h3' | 'h4';

  const database = useRef<PlaygroundDatabase | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<StartProgress | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [queryError, setQueryError] = useState<{ query: string; message: string } | null>(null);
  const [indexes, setIndexes] = useState<ExistingIndex[]>([]);
  const [runs, setRuns] = useState<Run[]>([]);

  useEffect(() => () => database.current?.stop(), []);

  const parsedIndex = parseIndexColumns(state.indexColumns);
  const currentIndex = indexes[0] ?? null;
  const busy = phase === 'busy';
  const shownError = queryError && queryError.query === state.query ? queryError.message : null;

  // The runs of the query now in the field: the latest, and the latest without and with an index.
  const ofQuery = runs.filter((r) => r.query === state.query);
  const latest = ofQuery.at(-1) ?? null;
  const before = ofQuery.findLast((r) => r.index === null) ?? null;
  const after = ofQuery.findLast((r) => r.index !== null) ?? null;
  const asRun = (r: Run): PlanRun => ({ plan: r.outcome.plan, index: r.index ? indexLabel(r.index) : null });
  const comparison = before && after ? comparePlans(asRun(before), asRun(after)) : null;

  function failed(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    database.current?.stop();
    database.current = null;
    setIndexes([]);
    setPhase(error instanceof DatabaseStoppedError ? 'stopped' : 'failed');
    setProblem(message);
    setStatus(error instanceof DatabaseStoppedError ? `${message} Load it again to go on.` : `PostgreSQL could not run: ${message}`);
  }

  async function load() {
    if (phase === 'loading' || phase === 'busy') return;
    setPhase('loading');
    setProblem(null);
    setProgress(null);
    setStatus(`Downloading PostgreSQL (${DOWNLOAD_SIZE_TEXT})…`);
    let lastStage: StartProgress['stage'] = 'download';
    const db = new PlaygroundDatabase((p) => {
      setProgress(p);
      if (p.stage !== lastStage) {
        lastStage = p.stage;
        setStatus(progressText(p));
      }
    });
    database.current = db;
    try {
      const reply = await db.start();
      setIndexes(reply.indexes);
      setRuns([]);
      setPhase('ready');
      setStatus(`Ready: orders has ${ORDERS_ROW_COUNT.toLocaleString('en-US')} rows and no index besides its primary key. Run EXPLAIN ANALYZE.`);
    } catch (error) {
      failed(error);
    }
  }

  async function act(label: string, request: (db: PlaygroundDatabase) => Promise<DatabaseReply>, after: (reply: DatabaseReply) => string) {
    const db = database.current;
    if (!db || phase !== 'ready') return;
    setPhase('busy');
    setStatus(label);
    try {
      const reply = await request(db);
      setIndexes(reply.indexes);
      setPhase('ready');
      setStatus(after(reply));
    } catch (error) {
      failed(error);
    }
  }

  function explain() {
    const query = state.query;
    const index = currentIndex;
    // What the playground will not run (nothing, or a statement other than a SELECT) is said next to the field
    // without a round trip, and the status line does not blame PostgreSQL for it.
    const checked = checkQuery(query);
    if (!checked.ok) {
      setQueryError({ query, message: checked.message });
      setStatus('Nothing was run: the note under the query says why.');
      return;
    }
    void act('Running EXPLAIN ANALYZE…', (db) => db.explain(query), (reply) => {
      const explained = reply.explained;
      if (!explained) return 'No plan came back.';
      if (!explained.ok) {
        setQueryError({ query, message: explained.message });
        return 'PostgreSQL reported an error; it is shown under the query.';
      }
      setQueryError(null);
      setRuns((all) => [...all.slice(-19), { query, index, outcome: explained.outcome }]);
      const plan = explained.outcome.plan;
      return `Plan ready: ${plan.root.nodeType} at the top, ${msText(plan.executionMs)} to execute, ${planRowsExamined(plan.root).toLocaleString('en-US')} table rows examined.`;
    });
  }

  function createIndex() {
    if (!parsedIndex.ok) return;
    const spec = parsedIndex.spec;
    void act(`Creating the index on orders (${formatIndexColumns(spec)})…`, (db) => db.createIndex(spec), (reply) =>
      reply.indexes[0] ? `Index ${indexLabel(reply.indexes[0])} created. Run EXPLAIN ANALYZE again to compare.` : 'The index was not created.',
    );
  }

  function dropIndex() {
    void act('Dropping the index…', (db) => db.dropIndex(), () => 'Index dropped: orders has only its primary key again.');
  }

  function choosePreset(preset: QueryPreset) {
    setState(presetState(preset));
  }

  const loaded = phase === 'ready' || phase === 'busy';
  const downloadShare = progress?.stage === 'download' && progress.totalBytes ? progress.loadedBytes / progress.totalBytes : null;

  return (
    <section className="qp not-prose @container" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="viz-title">
        Query plan playground
      </Heading>
      <p className="viz-note">
        PostgreSQL compiled to WebAssembly (PGlite) runs in your browser on a table of {ORDERS_ROW_COUNT.toLocaleString('en-US')} orders. Run
        EXPLAIN ANALYZE, add an index, run it again, and compare. Nothing leaves your device.
      </p>
      {embed.problem && <p className="widget-notice mt-3">{embed.problem}</p>}
      {notice && (
        <p role="status" className="widget-notice mt-3">
          {notice}
        </p>
      )}

      <details className="qp-details mt-3">
        <summary>The orders table</summary>
        <pre className="qp-pre">
          <code>{ORDERS_TABLE_SQL}</code>
        </pre>
        <p className="viz-note">
          Orders arrive every five minutes from 1 January 2024, spread over 5,000 customers (20 each); 80% shipped, 15% pending, 4% cancelled, 1%
          refunded. Every row is computed from its id, so the table is the same for every reader.
        </p>
      </details>

      <div className="qp-form">
        <div className="viz-field">
          <label htmlFor={`${id}-preset`} className="viz-label">
            Example query
          </label>
          <select
            id={`${id}-preset`}
            className="widget-input viz-select viz-preset"
            value={state.query === state.preset.sql ? state.preset.id : ''}
            onChange={(e) => {
              const preset = QUERY_PRESETS.find((p) => p.id === e.target.value);
              if (preset) choosePreset(preset);
            }}
          >
            <option value="" disabled>
              Your own query
            </option>
            {QUERY_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {state.query === state.preset.sql && <p className="viz-note">{state.preset.hint}</p>}
        </div>

        <div className="viz-field">
          <label htmlFor={`${id}-query`} className="viz-label">
            Query
          </label>
          <textarea
            id={`${id}-query`}
            className="widget-input qp-query"
            rows={Math.min(10, Math.max(4, state.query.split('\n').length + 1))}
            {...CODE_FIELD}
            value={state.query}
            aria-invalid={shownError ? true : undefined}
            aria-describedby={`${id}-query-help${shownError ? ` ${id}-query-error` : ''}`}
            onChange={(e) => setState({ ...state, query: e.target.value }, true)}
          />
          <p id={`${id}-query-help`} className="viz-note">
            One SELECT query; the playground puts EXPLAIN (ANALYZE, BUFFERS) in front of it. Statements that change tables are refused.
          </p>
          {shownError && (
            <p id={`${id}-query-error`} className="viz-error widget-error" role="alert">
              {shownError}
            </p>
          )}
        </div>

        <div className="viz-field">
          <label htmlFor={`${id}-index`} className="viz-label">
            Index columns
          </label>
          <input
            id={`${id}-index`}
            className="widget-input qp-index-input"
            value={state.indexColumns}
            {...CODE_FIELD}
            aria-invalid={parsedIndex.ok ? undefined : true}
            aria-describedby={`${id}-index-help`}
            onChange={(e) => setState({ ...state, indexColumns: e.target.value }, true)}
          />
          <p id={`${id}-index-help`} className={parsedIndex.ok ? 'viz-note' : 'viz-error widget-error'}>
            {parsedIndex.ok ? (
              <>
                Runs <code>{createIndexSql(parsedIndex.spec)}</code>. The playground keeps one index besides the primary key.
              </>
            ) : (
              parsedIndex.message
            )}
          </p>
        </div>
      </div>

      {!loaded && (
        <div className="qp-load">
          <button type="button" className="viz-button viz-button-primary" onClick={() => void load()} aria-disabled={phase === 'loading' || undefined}>
            {phase === 'stopped' || phase === 'failed' ? `Load PostgreSQL again (${DOWNLOAD_SIZE_TEXT})` : `Load PostgreSQL in your browser (${DOWNLOAD_SIZE_TEXT})`}
          </button>
          {phase === 'idle' && (
            <p className="viz-note">Nothing is downloaded until you press the button. Starting PostgreSQL takes a few seconds more on a slow device.</p>
          )}
          {phase === 'loading' && downloadShare !== null && progress && (
            <p className="qp-progress">
              <progress value={downloadShare} max={1} aria-label="Download progress" />
              <span className="tabular-nums">
                {MB(progress.loadedBytes)} of {MB(progress.totalBytes ?? 0)} MB
              </span>
            </p>
          )}
        </div>
      )}

      {loaded && (
        <div className="viz-buttons" role="group" aria-label="Database actions">
          <button type="button" className="viz-button viz-button-primary" aria-disabled={busy || undefined} onClick={() => !busy && explain()}>
            EXPLAIN ANALYZE
          </button>
          <button
            type="button"
            className="viz-button"
            aria-disabled={busy || !parsedIndex.ok || undefined}
            onClick={() => !busy && createIndex()}
          >
            {parsedIndex.ok ? `Create index on orders (${formatIndexColumns(parsedIndex.spec)})` : 'Create index'}
          </button>
          <button type="button" className="viz-button" aria-disabled={busy || !currentIndex || undefined} onClick={() => !busy && currentIndex && dropIndex()}>
            Drop index
          </button>
        </div>
      )}
      {loaded && <p className="viz-note">{currentIndex ? `Index on orders: ${indexLabel(currentIndex)}.` : 'No index on orders besides its primary key (id).'}</p>}

      <p className="qp-status" role="status" aria-live="polite">
        {status}
      </p>
      {problem && phase === 'failed' && <p className="widget-notice">{problem}</p>}

      {comparison && before && after && (
        <>
          <Sub className="viz-subtitle">Without and with the index</Sub>
          <p className="qp-verdict">{comparison.sentence}</p>
          <PlanComparisonTable comparison={comparison} caption="The latest run without the index against the latest run with it" />
          <p className="viz-note">Times vary from run to run by a fraction of a millisecond or more; run each side twice to see how much.</p>
        </>
      )}

      {latest && (
        <>
          <Sub className="viz-subtitle">
            Plan, {latest.index ? `with ${indexLabel(latest.index)}` : 'without an index'}
          </Sub>
          <dl className="qp-totals">
            <div>
              <dt>Execution</dt>
              <dd>{msText(latest.outcome.plan.executionMs)}</dd>
            </div>
            <div>
              <dt>Planning</dt>
              <dd>{msText(latest.outcome.plan.planningMs)}</dd>
            </div>
            <div>
              <dt>Table rows examined</dt>
              <dd>{planRowsExamined(latest.outcome.plan.root).toLocaleString('en-US')}</dd>
            </div>
          </dl>
          <PlanTree root={latest.outcome.plan.root} label="Query plan, top node first" />
          <details className="qp-details">
            <summary>PostgreSQL’s text plan</summary>
            <p className="viz-note">From a second run of the same EXPLAIN ANALYZE, in the layout psql prints; its times differ a little from the tree’s.</p>
            <pre className="qp-pre" tabIndex={0} aria-label="Text plan">
              <code>{latest.outcome.text}</code>
            </pre>
          </details>
        </>
      )}
    </section>
  );
}
