'use client';

import { useMemo, useRef, useState } from 'react';
import { parseLabScript, SCRIPT_LIMITS, type ScriptProblem } from '@/lib/isolation/lab/script';

function ProblemItem({ problem, kind }: { problem: ScriptProblem; kind: string }) {
  const where = problem.line !== null ? `Line ${problem.line}${problem.column !== null ? `, column ${problem.column}` : ''}: ` : '';
  const caretAt = problem.column !== null ? Math.max(0, problem.column - 1) : null;
  return (
    <li className="lab-problem">
      <p>
        <span className="sr-only">{kind}: </span>
        {where}
        {problem.message}
      </p>
      {problem.lineText !== null && caretAt !== null && (
        // The reader's own text, as React text (never HTML); the caret line marks the column.
        <pre className="lab-caret" aria-hidden="true">
          {problem.lineText.slice(0, SCRIPT_LIMITS.maxLineChars + 20)}
          {'\n'}
          {' '.repeat(Math.min(caretAt, SCRIPT_LIMITS.maxLineChars + 20))}^
        </pre>
      )}
    </li>
  );
}

/**
 * The script editor: the scenario as "session: SQL" lines. It checks as the reader types and shows each
 * problem with its line, column and a caret; Run applies the text only when it has no problems.
 */
export function ScriptEditor({
  idBase,
  open,
  onToggle,
  draft,
  onDraft,
  onRun,
  onRestore,
  restoreLabel,
  halt,
  changed,
  headingLevel,
}: {
  idBase: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  draft: string;
  onDraft: (text: string) => void;
  onRun: () => boolean;
  onRestore: () => void;
  restoreLabel: string;
  halt: ScriptProblem | null;
  changed: boolean;
  headingLevel: number;
}) {
  const parse = useMemo(() => parseLabScript(draft), [draft]);
  const problems = parse.ok ? [] : parse.problems;
  const [status, setStatus] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const Heading = (headingLevel >= 4 ? 'h4' : 'h3') as 'h3' | 'h4';
  const helpId = `${idBase}-script-help`;
  const problemsId = `${idBase}-script-problems`;

  function run() {
    if (onRun()) setStatus('Script loaded: the lab is back at the start.');
    else {
      setStatus('');
      textarea.current?.focus();
    }
  }

  return (
    <details className="lab-editor" open={open} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="lab-editor-summary">Edit the SQL, or write your own scenario</summary>
      <div className="lab-editor-body">
        <Heading className="sr-only">Script editor</Heading>
        <div id={helpId} className="lab-help">
          <p>One statement per line, prefixed by the session that sends it:</p>
          <pre className="lab-help-example">{'setup: CREATE TABLE t (id int PRIMARY KEY, v int)\nA: BEGIN ISOLATION LEVEL {level}\nB: SELECT v FROM t WHERE id = 1'}</pre>
          <ul>
            <li>
              <code>setup:</code> lines run first, each in autocommit. Then each line is one step, in order.
            </li>
            <li>
              A session name is a letter followed by letters, digits or underscores; up to {SCRIPT_LIMITS.maxSessions} sessions and{' '}
              {SCRIPT_LIMITS.maxSteps} steps.
            </li>
            <li>
              <code>{'{level}'}</code> becomes the isolation level picked above. Lines starting with <code>--</code> are comments.
            </li>
            <li>
              The SQL is the engine’s subset of PostgreSQL: CREATE TABLE, INSERT, SELECT (WHERE, ORDER BY, LIMIT, count/sum/min/max, FOR UPDATE), UPDATE,
              DELETE, BEGIN/COMMIT/ROLLBACK. Types: int, bigint, text, boolean.
            </li>
          </ul>
        </div>
        <label htmlFor={`${idBase}-script`} className="lab-label">
          Script
        </label>
        <textarea
          ref={textarea}
          id={`${idBase}-script`}
          className="widget-input lab-textarea"
          value={draft}
          onChange={(e) => onDraft(e.target.value.slice(0, SCRIPT_LIMITS.maxChars))}
          maxLength={SCRIPT_LIMITS.maxChars}
          rows={Math.min(18, Math.max(8, draft.split('\n').length + 1))}
          spellCheck={false}
          wrap="off"
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={problems.length > 0}
          aria-describedby={`${helpId} ${problemsId}`}
        />
        <p className="lab-counter">
          {draft.length.toLocaleString('en-US')} / {SCRIPT_LIMITS.maxChars.toLocaleString('en-US')} characters
        </p>
        <div id={problemsId} aria-live="polite">
          {problems.length > 0 && (
            <div className="lab-problems">
              <p className="lab-problems-title">
                {problems.length === 1 ? 'One problem' : `${problems.length} problems`} to fix before this script can run:
              </p>
              <ul>
                {problems.map((p, i) => (
                  <ProblemItem key={i} problem={p} kind="Problem" />
                ))}
              </ul>
            </div>
          )}
          {problems.length === 0 && halt && !changed && (
            <div className="lab-problems">
              <p className="lab-problems-title">The script runs, but stops early:</p>
              <ul>
                <ProblemItem problem={halt} kind="Stopped" />
              </ul>
            </div>
          )}
        </div>
        <div className="lab-editor-actions">
          <button type="button" className="lab-button lab-button-primary" onClick={run}>
            Run script
          </button>
          <button
            type="button"
            className="lab-button"
            onClick={() => {
              onRestore();
              setStatus('');
            }}
          >
            {restoreLabel}
          </button>
          <span role="status" className="lab-muted">
            {changed ? 'Edited: press Run script to use it.' : status}
          </span>
        </div>
      </div>
    </details>
  );
}
