'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { announceStep } from '@/lib/isolation/lab/explain';
import { BAD_URL_KEY, urlPrefix } from '@/lib/instruments/url';
import { hasLabParams } from '@/lib/isolation/lab/params';
import { CUSTOM_SCENARIO, decodeLabQuery, encodeLabQuery, type LabEngineView, type LabState } from '@/lib/isolation/lab/url';
import { buildLabRun, CUSTOM_TEMPLATE, libraryScriptText, matchLibraryScenario, readLabProps, resolveStep } from '@/lib/isolation/lab/model';
import { parseLabScript, scriptToInput } from '@/lib/isolation/lab/script';
import type { IsolationLevel } from '@/lib/isolation/engine/types';
import { writeHistory, type HistoryMode } from '../kit/use-url-state';
import { EngineComparison } from './EngineComparison';
import { LabControls, SPEEDS } from './LabControls';
import { InlineCode } from './InlineCode';
import { LabSetup } from './LabSetup';
import { RunDiagram } from './RunDiagram';
import { ScriptEditor } from './ScriptEditor';
import { SessionLanes } from './SessionLanes';
import { StepPanel } from './StepPanel';
import { VersionsView } from './VersionsView';

/** Props a lesson (or the tools page) gives the lab. Values from MDX are checked, never trusted. */
export interface IsolationLabProps {
  scenario?: unknown;
  level?: unknown;
  /** Prefix for the lab's URL parameters, needed only when two labs share a page. */
  urlKey?: unknown;
  /** Level of the lab's own heading (2 on the tools page, 3 in a lesson). */
  headingLevel?: unknown;
}

interface LabLocal {
  scenario: string;
  level: IsolationLevel;
  step: number;
  /** The reader's applied script (used when scenario is custom). */
  custom: string;
  /** PostgreSQL alone, or PostgreSQL compared with the InnoDB model. */
  engine: LabEngineView;
  notice: string | null;
}

/**
 * Reads the lab's state from the props and the URL: when it starts, and again after Back or Forward. The lab
 * only ever renders in the browser (see IsolationLabIsland).
 */
function stateFromUrl(props: IsolationLabProps, prefix: string): LabLocal {
  const fromProps = readLabProps(props);
  const defaults: LabState = { scenario: fromProps.scenario, level: fromProps.level, step: 0 };
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const decoded = decodeLabQuery(search, defaults, prefix);
  const { state } = decoded;
  let notice = decoded.notice;
  const built = buildLabRun(state.scenario, state.level, state.script ?? '');
  const total = built.ok ? built.run.trace.steps.length : 0;
  const resolved = resolveStep(state.step, total);
  if (resolved.notice) notice = notice ? `${notice} ${resolved.notice}` : resolved.notice;
  return { scenario: state.scenario, level: state.level, step: resolved.step, custom: state.script ?? '', engine: state.engine ?? 'postgresql', notice };
}

/**
 * The isolation lab: run a concurrency scenario step by step at a chosen isolation level and watch
 * PostgreSQL's machinery (snapshots, row versions, row locks, serialization failures) decide the outcome.
 * Everything it shows comes from lib/isolation (a PostgreSQL-verified engine); this component lays it out.
 */
