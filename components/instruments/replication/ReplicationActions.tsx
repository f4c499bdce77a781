'use client';

import { useState, type FormEvent } from 'react';
import { actionText, ms, sessionName } from '@/lib/instruments/replication/text';
import { KEYS, SESSIONS, type ClientAction, type Key, type Session } from '@/lib/instruments/replication/types';
import { checkAction, MAX_ACTIONS, TIME_RANGE, VALUE_RANGE } from '@/lib/instruments/replication/validate';
import { VizButton } from '../kit/StepControls';

function readWhole(text: string, min: number, max: number, what: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return `Type ${what} as a whole number from ${min} to ${max}.`;
  const value = Number(trimmed);
  if (value < min || value > max) return `${what[0]?.toUpperCase()}${what.slice(1)} goes from ${min} to ${max}.`;
  return value;
}

/** Actions in time order (a stable sort, so two at one moment keep the order they were added in). */
export function byTime(actions: readonly ClientAction[]): ClientAction[] {
  return actions.map((a, i) => ({ a, i })).sort((p, q) => p.a.at - q.a.at || p.i - q.i).map((p) => p.a);
}

/** A short whole-number text field; `error` is the id of the message describing what is wrong with it. */
function NumberField({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (text: string) => void; error: string | null }) {
  return (
    <div className="viz-field">
      <label htmlFor={id} className="viz-label-small">
        {label}
      </label>
      <input
        id={id}
        className="widget-input viz-key-input"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ?? undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** The reads and writes of the timeline: a list with a remove button each, and a form that adds one. */
export function ReplicationActions({ idBase, actions, onChange }: { idBase: string; actions: readonly ClientAction[]; onChange: (next: ClientAction[]) => void }) {
  const [atText, setAtText] = useState('700');
  const [session, setSession] = useState<Session>('you');
  const [kind, setKind] = useState<ClientAction['kind']>('read');
  const [key, setKey] = useState<Key>('x');
  const [valueText, setValueText] = useState('5');
  const [error, setError] = useState<{ field: 'at' | 'value' | 'list'; message: string } | null>(null);
  const full = actions.length >= MAX_ACTIONS;
  const id = (name: string) => `${idBase}-${name}`;

  function add(event: FormEvent) {
    event.preventDefault();
    if (full) {
      setError({ field: 'list', message: `A timeline holds at most ${MAX_ACTIONS} reads and writes, so a shared link stays short. Remove one first.` });
      return;
    }
    const at = readWhole(atText, TIME_RANGE.min, TIME_RANGE.max, 'the time in ms');
    if (typeof at === 'string') return setError({ field: 'at', message: at });
    let action: ClientAction = { kind: 'read', at, session, key };
    if (kind === 'write') {
      const value = readWhole(valueText, VALUE_RANGE.min, VALUE_RANGE.max, 'the value');
      if (typeof value === 'string') return setError({ field: 'value', message: value });
      action = { kind: 'write', at, session, key, value };
    }
    const problem = checkAction(action);
    if (problem) return setError({ field: 'at', message: problem });
    setError(null);
    onChange(byTime([...actions, action]));
  }

  const errorFor = (field: 'at' | 'value' | 'list') =>
    error?.field === field ? (
      <p id={id(`${field}-error`)} className="widget-error viz-error" role="alert">
        {error.message}
      </p>
    ) : null;

  return (
    <div className="viz-rep-actions">
      <p className="viz-label" id={id('list-title')}>
        Reads and writes ({actions.length} of at most {MAX_ACTIONS})
      </p>
      {actions.length === 0 ? (
        <p className="viz-note">Nothing happens yet: add a write and a read below.</p>
      ) : (
        <ol className="viz-rep-action-list" aria-labelledby={id('list-title')}>
          {actions.map((action, i) => (
            <li key={i} className="viz-rep-action">
              <span className="viz-rep-action-time">{ms(action.at)}</span>
              <span className="min-w-0 flex-1">
                {sessionName(action.session)}: {actionText(action)}
              </span>
              <button
                type="button"
                className="viz-icon-button"
                aria-label={`Remove: at ${ms(action.at)}, ${sessionName(action.session).toLowerCase()} ${actionText(action)}`}
                onClick={() => {
                  setError(null);
                  onChange(actions.filter((_, j) => j !== i));
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="viz-rep-add" onSubmit={add} aria-label="Add a read or a write">
        <NumberField id={id('at')} label="At (ms)" value={atText} onChange={setAtText} error={error?.field === 'at' ? id('at-error') : null} />
        <div className="viz-field">
          <label htmlFor={id('who')} className="viz-label-small">
            Who
          </label>
          <select id={id('who')} className="widget-input viz-select" value={session} onChange={(e) => setSession(e.target.value as Session)}>
            {SESSIONS.map((s) => (
              <option key={s} value={s}>
                {sessionName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="viz-field">
          <label htmlFor={id('kind')} className="viz-label-small">
            Action
          </label>
          <select id={id('kind')} className="widget-input viz-select" value={kind} onChange={(e) => setKind(e.target.value as ClientAction['kind'])}>
            <option value="write">Write</option>
            <option value="read">Read</option>
          </select>
        </div>
        <div className="viz-field">
          <label htmlFor={id('key')} className="viz-label-small">
            Key
          </label>
          <select id={id('key')} className="widget-input viz-select" value={key} onChange={(e) => setKey(e.target.value as Key)}>
            {KEYS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        {kind === 'write' && (
          <NumberField
            id={id('value')}
            label={`Value (${VALUE_RANGE.min}–${VALUE_RANGE.max})`}
            value={valueText}
            onChange={setValueText}
            error={error?.field === 'value' ? id('value-error') : null}
          />
        )}
        <div className="viz-rep-add-button">
          <VizButton type="submit" primary inactive={full}>
            Add to the timeline
          </VizButton>
        </div>
      </form>
      {errorFor('at')}
      {errorFor('value')}
      {errorFor('list')}
    </div>
  );
}
