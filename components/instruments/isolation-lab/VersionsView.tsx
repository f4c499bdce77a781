'use client';

import { formatValue, sessionLabel, snapshotSummary } from '@/lib/isolation/lab/explain';
import type { SessionView, TableView, VersionView, XidView } from '@/lib/isolation/engine/inspect';
import type { LabRun } from '@/lib/isolation/lab/model';
import { stateBefore } from '@/lib/isolation/engine/trace';
import { sessionIndex } from './session-colors';

const STATE_WORDS: Record<XidView['state'], string> = {
  'in-progress': 'in progress',
  committed: 'committed',
  aborted: 'aborted',
};

function XidCell({ x, lockOnly, nextId }: { x: XidView | null; lockOnly?: boolean; nextId?: number | null }) {
  if (!x) return <span className="lab-muted">—</span>;
  return (
    <span className="lab-xid">
      <span className="lab-xid-line">
        <span className="lab-mono">xid {x.xid}</span> <span className="lab-muted">({sessionLabel(x.session)})</span>
      </span>{' '}
      <span className={`lab-xid-line lab-state lab-state-${x.state}`}>{STATE_WORDS[x.state]}</span>
      {lockOnly && <span className="lab-xid-line lab-muted">row lock only</span>}
      {!lockOnly && nextId ? <span className="lab-xid-line lab-muted">new version: v{nextId}</span> : null}
    </span>
  );
}

function versionKey(table: string, v: VersionView): string {
  return `${table}#${v.id}`;
}

/** How a version changed during the current step, for highlighting. */
function changedVersions(before: TableView[], after: TableView[]): Set<string> {
  const old = new Map<string, VersionView>();
  for (const t of before) for (const v of t.versions) old.set(versionKey(t.name, v), v);
  const changed = new Set<string>();
  for (const t of after) {
    for (const v of t.versions) {
      const prev = old.get(versionKey(t.name, v));
      if (!prev || JSON.stringify([prev.xmin, prev.xmax, prev.lockOnly]) !== JSON.stringify([v.xmin, v.xmax, v.lockOnly])) changed.add(versionKey(t.name, v));
    }
  }
  return changed;
}

function sessionSummary(s: SessionView): string {
  const parts: string[] = [];
  if (s.status === 'idle') parts.push('no transaction');
  else if (s.status === 'failed') parts.push('transaction failed, waiting for ROLLBACK');
  else if (s.status === 'autocommit') parts.push('one statement in autocommit');
  else parts.push(s.level === 'READ UNCOMMITTED' ? 'READ UNCOMMITTED transaction (runs as READ COMMITTED)' : `${s.level ?? ''} transaction`);
  if (s.status !== 'idle') parts.push(s.xid ? `xid ${s.xid}` : 'no xid yet');
  return parts.join(', ');
}

/** Row versions with xmin/xmax and which session's snapshot sees each one; then each session's transaction and snapshot. */
export function VersionsView({ run, step, headingLevel }: { run: LabRun; step: number; headingLevel: number }) {
  const { trace } = run;
  const current = step > 0 ? trace.steps[step - 1] : undefined;
  const state = current?.state ?? trace.initial;
  const before = step > 0 ? stateBefore(trace, step - 1) : trace.initial;
  const changed = step > 0 ? changedVersions(before.tables, state.tables) : new Set<string>();
  const takenAt = current?.snapshotTakenAt ?? {};
  const Heading = (headingLevel >= 4 ? 'h4' : 'h3') as 'h3' | 'h4';
  const viewers = state.sessions.filter((s) => s.snapshot);

  return (
    <section className="lab-panel lab-versions" aria-label="Row versions and snapshots">
      <Heading className="lab-panel-title">Row versions and snapshots</Heading>
      <p className="lab-caption">
        Every version a write leaves behind: <span className="lab-mono">xmin</span> is the transaction that created it,{' '}
        <span className="lab-mono">xmax</span> the one that deleted, replaced or locked it. A snapshot (xmin:xmax:in-progress xids) decides which version
        each session sees.
      </p>
      {state.tables.map((t) => (
        <div key={t.name} className="lab-scroll lab-table-box" role="region" aria-label={`Versions of ${t.name} (scrolls sideways)`} tabIndex={0}>
          <table className="lab-table">
            <caption>
              Table <span className="lab-mono">{t.name}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                {t.columns.map((c) => (
                  <th key={c} scope="col" className="lab-mono">
                    {c}
                  </th>
                ))}
                <th scope="col" className="lab-th-wrap">
                  Created by (xmin)
                </th>
                <th scope="col" className="lab-th-wrap">
                  Deleted or locked by (xmax)
                </th>
                {viewers.map((s) => (
                  <th key={s.name} scope="col">
                    <span className={`lab-session-tag lab-s${sessionIndex(run, s.name)}`}>{sessionLabel(s.name)}</span> sees
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.versions.map((v) => {
                const isChanged = changed.has(versionKey(t.name, v));
                return (
                  <tr key={v.id} className={isChanged ? 'lab-row-changed' : undefined}>
                    <th scope="row" className="lab-mono">
                      v{v.id}
                      {isChanged && <span className="lab-new"> changed</span>}
                    </th>
                    {v.values.map((value, i) => (
                      <td key={i} className="lab-mono">
                        {formatValue(value)}
                      </td>
                    ))}
                    <td>
                      <XidCell x={v.xmin} />
                    </td>
                    <td>
                      <XidCell x={v.xmax} lockOnly={v.lockOnly} nextId={v.nextId} />
                    </td>
                    {viewers.map((s) => {
                      const seen = v.visibleTo[s.name];
                      return (
                        <td key={s.name} className={seen ? 'lab-seen' : 'lab-unseen'}>
                          {seen === undefined ? '—' : seen ? '✓ yes' : 'no'}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {t.versions.length === 0 && (
                <tr>
                  <td colSpan={t.columns.length + 3 + viewers.length} className="lab-muted">
                    No rows yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      ))}
      <ul className="lab-sessions">
        {state.sessions.map((s) => (
          <li key={s.name}>
            <span className={`lab-session-tag lab-s${sessionIndex(run, s.name)}`}>{sessionLabel(s.name)}</span>{' '}
            <span>{sessionSummary(s)}</span>
            <span className="lab-muted"> · {snapshotSummary(s, takenAt[s.name])}</span>
            {s.waitingFor && (
              <span className="lab-wait-text">
                {' '}
                · waiting for {sessionLabel(s.waitingFor.session)} (xid {s.waitingFor.xid})
              </span>
            )}
            {(s.rwConflictsOut.length > 0 || s.rwConflictsIn.length > 0) && (
              <span className="lab-muted">
                {' '}
                · rw-conflicts:{' '}
                {[...s.rwConflictsOut.map((o) => `${sessionLabel(s.name)} →rw ${sessionLabel(o)}`), ...s.rwConflictsIn.map((i) => `${sessionLabel(i)} →rw ${sessionLabel(s.name)}`)].join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