export function IsolationLab(props: IsolationLabProps) {
  const prefix = urlPrefix(props.urlKey);
  const startProps = useMemo(() => readLabProps(props), [props]);
  const authorProblem = useMemo(() => {
    const problems = [startProps.problem, props.urlKey !== undefined && !prefix ? BAD_URL_KEY : null];
    return problems.filter(Boolean).join(' ') || null;
  }, [startProps, props.urlKey, prefix]);
  const heading = props.headingLevel === 2 ? 2 : 3;
  const [lab, setLab] = useState<LabLocal>(() => stateFromUrl(props, prefix));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const [draft, setDraft] = useState<string>(() => (lab.scenario === CUSTOM_SCENARIO ? lab.custom : libraryScriptText(lab.scenario)));
  const [editorOpen, setEditorOpen] = useState(lab.scenario === CUSTOM_SCENARIO);
  const id = useId();

  const built = useMemo(() => buildLabRun(lab.scenario, lab.level, lab.custom), [lab.scenario, lab.level, lab.custom]);
  // A custom script from the URL was checked before it got here; this only guards against the impossible.
  const run = built.ok ? built.run : null;
  const total = run?.trace.steps.length ?? 0;
  const step = Math.min(lab.step, total);

  // How the next change of state reaches the history: each step, choice or applied script is an entry of
  // its own (so Back undoes it), a drag of the timeline one entry, a run of Play one entry; tidying the
  // address on arrival or after Back rewrites the current entry.
  const historyMode = useRef<HistoryMode>('replace');
  const playEntry = useRef(false);
  const latest = useRef({ props, lab });
  useEffect(() => {
    latest.current = { props, lab };
  });

  // Back and Forward: the address holds another state of this lab, so show that one (and its script).
  useEffect(() => {
    const onPop = () => {
      const { props: now, lab: current } = latest.current;
      const next = stateFromUrl(now, prefix);
      historyMode.current = 'replace';
      setPlaying(false);
      if (next.scenario !== current.scenario || (next.scenario === CUSTOM_SCENARIO && next.custom !== current.custom)) {
        setDraft(next.scenario === CUSTOM_SCENARIO ? next.custom : libraryScriptText(next.scenario));
      }
      setLab({ ...next, custom: next.scenario === CUSTOM_SCENARIO ? next.custom : current.custom });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [prefix]);

  // The URL holds the lab's state once it differs from the start, so a copied link reopens it.
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = encodeLabQuery(
      {
        scenario: lab.scenario,
        level: lab.level,
        step,
        ...(lab.scenario === CUSTOM_SCENARIO ? { script: lab.custom } : {}),
        ...(lab.engine === 'compare' ? { engine: lab.engine } : {}),
      },
      search,
      prefix,
      { scenario: startProps.scenario, level: startProps.level, step: 0 },
    );
    // A lab inside a lesson also puts its anchor in the link, so the shared page opens at the lab.
    const anchor = prefix ? `#lab-${prefix}` : '';
    const nextHash = anchor && hasLabParams(next, prefix) ? anchor : hash === anchor ? '' : hash;
    const mode = historyMode.current;
    historyMode.current = 'replace';
    if (next !== search || nextHash !== hash) writeHistory(`${pathname}${next}${nextHash}`, mode, id);
  }, [lab.scenario, lab.level, lab.custom, lab.engine, step, prefix, startProps.scenario, startProps.level, id]);

  // Play: one step per tick, discretely (no animation), stopping at the end.
  useEffect(() => {
    if (!playing) return;
    const delay = SPEEDS.find((s) => s.value === speed)?.ms ?? 1200;
    const timer = window.setTimeout(() => {
      historyMode.current = playEntry.current ? 'replace' : 'push';
      playEntry.current = true;
      setLab((current) => ({ ...current, step: Math.min(current.step + 1, total) }));
      if (step + 1 >= total) setPlaying(false);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [playing, speed, step, total]);

  const goTo = (next: number, mode: HistoryMode = 'push') => {
    historyMode.current = mode;
    setLab((current) => ({ ...current, step: Math.max(0, Math.min(next, total)) }));
  };

  function chooseScenario(next: string) {
    setPlaying(false);
    historyMode.current = 'push';
    if (next === CUSTOM_SCENARIO) {
      const text = lab.custom || CUSTOM_TEMPLATE;
      setLab((current) => ({ ...current, scenario: CUSTOM_SCENARIO, custom: text, step: 0, notice: null }));
      setDraft(text);
      setEditorOpen(true);
      return;
    }
    setLab((current) => ({ ...current, scenario: next, step: 0, notice: null }));
    setDraft(libraryScriptText(next));
  }

  function chooseEngine(engine: LabEngineView) {
    historyMode.current = 'push';
    setLab((current) => ({ ...current, engine }));
  }

  function chooseLevel(level: IsolationLevel) {
    setPlaying(false);
    historyMode.current = 'push';
    setLab((current) => ({ ...current, level, step: Math.min(current.step, total) }));
  }

  /** Run the editor's text: a library scenario if it is one, unchanged; otherwise the reader's own script. */
  function applyDraft(): boolean {
    const parsed = parseLabScript(draft);
    if (!parsed.ok) return false;
    setPlaying(false);
    historyMode.current = 'push';
    const library = matchLibraryScenario(parsed.script);
    if (library) setLab((current) => ({ ...current, scenario: library.id, custom: '', step: 0, notice: null }));
    else setLab((current) => ({ ...current, scenario: CUSTOM_SCENARIO, custom: draft, step: 0, notice: null }));
    return true;
  }

  function restoreDraft() {
    const library = lab.scenario === CUSTOM_SCENARIO ? null : lab.scenario;
    setDraft(library ? libraryScriptText(library) : CUSTOM_TEMPLATE);
  }

  const comparedInput = useMemo(() => (run ? scriptToInput(run.script, run.level) : null), [run]);
  const announcement = run ? `${announceStep(run.trace, step)}${run.verdict && run.verdict.happenedAt === step - 1 ? ` ${run.verdict.name}.` : ''}` : '';
  const title = run?.scenario?.title ?? 'Your script';
  const Heading = `h${heading}` as 'h2' | 'h3';

  return (
    <section className="lab not-prose @container" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="lab-title">
        Isolation lab<span className="lab-title-sub">: <InlineCode text={title} /></span>
      </Heading>
      {authorProblem && <p className="widget-notice mt-3">{authorProblem}</p>}
      {lab.notice && (
        <p role="status" className="widget-notice mt-3">
          {lab.notice}
        </p>
      )}
      <LabSetup
        idBase={id}
        scenario={lab.scenario}
        level={lab.level}
        description={run?.scenario?.description ?? null}
        onScenario={chooseScenario}
        onLevel={chooseLevel}
      />
      <div className="lab-field mt-3">
        <label htmlFor={`${id}-engine`} className="lab-label">
          Engine
        </label>
        <select
          id={`${id}-engine`}
          className="widget-input lab-select"
          value={lab.engine}
          onChange={(e) => chooseEngine(e.target.value === 'compare' ? 'compare' : 'postgresql')}
        >
          <option value="postgresql">PostgreSQL</option>
          <option value="compare">PostgreSQL compared with InnoDB (MySQL, MariaDB)</option>
        </select>
      </div>
      {run ? (
        <>
          <LabControls
            idBase={id}
            run={run}
            step={step}
            playing={playing}
            speed={speed}
            onStep={goTo}
            onScrub={(next) => goTo(next, 'stream')}
            onPlay={() => {
              playEntry.current = false;
              if (step >= total) {
                goTo(0);
                playEntry.current = true;
              }
              setPlaying(true);
            }}
            onPause={() => setPlaying(false)}
            onSpeed={setSpeed}
            onReset={() => {
              setPlaying(false);
              goTo(0);
            }}
          />
          <p className="sr-only" aria-live="polite" aria-atomic="true">
            {announcement}
          </p>
          <StepPanel run={run} step={step} onStep={goTo} headingLevel={heading + 1} />
          <div className="lab-grid">
            <RunDiagram run={run} step={step} headingLevel={heading + 1} />
            <VersionsView run={run} step={step} headingLevel={heading + 1} />
          </div>
          <SessionLanes run={run} step={step} onStep={goTo} headingLevel={heading + 1} />
          {lab.engine === 'compare' && comparedInput && <EngineComparison input={comparedInput} headingLevel={heading + 1} />}
        </>
      ) : (
        <p className="widget-notice mt-4">This script cannot run. Open the editor below to fix it.</p>
      )}
      <ScriptEditor
        idBase={id}
        open={editorOpen}
        onToggle={setEditorOpen}
        draft={draft}
        onDraft={setDraft}
        onRun={applyDraft}
        onRestore={restoreDraft}
        restoreLabel={lab.scenario === CUSTOM_SCENARIO ? 'Start from the template' : `Restore “${title}”`}
        halt={run?.halt ?? null}
        changed={draft !== (lab.scenario === CUSTOM_SCENARIO ? lab.custom : libraryScriptText(lab.scenario))}
        headingLevel={heading + 1}
      />
    </section>
  );
}
