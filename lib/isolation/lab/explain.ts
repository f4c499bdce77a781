/**
 * Words for a traced run: what each step did and why, in PostgreSQL's terms (snapshots, xmin/xmax,
 * row locks, EvalPlanQual re-checks, serialization failures). Everything is derived from the trace
 * (trace.ts): the step result and the row versions and snapshots before and after it.
 */
import type { EngineState, SessionView, VersionView, XidView } from '../engine/inspect';
import { stateBefore, type ScenarioTrace, type StatementKind, type StatementSummary, type TraceStep } from '../engine/trace';
import type { IsolationLevel, ResultRow, ResumedResult, SqlValue, StepResult } from '../engine/types';

/** How a step is shown: finished normally, waiting for a lock, or failed. */
export type StepTone = 'ok' | 'blocked' | 'error';

/** The explanation of one step. */
export interface StepExplanation {
  /** One sentence: what happened. */
  headline: string;
  /** Why, in PostgreSQL's terms: a few short paragraphs. */
  details: string[];
  tone: StepTone;
}

/** How the lab names a session; setup statements run in their own session. */
export function sessionLabel(name: string): string {
  return name === '__setup__' ? 'setup' : name;
}

/** "xid 5 (A)". */
export function xidLabel(x: XidView): string {
  return `xid ${x.xid} (${sessionLabel(x.session)})`;
}

/** A SQL value as psql would print it in a WHERE clause: strings quoted, NULL in capitals. */
export function formatValue(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return `'${v}'`;
  return String(v);
}

/** Rows in a few words: "value = 100", "no rows", "3 rows". */
export function describeRows(rows: readonly ResultRow[]): string {
  if (rows.length === 0) return 'no rows';
  if (rows.length > 1) return `${rows.length} rows`;
  const row = rows[0] as ResultRow;
  const cells = Object.entries(row).map(([k, v]) => `${k} = ${formatValue(v)}`);
  return cells.length ? cells.join(', ') : '1 row';
}

const VERB: Record<StatementKind, string> = {
  begin: 'BEGIN',
  set_transaction: 'SET TRANSACTION',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
  create_table: 'CREATE TABLE',
  insert: 'INSERT',
  select: 'SELECT',
  update: 'UPDATE',
  delete: 'DELETE',
  invalid: 'statement',
};

/** The statement's verb, e.g. "UPDATE" or "SELECT … FOR UPDATE". */
export function statementVerb(s: StatementSummary): string {
  return s.kind === 'select' && s.forUpdate ? 'SELECT … FOR UPDATE' : VERB[s.kind];
}

function sessionIn(state: EngineState, name: string): SessionView | undefined {
  return state.sessions.find((s) => s.name === name);
}

function allVersions(state: EngineState): Array<{ table: string; v: VersionView }> {
  return state.tables.flatMap((t) => t.versions.map((v) => ({ table: t.name, v })));
}

/** Row versions one session created, replaced/deleted, or locked during a step (by comparing states). */
export interface StepChanges {
  created: number;
  replaced: number;
  locked: number;
  /** The xid the session wrote with, or 0. */
  xid: number;
}

