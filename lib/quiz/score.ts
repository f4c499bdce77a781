import { withinTolerance } from './numeric';
import type { QuizQuestion } from './schema';

/** A submitted answer: the options picked, a number, or an order of item ids. */
export type Answer =
  | { kind: 'choice'; selected: readonly string[] }
  | { kind: 'numeric'; value: number }
  | { kind: 'ordering'; order: readonly string[] };

/** A quiz passes (the lesson counts as mastered) at this share of correct answers or more. */
export const PASS_MARK = 0.8;

/** Which kind of answer a question takes. */
export function answerKind(question: QuizQuestion): Answer['kind'] {
  if (question.type === 'numeric') return 'numeric';
  if (question.type === 'ordering') return 'ordering';
  return 'choice';
}

/**
 * True when `answer` is right for `question`. Multiple choice is all-or-nothing: exactly the correct
 * set. An answer of the wrong kind is simply wrong, never an error.
 */
export function isCorrect(question: QuizQuestion, answer: Answer): boolean {
  switch (question.type) {
    case 'single':
    case 'pick-database':
    case 'multiple': {
      if (answer.kind !== 'choice') return false;
      const correct = question.options.filter((o) => o.correct).map((o) => o.id);
      const picked = new Set(answer.selected);
      return picked.size === correct.length && correct.every((id) => picked.has(id));
    }
    case 'numeric':
      return answer.kind === 'numeric' && withinTolerance(answer.value, question.answer, question.relativeTolerance);
    case 'ordering':
      return (
        answer.kind === 'ordering' &&
        answer.order.length === question.items.length &&
        question.items.every((item, i) => answer.order[i] === item.id)
      );
  }
}

/** The outcome of a set of questions. `percent` is rounded for display; `passed` compares the exact share. */
export interface Score {
  correct: number;
  answered: number;
  total: number;
  percent: number;
  passed: boolean;
}

/** Scores answers keyed like the questions (missing answers count as wrong). */
export function scoreAnswers<Q extends { key: string; question: QuizQuestion }>(
  questions: readonly Q[],
  answers: Readonly<Record<string, Answer | undefined>>,
): Score {
  let correct = 0;
  let answered = 0;
  for (const { key, question } of questions) {
    const answer = answers[key];
    if (!answer) continue;
    answered++;
    if (isCorrect(question, answer)) correct++;
  }
  return summarise(correct, answered, questions.length);
}

/** A score from counts. */
export function summarise(correct: number, answered: number, total: number): Score {
  const share = total === 0 ? 0 : correct / total;
  return { correct, answered, total, percent: Math.round(share * 100), passed: total > 0 && share >= PASS_MARK };
}
