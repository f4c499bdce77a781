'use client';

import { useRef, useState } from 'react';
import { encodeHistory } from '@/lib/instruments/history-checker/url';
import { CLIENTS, type Client, type Operation, type OperationKind } from '@/lib/instruments/history-checker/types';
import { checkHistory, MAX_OPERATIONS, TIME_RANGE, VALUE_RANGE, type OperationField } from '@/lib/instruments/history-checker/validate';
import { VizButton } from '../kit/StepControls';

/** One operation as the reader is typing it: numbers stay text until they parse. */
interface DraftRow {
  client: Client;
  kind: OperationKind;
  value: string;
  invoke: string;
  response: string;
}

type TextField = 'value' | 'invoke' | 'response';

const toDraft = (history: readonly Operation[]): DraftRow[] =>
  history.map((op) => ({ client: op.client, kind: op.kind, value: String(op.value), invoke: String(op.invoke), response: String(op.response) }));

const RANGES: Record<TextField, { min: number; max: number; what: string }> = {
  value: { ...VALUE_RANGE, what: 'the value' },
  invoke: { ...TIME_RANGE, what: 'the invoke time' },
  response: { ...TIME_RANGE, what: 'the response time' },
};

/** A whole number in range, or the sentence saying what is wrong with the text. */
function readWhole(text: string, field: TextField): number | string {
  const { min, max, what } = RANGES[field];
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return `Type ${what} as a whole number from ${min} to ${max}.`;
  const value = Number(trimmed);
  if (value < min || value > max) return `${what[0]?.toUpperCase()}${what.slice(1)} goes from ${min} to ${max}.`;
  return value;
}

/** The draft as a history, or the problems keyed by `row.field`. */
function parseDraft(rows: readonly DraftRow[]): { history: Operation[] | null; errors: Map<string, string> } {
  const errors = new Map<string, string>();
  const history: Operation[] = [];
  rows.forEach((row, i) => {
    const numbers: Partial<Record<TextField, number>> = {};
    for (const field of ['value', 'invoke', 'response'] as const) {
      const parsed = readWhole(row[field], field);
      if (typeof parsed === 'string') errors.set(`${i}.${field}`, parsed);
      else numbers[field] = parsed;
    }
    if (numbers.value !== undefined && numbers.invoke !== undefined && numbers.response !== undefined) {
      history.push({ client: row.client, kind: row.kind, value: numbers.value, invoke: numbers.invoke, response: numbers.response });
    }
  });
  if (errors.size > 0) return { history: null, errors };
  for (const problem of checkHistory(history)) {
    if (problem.op !== null && problem.field !== null) errors.set(`${problem.op}.${problem.field}`, problem.message);
  }
  return errors.size > 0 ? { history: null, errors } : { history, errors };
}

/** A new operation after the last response, so it never overlaps its client's previous one. */
function nextOperation(history: readonly Operation[]): Operation {
  const last = Math.max(0, ...history.map((op) => op.response));
  const invoke = Math.min(TIME_RANGE.max - 1, last + 2);
  return { client: 1, kind: 'read', value: 0, invoke, response: Math.min(TIME_RANGE.max, invoke + 8) };
}

/**
 * The history as editable rows, one group per operation. A change that leaves the whole history valid is committed
 * (the address bar takes it): the first commit while a field has focus adds a history entry and later keystrokes in
 * the same field replace it, so Back undoes one edit at a time. A change that does not parse stays in the field
 * with a message beside it, and the results keep showing the last valid history.
 */