/** What `session` changed between `before` and `after`. */
export function changesBy(before: EngineState, after: EngineState, session: string): StepChanges {
  const old = new Map<string, VersionView>();
  for (const { table, v } of allVersions(before)) old.set(`${table}#${v.id}`, v);
  const changes: StepChanges = { created: 0, replaced: 0, locked: 0, xid: 0 };
  for (const { table, v } of allVersions(after)) {
    const prev = old.get(`${table}#${v.id}`);
    if (!prev) {
      if (v.xmin.session === session) {
        changes.created++;
        changes.xid = v.xmin.xid;
      }
      continue;
    }
    const x = v.xmax;
    if (!x || x.session !== session) continue;
    const was = prev.xmax;
    const sameStamp = was !== null && was.xid === x.xid && prev.lockOnly === v.lockOnly;
    if (sameStamp) continue;
    if (v.lockOnly) changes.locked++;
    else changes.replaced++;
    changes.xid = x.xid;
  }
  return changes;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** PostgreSQL's command tag for a finished statement (UPDATE 1, SELECT 2, …), from the state change. */
export function commandTag(statement: StatementSummary, rows: readonly ResultRow[] | undefined, changes: StepChanges, wasFailed: boolean): string {
  switch (statement.kind) {
    case 'select':
      return `SELECT ${rows?.length ?? 0}`;
    case 'insert':
      return `INSERT 0 ${changes.created}`;
    case 'update':
      return `UPDATE ${changes.replaced}`;
    case 'delete':
      return `DELETE ${changes.replaced}`;
    case 'set_transaction':
      return 'SET';
    case 'commit':
      return wasFailed ? 'ROLLBACK' : 'COMMIT';
    default:
      return VERB[statement.kind];
  }
}

/** A finished or failed outcome in a few words: "value = 100", "UPDATE 1", "ERROR 40001". */
export function outcomeLabel(
  statement: StatementSummary,
  outcome: { status: 'ok' | 'blocked' | 'error'; rows?: ResultRow[]; sqlstate?: string },
  changes: StepChanges,
  wasFailed = false,
): string {
  if (outcome.status === 'blocked') return 'waiting for a lock';
  if (outcome.status === 'error') return `ERROR ${outcome.sqlstate ?? ''}`.trim();
  if (statement.kind === 'select' && outcome.rows) return describeRows(outcome.rows);
  return commandTag(statement, outcome.rows, changes, wasFailed);
}

/** A short label for step `index`'s own outcome (not its resumed ones). */
export function stepOutcomeLabel(trace: ScenarioTrace, index: number): string {
  const step = trace.steps[index];
  if (!step) return '';
  const before = stateBefore(trace, index);
  const changes = changesBy(before, step.state, step.result.session);
  return outcomeLabel(step.statement, step.result, changes, sessionIn(before, step.result.session)?.status === 'failed');
}

/** The outcome of a statement that resumed during step `index`, as a short label. */
export function resumedOutcomeLabel(trace: ScenarioTrace, index: number, r: ResumedResult): string {
  const step = trace.steps[index];
  const k = step?.result.resumed?.indexOf(r) ?? -1;
  const from = trace.steps[step?.resumedFrom[k] ?? -1];
  if (!step || !from) return r.status === 'ok' ? 'done' : `ERROR ${r.sqlstate ?? ''}`.trim();
  const changes = changesBy(stateBefore(trace, index), step.state, r.session);
  return outcomeLabel(from.statement, r, changes);
}

const LEVEL_NOTES: Record<IsolationLevel, string> = {
  'READ UNCOMMITTED':
    'PostgreSQL accepts READ UNCOMMITTED but runs it as READ COMMITTED: no level ever shows another transaction’s uncommitted changes.',
  'READ COMMITTED':
    'At READ COMMITTED every statement takes a new snapshot, so each one sees what had committed when it started.',
  'REPEATABLE READ':
    'At REPEATABLE READ the transaction takes one snapshot, at its first statement rather than at BEGIN, and reads from it until it ends.',
  SERIALIZABLE:
    'SERIALIZABLE reads from one snapshot like REPEATABLE READ, and also records what each transaction read (SIREAD locks) so it can cancel one if no serial order could explain the results.',
};

/** One line about what a level means in PostgreSQL. */
export function levelNote(level: IsolationLevel): string {
  return LEVEL_NOTES[level];
}

/**
 * PostgreSQL's way of writing a snapshot, xmin:xmax:xip_list, as pg_current_snapshot() returns it: with no
 * transaction in progress the list is empty and the text ends in a colon, e.g. 5:5:. See "Snapshot
 * Components" in https://www.postgresql.org/docs/current/functions-info.html
 */
export function formatSnapshot(v: SessionView): string {
  const s = v.snapshot;
  return s ? `${s.xmin}:${s.xmax}:${s.xip.join(',')}` : '';
}

/** "none", "xid 5", "xids 5 and 6", "xids 5, 6 and 7". */
function xidList(xids: readonly number[]): string {
  if (xids.length === 0) return 'none';
  if (xids.length === 1) return `xid ${xids[0]}`;
  return `xids ${xids.slice(0, -1).join(', ')} and ${xids.at(-1)}`;
}

/**
 * A snapshot in words, then as PostgreSQL writes it: "xmin 5, xmax 7, xid 5 in progress (PostgreSQL writes
 * this as 5:7:5)". Empty when the session has no snapshot.
 */
export function snapshotWords(v: SessionView): string {
  const s = v.snapshot;
  if (!s) return '';
  return `xmin ${s.xmin}, xmax ${s.xmax}, ${xidList(s.xip)} in progress (PostgreSQL writes this as ${formatSnapshot(v)})`;
}

/**
 * Which snapshot a session reads with, for the list under the row versions. `takenAt` is the 0-based step
 * at which a transaction snapshot was taken, when known.
 */
export function snapshotSummary(v: SessionView, takenAt?: number): string {
  if (!v.snapshot) return 'no snapshot';
  const words = snapshotWords(v);
  switch (v.snapshotSource) {
    case 'transaction':
      return `transaction snapshot${takenAt !== undefined ? `, taken at step ${takenAt + 1}` : ''}: ${words}`;
    case 'statement':
      return `snapshot of the statement it is waiting in: ${words}`;
    default:
      return `no snapshot yet; its next statement would take one: ${words}`;
  }
}

/** A snapshot in words: " (it counts every xid below 7 as ended, except 5)". */
function snapshotPhrase(v: SessionView | undefined): string {
  const s = v?.snapshot;
  if (!s) return '';
  const pending = s.xip.length ? `, except ${s.xip.join(', ')}` : '';
  return ` (it counts every xid below ${s.xmax} as ended${pending})`;
}

function usesTransactionSnapshot(level: IsolationLevel | null): boolean {
  return level === 'REPEATABLE READ' || level === 'SERIALIZABLE';
}

/** Why a SELECT saw what it saw: the versions of its table its snapshot skipped, or still saw. */
function readDetails(before: EngineState, session: string, table: string | undefined): string[] {
  const t = before.tables.find((x) => x.name === table);
  if (!t) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (text: string) => {
    if (!seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  };
  for (const v of t.versions) {
    const visible = v.visibleTo[session];
    if (visible === undefined) continue;
    const writer = v.xmin;
    if (!visible && writer.session !== session && writer.state === 'in-progress') {
      add(`It does not see the version ${xidLabel(writer)} wrote: that transaction has not committed, and uncommitted work is invisible to every other session.`);
    } else if (!visible && writer.session !== session && writer.state === 'committed' && (!v.xmax || v.lockOnly)) {
      add(
        `It does not see the version ${xidLabel(writer)} committed: that commit came after this snapshot was taken, so the snapshot still treats xid ${writer.xid} as not committed.`,
      );
    } else if (visible && v.xmax && !v.lockOnly && v.xmax.session !== session && v.xmax.state === 'committed') {
      add(
        `It still sees the old version that ${xidLabel(v.xmax)} replaced or deleted and committed: the snapshot predates that commit.`,
      );
    }
  }
  return out;
}

function holderText(x: XidView | null): string {
  return x ? `${sessionLabel(x.session)}’s transaction (xid ${x.xid})` : 'another transaction';
}

function releaseText(trace: ScenarioTrace, step: TraceStep): string {
  if (step.releasedAt === null) {
    const later = trace.steps.length - 1 > step.index;
    return later || trace.halt ? 'Nothing in this script releases it: it waits for as long as the holder stays open.' : 'It is still waiting when the script ends.';
  }
  const r = trace.steps[step.releasedAt];
  if (!r) return '';
  return `It waits until step ${r.index + 1}, when ${sessionLabel(r.result.session)} runs ${r.result.sql}.`;
}

function errorDetails(code: string | undefined, message: string | undefined, session: string, before: SessionView | undefined): string[] {
  const S = sessionLabel(session);
  switch (code) {
    case '40001':
      if (message?.includes('read/write dependencies')) {
        const out = [
          'SERIALIZABLE’s conflict tracking (SSI) found a dangerous structure: transactions that each read data another one then changed (rw-dependencies), in a pattern that no one-at-a-time order could produce. PostgreSQL cancels one of them so the rest stay serializable; the application retries the cancelled one.',
        ];
        const outs = before?.rwConflictsOut ?? [];
        const ins = before?.rwConflictsIn ?? [];
        if (outs.length || ins.length) {
          const parts = [
            ...outs.map((o) => `${S} read data ${sessionLabel(o)} changed (${S} →rw ${sessionLabel(o)})`),
            ...ins.map((i) => `${sessionLabel(i)} read data ${S} changed (${sessionLabel(i)} →rw ${S})`),
          ];
          out.push(`Conflicts recorded before this step: ${parts.join('; ')}.`);
        }
        return out;
      }
      return [
        `The row ${S} wants was changed by a transaction that committed after ${S}’s snapshot was taken. At REPEATABLE READ and SERIALIZABLE PostgreSQL will not change or lock a row version the transaction cannot see, so it fails with “could not serialize access due to concurrent update” instead of overwriting; the application must retry the whole transaction.`,
      ];
    case '40P01':
      return [
        `Deadlock: ${S} started waiting for a transaction that, directly or through others, was already waiting for ${S}. Nobody could ever proceed, so PostgreSQL’s deadlock detector (it checks after deadlock_timeout, 1 s by default) aborts one transaction, the one whose wait closed the cycle, and the others go on.`,
      ];
    case '23505':
      return ['The unique index already holds this key in a committed row version, so the new row is refused.'];
    case '25P02':
      return [
        `${S}’s transaction failed at an earlier step. PostgreSQL ignores every statement until the block ends with ROLLBACK (a COMMIT also just rolls back).`,
      ];
    case '42601':
      return ['PostgreSQL could not parse the statement.'];
    default:
      return [`PostgreSQL rejects the statement${code ? ` (SQLSTATE ${code})` : ''}.`];
  }
}

/** What a resumed statement's outcome means. */
function resumedDetails(trace: ScenarioTrace, step: TraceStep, r: ResumedResult, k: number): string {
  const from = trace.steps[step.resumedFrom[k] ?? -1];
  const R = sessionLabel(r.session);
  const ender = sessionLabel(step.result.session);
  const how = step.statement.kind === 'commit' && step.result.status === 'ok' ? 'commits' : 'rolls back';
  const verb = from ? statementVerb(from.statement) : 'statement';
  const at = from ? ` (step ${from.index + 1})` : '';
  const lead = `${ender}’s transaction ${step.result.status === 'error' ? 'is aborted' : how === 'commits' ? 'commits' : 'rolls back'}, so ${R}’s waiting ${verb}${at} resumes.`;
  const before = stateBefore(trace, step.index);
  const changes = changesBy(before, step.state, r.session);
  const level = sessionIn(before, r.session)?.level ?? null;
  if (r.status === 'error') {
    const why = errorDetails(r.sqlstate, r.message, r.session, sessionIn(before, r.session));
    const code = r.sqlstate === '23505' ? `${ender} committed the same key, so it fails with a unique violation (23505).` : `It fails with ${r.sqlstate}: ${r.message}.`;
    return [lead, code, ...(r.sqlstate === '23505' ? [] : why)].join(' ');
  }
  const kind = from?.statement.kind;
  if (how === 'rolls back' || step.result.status === 'error') {
    return `${lead} The change it waited for never happened, so it goes ahead with the version it found.`;
  }
  if (kind === 'insert') return `${lead} It finds no conflicting key and inserts.`;
  if (kind === 'update' || kind === 'delete' || (kind === 'select' && from?.statement.forUpdate)) {
    if (usesTransactionSnapshot(level)) return lead;
    const result =
      kind === 'select'
        ? `It locks that newest version and returns it: ${describeRows(r.rows ?? [])}.`
        : changes.replaced > 0
          ? `It ${kind === 'update' ? 'applies the change to that version' : 'deletes that version'}.`
          : 'The newest version no longer matches the WHERE clause, so the statement skips the row and changes nothing.';
    return `${lead} At READ COMMITTED PostgreSQL follows the row to its newest committed version, re-checks the WHERE clause on it (EvalPlanQual) and carries on from there. ${result}`;
  }
  return lead;
}

function ownDetails(trace: ScenarioTrace, step: TraceStep): { headline: string; details: string[] } {
  const { result, statement } = step;
  const S = sessionLabel(result.session);
  const before = stateBefore(trace, step.index);
  const was = sessionIn(before, result.session);
  const now = sessionIn(step.state, result.session);
  const changes = changesBy(before, step.state, result.session);
  const inBlock = was?.status === 'in-transaction';
  const details: string[] = [];
  const autocommit = !inBlock && was?.status !== 'failed' && ['select', 'insert', 'update', 'delete', 'create_table'].includes(statement.kind);

  if (result.status === 'blocked') {
    const H = holderText(step.waitsFor);
    if (statement.kind === 'insert') {
      details.push(
        `The unique index already has an entry with the same key from ${H}, which has not finished. If it commits, this insert is a duplicate; if it rolls back, the insert can go ahead. So ${S} waits to find out.`,
      );
    } else {
      details.push(
        `The row ${S} wants to ${statement.kind === 'select' ? 'lock' : 'change'} has been changed or locked by ${H}, which has not committed. Writers of the same row queue on its row lock until the holder ends; plain SELECTs never wait.`,
      );
    }
    details.push(releaseText(trace, step));
    return { headline: `${S}’s ${statementVerb(statement)} waits for ${step.waitsFor ? sessionLabel(step.waitsFor.session) : 'a lock'}.`, details };
  }

  if (result.status === 'error') {
    details.push(...errorDetails(result.sqlstate, result.message, result.session, was));
    if (statement.kind === 'commit' && result.sqlstate === '40001') details.push(`${S}’s transaction is rolled back: none of its changes survive.`);
    else if (inBlock) details.push(`${S}’s transaction is now aborted: its changes are discarded, its locks released, and only ROLLBACK is accepted next.`);
    return { headline: `${S}’s ${statementVerb(statement)} fails: ${result.message ?? 'error'} (${result.sqlstate ?? 'error'}).`, details };
  }

  switch (statement.kind) {
    case 'begin': {
      if (inBlock || was?.status === 'failed') {
        return { headline: `${S} is already in a transaction: PostgreSQL only warns, and nothing changes.`, details };
      }
      const level = now?.level ?? 'READ COMMITTED';
      details.push(`It has no transaction id (xid) yet: PostgreSQL assigns one at the transaction’s first write or row lock.`);
      details.push(levelNote(level));
      if (statement.level === 'READ UNCOMMITTED' && level !== 'READ UNCOMMITTED') details.push(levelNote('READ UNCOMMITTED'));
      return { headline: `${S} starts a ${level} transaction.`, details };
    }
    case 'set_transaction': {
      if (!inBlock) return { headline: `${S} is not in a transaction: SET TRANSACTION only warns, and nothing changes.`, details };
      const level = now?.level ?? statement.level ?? 'READ COMMITTED';
      details.push(levelNote(level));
      return { headline: `${S}’s transaction is now ${level}.`, details };
    }
    case 'select': {
      const rows = result.rows ?? [];
      const snap = snapshotPhrase(was);
      if (autocommit) details.push(`Outside BEGIN it runs as a transaction of its own (autocommit) with a fresh snapshot${snap}.`);
      else if (usesTransactionSnapshot(was?.level ?? null)) {
        const taken = step.snapshotTakenAt[result.session];
        details.push(
          was?.snapshotSource === 'transaction' && taken !== undefined && taken < step.index
            ? `It reads from its transaction snapshot${snap}, taken at step ${taken + 1}.`
            : `This is the transaction’s first statement, so it takes the snapshot${snap} that every later statement of the transaction reuses.`,
        );
      } else details.push(`READ COMMITTED: this statement takes a fresh snapshot${snap}, so it sees everything committed before it started.`);
      details.push(...readDetails(before, result.session, statement.table));
      if (statement.forUpdate && changes.locked > 0) {
        details.push(
          `FOR UPDATE also locks the ${plural(changes.locked, 'row')} it returns: the version’s xmax now holds xid ${changes.xid} as a lock only. Other writers and lockers of these rows wait until ${S}’s transaction ends.`,
        );
      }
      if (was?.level === 'SERIALIZABLE' && inBlock) details.push('As a SERIALIZABLE transaction it also leaves a SIREAD lock on what it read (here the whole table: a sequential scan).');
      return { headline: `${S} reads ${describeRows(rows)}.`, details };
    }
    case 'update':
    case 'delete': {
      const n = changes.replaced;
      if (n === 0) {
        details.push('No row version visible to it matched the WHERE clause.');
        return { headline: `${S}’s ${statement.kind.toUpperCase()} changes no row.`, details };
      }
      if (was?.xid === 0 && changes.xid) details.push(`This first write gives ${S}’s transaction its xid, ${changes.xid}.`);
      details.push(
        statement.kind === 'update'
          ? `PostgreSQL never overwrites a row in place: it writes a new version (xmin = ${changes.xid}) and stamps the old one’s xmax with ${changes.xid}.`
          : `The row is not removed: its version’s xmax is stamped with ${changes.xid}, and it stays in the table until VACUUM reclaims it.`,
      );
      details.push(
        autocommit
          ? 'Outside BEGIN the statement commits at once (autocommit).'
          : `Until ${S} commits, other sessions keep seeing the old version, and anyone else who tries to change or lock ${n === 1 ? 'this row' : 'these rows'} waits.`,
      );
      return { headline: `${S} ${statement.kind === 'update' ? 'updates' : 'deletes'} ${plural(n, 'row')}.`, details };
    }
    case 'insert': {
      if (was?.xid === 0 && changes.xid) details.push(`This first write gives ${S}’s transaction its xid, ${changes.xid}.`);
      details.push(
        autocommit
          ? 'Outside BEGIN the statement commits at once (autocommit).'
          : `The new ${changes.created === 1 ? 'version has' : 'versions have'} xmin = ${changes.xid}; no other session sees ${changes.created === 1 ? 'it' : 'them'} until ${S} commits.`,
      );
      return { headline: `${S} inserts ${plural(changes.created, 'row')}.`, details };
    }
    case 'create_table':
      return { headline: `${S} creates table ${statement.table ?? ''}.`.replace(' .', '.'), details };
    case 'commit': {
      if (was?.status === 'failed') {
        details.push('A failed transaction cannot commit: COMMIT ends it by rolling back (PostgreSQL answers ROLLBACK), so none of its changes survive.');
        return { headline: `${S}’s COMMIT rolls back the failed transaction.`, details };
      }
      if (!inBlock) return { headline: `${S} has no transaction in progress: COMMIT only warns.`, details };
      if (!was?.xid) {
        details.push(`${S} never wrote, so it never needed an xid, and nothing changes for anyone else.`);
        return { headline: `${S} commits.`, details };
      }
      details.push(
        `xid ${was.xid} is now committed. Snapshots taken from now on see its row versions; snapshots taken earlier still count it as in progress and keep not seeing them. Its row locks are released.`,
      );
      return { headline: `${S} commits xid ${was.xid}.`, details };
    }
    case 'rollback': {
      if (!inBlock && was?.status !== 'failed') return { headline: `${S} has no transaction in progress: ROLLBACK only warns.`, details };
      if (was?.status === 'failed') {
        details.push(`The transaction was already aborted by its error, which discarded its changes and released its locks. ROLLBACK ends the block so ${S} can start again.`);
        return { headline: `${S} rolls back its failed transaction.`, details };
      }
      if (was?.xid) {
        details.push(
          `xid ${was.xid} is aborted. The versions it wrote are dead: no snapshot will ever see them. Versions it had stamped with its xid in xmax count as live again, and its row locks are released.`,
        );
      } else details.push(`${S} had written nothing, so nothing changes for anyone else.`);
      return { headline: `${S} rolls back.`, details };
    }
    default:
      return { headline: `${S} runs ${result.sql}.`, details };
  }
}

/** Explain step `index` (0-based) of a trace: what happened and why. */
export function explainStep(trace: ScenarioTrace, index: number): StepExplanation {
  const step = trace.steps[index];
  if (!step) return explainStart(trace);
  const { headline, details } = ownDetails(trace, step);
  (step.result.resumed ?? []).forEach((r, k) => details.push(resumedDetails(trace, step, r, k)));
  const tone: StepTone = step.result.status === 'ok' ? ((step.result.resumed ?? []).some((r) => r.status === 'error') ? 'error' : 'ok') : step.result.status;
  const extra = (step.result.resumed ?? []).map((r) => `${sessionLabel(r.session)} resumes`);
  return { headline: extra.length ? `${headline.replace(/\.$/, '')}; ${extra.join('; ')}.` : headline, details, tone };
}

/** The explanation shown before the first step. */
export function explainStart(trace: ScenarioTrace): StepExplanation {
  const details: string[] = [];
  for (const t of trace.initial.tables) {
    const live = t.versions.filter((v) => v.xmin.state === 'committed' && (!v.xmax || v.lockOnly || v.xmax.state !== 'committed')).length;
    details.push(`Table ${t.name} holds ${plural(live, 'row')}, written by the setup transaction and committed.`);
  }
  if (trace.halt?.phase === 'setup') {
    return { headline: 'The setup failed, so nothing can run.', details: [trace.halt.message], tone: 'error' };
  }
  details.push(`${plural(trace.steps.length, 'step')} follow, sent by ${trace.sessions.map(sessionLabel).join(', ')}. Step forward to run the first.`);
  return { headline: 'Setup is done; no session has started yet.', details, tone: 'ok' };
}

/** The sentence read out (aria-live) when the lab moves to `position` (0 = before the first step). */
export function announceStep(trace: ScenarioTrace, position: number): string {
  const total = trace.steps.length;
  if (position <= 0) return `Start, before step 1 of ${total}. ${spoken(explainStart(trace).headline)}`;
  const index = position - 1;
  const step = trace.steps[index];
  if (!step) return '';
  return `Step ${position} of ${total}. ${spoken(explainStep(trace, index).headline)}`;
}

/** Text for a screen reader: the backticks that mark code on screen are not read out. */
export function spoken(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/** True if the step, or any statement it resumed, failed. */
export function stepHasError(result: StepResult): boolean {
  return result.status === 'error' || (result.resumed ?? []).some((r) => r.status === 'error');
}
