import { numericInputProblem, parseNumberInput } from './numeric';
import type { Answer } from './score';
import type { QuizQuestion } from './schema';
import { scrambledOrder, seededShuffle } from './shuffle';

/** What a reader has entered but not yet submitted for one question. */
export type Draft = { selected: string[] } | { text: string } | { order: string[] };

/** A question as one attempt presents it: options in this attempt's order, ordering items scrambled. */
export interface PresentedQuestion {
  /** Unique within a quiz or exam (the exam prefixes the lesson slug); also salts the shuffle. */
  key: string;
  question: QuizQuestion;
  /** Option ids (choice questions) or item ids (ordering) in the order shown; empty for numeric. */
  order: string[];
}

/** Lays out a question for the attempt with this seed: a pure function, so every render agrees. */
export function presentQuestion(key: string, question: QuizQuestion, seed: number): PresentedQuestion {
  if (question.type === 'numeric') return { key, question, order: [] };
  if (question.type === 'ordering') return { key, question, order: scrambledOrder(question.items.map((i) => i.id), seed, key) };
  return { key, question, order: seededShuffle(question.options.map((o) => o.id), seed, key) };
}

/** Why a draft cannot be submitted yet, or null when it can. */
export function draftProblem(presented: PresentedQuestion, draft: Draft | undefined): string | null {
  const { question } = presented;
  if (question.type === 'numeric') {
    const text = draft && 'text' in draft ? draft.text : '';
    if (!text.trim()) return 'Type a number first.';
    return numericInputProblem(text);
  }
  if (question.type === 'ordering') return null;
  const selected = draft && 'selected' in draft ? draft.selected : [];
  if (selected.length === 0) return question.type === 'multiple' ? 'Pick at least one option first.' : 'Pick an option first.';
  return null;
}

/** Turns a draft into an answer; null when the draft cannot be submitted (see draftProblem). */
export function draftToAnswer(presented: PresentedQuestion, draft: Draft | undefined): Answer | null {
  if (draftProblem(presented, draft)) return null;
  const { question } = presented;
  if (question.type === 'numeric') {
    const value = parseNumberInput(draft && 'text' in draft ? draft.text : '');
    return value === null ? null : { kind: 'numeric', value };
  }
  if (question.type === 'ordering') return { kind: 'ordering', order: draft && 'order' in draft ? draft.order : presented.order };
  return { kind: 'choice', selected: draft && 'selected' in draft ? draft.selected : [] };
}

/** Moves one item of an order up (-1) or down (+1); out-of-range moves return the order unchanged. */
export function moveItem(order: readonly string[], id: string, direction: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= order.length) return order.slice();
  const next = order.slice();
  next[from] = next[to] as string;
  next[to] = id;
  return next;
}