export function HistoryEditor({ idBase, history, onCommit }: { idBase: string; history: readonly Operation[]; onCommit: (next: Operation[], replace: boolean) => void }) {
  const encoded = encodeHistory(history);
  const [draft, setDraft] = useState<DraftRow[]>(() => toDraft(history));
  const [source, setSource] = useState(encoded);
  const [mine, setMine] = useState<string | null>(null);
  // Whether the field in focus has already added a history entry (so its next keystrokes replace it).
  const session = useRef<{ key: string; pushed: boolean } | null>(null);

  // A history that changed from outside (Back, a preset, a link) replaces the draft; one this editor committed
  // keeps the text as typed.
  if (source !== encoded) {
    setSource(encoded);
    if (encoded !== mine) setDraft(toDraft(history));
  }

  const { errors } = parseDraft(draft);
  const full = draft.length >= MAX_OPERATIONS;
  const id = (row: number, field: string) => `${idBase}-op${row}-${field}`;

  function update(next: DraftRow[], key: string | null) {
    setDraft(next);
    const parsed = parseDraft(next);
    if (!parsed.history) return;
    const nextEncoded = encodeHistory(parsed.history);
    if (nextEncoded === encoded) return;
    const replace = key !== null && session.current?.key === key && session.current.pushed;
    if (key !== null) session.current = { key, pushed: true };
    setMine(nextEncoded);
    onCommit(parsed.history, replace);
  }

  const setField = (row: number, field: keyof DraftRow, text: string, key: string | null) =>
    update(
      draft.map((r, i) => (i === row ? { ...r, [field]: field === 'client' ? (Number(text) as Client) : text } : r)),
      key,
    );

  const errorFor = (row: number, field: OperationField) => {
    const message = errors.get(`${row}.${field}`);
    return message ? (
      <p id={id(row, `${field}-error`)} className="widget-error viz-error viz-hc-error">
        {message}
      </p>
    ) : null;
  };

  const textField = (row: number, field: TextField, label: string) => {
    const key = `${row}.${field}`;
    const invalid = errors.has(key);
    return (
      <div className={`viz-field viz-hc-${field}`}>
        <label htmlFor={id(row, field)} className="viz-label-small">
          {label}
        </label>
        <input
          id={id(row, field)}
          className="widget-input viz-key-input"
          inputMode="numeric"
          autoComplete="off"
          value={draft[row]?.[field] ?? ''}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? id(row, `${field}-error`) : undefined}
          onFocus={() => (session.current = { key, pushed: false })}
          onChange={(e) => setField(row, field, e.target.value, key)}
        />
      </div>
    );
  };

  return (
    <div className="viz-hc-editor">
      <p className="viz-label" id={`${idBase}-ops-title`}>
        Operations on x ({draft.length} of at most {MAX_OPERATIONS}; x starts at 0)
      </p>
      <ol className="viz-hc-rows" aria-labelledby={`${idBase}-ops-title`}>
        {draft.map((row, i) => (
          <li key={i}>
            <fieldset className="viz-hc-row">
              <legend className="viz-hc-legend">Operation {i + 1}</legend>
              <div className="viz-field">
                <label htmlFor={id(i, 'client')} className="viz-label-small">
                  Client
                </label>
                <select id={id(i, 'client')} className="widget-input viz-select" value={row.client} onChange={(e) => setField(i, 'client', e.target.value, null)}>
                  {CLIENTS.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
              <div className="viz-field">
                <label htmlFor={id(i, 'kind')} className="viz-label-small">
                  Does
                </label>
                <select id={id(i, 'kind')} className="widget-input viz-select" value={row.kind} onChange={(e) => setField(i, 'kind', e.target.value, null)}>
                  <option value="write">write x =</option>
                  <option value="read">read x →</option>
                </select>
              </div>
              {textField(i, 'value', 'Value')}
              {textField(i, 'invoke', 'Invoke')}
              {textField(i, 'response', 'Response')}
              <button
                type="button"
                className="viz-icon-button viz-hc-remove"
                aria-label={`Remove operation ${i + 1}`}
                onClick={() => {
                  session.current = null;
                  update(
                    draft.filter((_, j) => j !== i),
                    null,
                  );
                }}
                disabled={draft.length <= 1}
              >
                <span aria-hidden="true">×</span>
              </button>
              {errorFor(i, 'client')}
              {errorFor(i, 'value')}
              {errorFor(i, 'invoke')}
              {errorFor(i, 'response')}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="viz-buttons">
        <VizButton
          inactive={full}
          describedBy={full ? `${idBase}-full` : undefined}
          onClick={() => {
            session.current = null;
            const base = parseDraft(draft).history ?? [...history];
            update([...draft, ...toDraft([nextOperation(base)])], null);
          }}
        >
          Add an operation
        </VizButton>
      </div>
      {full && (
        <p id={`${idBase}-full`} className="viz-note">
          The checker takes at most {MAX_OPERATIONS} operations: the number of orders to try grows exponentially with the operations that overlap. Remove one to add another.
        </p>
      )}
    </div>
  );
}
