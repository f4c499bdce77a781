// What is wrong with a citation, as a list a test can assert empty: a public source needs a title, an https url and
// the YYYY-MM-DD day it was read; a planning assumption needs a statement, its reasoning, a well-formed range when
// it gives one, and well-formed sources behind it. Neither may talk about the course's drafting notes.

import type { Citation, SourceRef } from './sources';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DRAFTING_WORDS = /\bseeds?\b|source documents?|issue #\d/i;

function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (match === null) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function sourceProblems(ref: SourceRef, where: string): string[] {
  const problems: string[] = [];
  if (ref.kind !== 'source') problems.push(`${where}: kind is ${String(ref.kind)}, not 'source'`);
  if (ref.title.trim().length === 0) problems.push(`${where}: empty title`);
  let url: URL | null = null;
  try {
    url = new URL(ref.url);
  } catch {
    problems.push(`${where}: url ${ref.url} does not parse`);
  }
  if (url !== null && (url.protocol !== 'https:' || url.hostname.length === 0 || /\s/.test(ref.url))) {
    problems.push(`${where}: url ${ref.url} is not an https address`);
  }
  if (!isCalendarDay(ref.accessed)) problems.push(`${where}: accessed ${ref.accessed} is not a YYYY-MM-DD day`);
  for (const text of [ref.title, ref.publisher ?? '', ref.note ?? '']) {
    if (DRAFTING_WORDS.test(text)) problems.push(`${where}: mentions drafting notes: ${text}`);
  }
  return problems;
}

/** Every problem with one citation; `where` names it in the messages. Empty when the citation is well formed. */
export function citationProblems(citation: Citation, where = citation.kind === 'source' ? citation.url : citation.statement): string[] {
  if (citation.kind === 'source') return sourceProblems(citation, where);
  const problems: string[] = [];
  if (citation.kind !== 'assumption') return [`${where}: unknown kind`];
  if (citation.statement.trim().length === 0) problems.push(`${where}: empty statement`);
  if (citation.reasoning.trim().length < 40) problems.push(`${where}: reasoning too short to explain the value`);
  for (const text of [citation.statement, citation.reasoning]) {
    if (DRAFTING_WORDS.test(text)) problems.push(`${where}: mentions drafting notes: ${text}`);
  }
  const range = citation.range;
  if (range !== undefined) {
    if (!Number.isFinite(range.low) || !Number.isFinite(range.high) || range.low > range.high) {
      problems.push(`${where}: range ${range.low}–${range.high} is not low ≤ high`);
    }
    if (range.unit.trim().length === 0) problems.push(`${where}: range has no unit`);
  }
  for (const [index, ref] of (citation.basis ?? []).entries()) problems.push(...sourceProblems(ref, `${where} basis[${index}]`));
  return problems;
}

/** Every problem with a list of citations, plus one if the list is empty. */
export function citationListProblems(citations: readonly Citation[], where: string): string[] {
  if (citations.length === 0) return [`${where}: no citations`];
  return citations.flatMap((citation, index) => citationProblems(citation, `${where}[${index}]`));
}
