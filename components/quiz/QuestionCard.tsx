'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Draft, PresentedQuestion } from '@/lib/quiz/attempt';
import { formatQuizNumber } from '@/lib/quiz/numeric';
import { isCorrect, type Answer } from '@/lib/quiz/score';
import type { QuestionType } from '@/lib/quiz/schema';
import { ChoiceOptions } from './ChoiceOptions';
import { CorrectIcon, WrongIcon } from './icons';
import { NumericAnswer } from './NumericAnswer';
import { OrderingAnswer } from './OrderingAnswer';

const HINTS: Record<QuestionType, string> = {
  single: 'Pick one',
  multiple: 'Pick all that apply',
  numeric: 'Estimate',
  ordering: 'Put in order',
  'pick-database': 'Pick the database',
};

export interface QuestionCardProps {
  presented: PresentedQuestion;
  /** DOM id of the card; its prompt is `${id}-prompt`, the focus target when moving between questions. */
  id: string;
  number: number;
  total: number;
  /** Where the question comes from (the exam names the lesson). */
  source?: string;
  draft: Draft | undefined;
  onDraft: (draft: Draft) => void;
  /** The submitted answer, once there is one. */
  answer: Answer | undefined;
  /** Show the verdict and every explanation. */
  revealed: boolean;
  /**
   * Lesson quizzes check each question on its own: submit the draft (returns why it cannot be
   * checked, or null), then move on. The exam leaves both out and submits everything at once.
   */
  check?: { submit: () => string | null; next: () => void; nextLabel: string };
}

/** One question: its prompt, the input its type needs, a check button, and the feedback once answered. */
export function QuestionCard({ presented, id, number, total, source, draft, onDraft, answer, revealed, check }: QuestionCardProps) {
  const { question, order } = presented;
  const uid = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = problem ? `${uid}-problem` : undefined;
  const locked = answer !== undefined || (revealed && !check);
  const correct = answer !== undefined && isCorrect(question, answer);

  const edit = (next: Draft) => {
    setProblem(null);
    onDraft(next);
  };

  let input: ReactNode;
  if (question.type === 'numeric') {
    input = (
      <NumericAnswer
        question={question}
        id={`${uid}-number`}
        text={draft && 'text' in draft ? draft.text : answer?.kind === 'numeric' ? String(answer.value) : ''}
        problemId={problemId}
        revealed={revealed}
        onText={(text) => edit({ text })}
      />
    );
  } else if (question.type === 'ordering') {
    input = (
      <OrderingAnswer
        question={question}
        order={answer?.kind === 'ordering' ? answer.order : draft && 'order' in draft ? draft.order : order}
        revealed={revealed}
        locked={locked}
        onOrder={(next) => edit({ order: next })}
      />
    );
  } else {
    input = (
      <ChoiceOptions
        question={question}
        order={order}
        selected={answer?.kind === 'choice' ? answer.selected : draft && 'selected' in draft ? draft.selected : []}
        name={`${uid}-choice`}
        revealed={revealed}
        onSelect={(selected) => edit({ selected })}
      />
    );
  }

  const verdict = revealed ? <Verdict correct={correct} answered={answer !== undefined} presented={presented} /> : null;
  const body = (
    <>
      <fieldset disabled={locked} className="quiz-fieldset">
        <legend id={`${id}-prompt`} tabIndex={-1} className="quiz-legend">
          <span className="quiz-question-meta">
            Question {number} of {total} · {HINTS[question.type]}
            {source && <> · {source}</>}
          </span>
          <span className="quiz-prompt">{question.prompt}</span>
        </legend>
        {check ? (
          // Always in the page, so the verdict is announced the moment it appears.
          <p role="status" className="quiz-verdict-slot">
            {verdict}
          </p>
        ) : (
          verdict && <p className="quiz-verdict-slot">{verdict}</p>
        )}
        {input}
      </fieldset>
      {check ? (
        <div className="quiz-actions">
          {answer === undefined ? (
            <button type="submit" className="quiz-button" aria-describedby={problemId}>
              Check answer
            </button>
          ) : (
            <button type="button" className="quiz-button-secondary" onClick={check.next}>
              {check.nextLabel}
            </button>
          )}
          {problem && (
            <p id={problemId} role="alert" className="quiz-problem">
              {problem}
            </p>
          )}
        </div>
      ) : null}
    </>
  );

  const state = revealed ? (correct ? 'is-correct' : 'is-wrong') : '';
  if (!check) {
    return (
      <div id={id} className={`quiz-question ${state}`}>
        {body}
      </div>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const why = check.submit() ?? null;
    setProblem(why);
  };
  return (
    <form id={id} className={`quiz-question ${state}`} onSubmit={onSubmit} noValidate>
      {body}
    </form>
  );
}

/** "Correct" or "Not quite" (or "No answer"), with an icon and, for a wrong number, the right one. */
function Verdict({ correct, answered, presented }: { correct: boolean; answered: boolean; presented: PresentedQuestion }) {
  const { question } = presented;
  if (correct) {
    return (
      <span className="quiz-verdict quiz-verdict-right">
        <CorrectIcon /> Correct.
      </span>
    );
  }
  const detail =
    question.type === 'numeric'
      ? ` The answer is ${formatQuizNumber(question.answer)} ${question.unit}.`
      : question.type === 'ordering'
        ? ' The right order is shown below.'
        : question.type === 'multiple'
          ? ' Each option says whether it belongs.'
          : ' The right answer is marked below.';
  return (
    <span className="quiz-verdict quiz-verdict-wrong">
      <WrongIcon /> {answered ? 'Not quite.' : 'No answer given.'}
      <span className="quiz-verdict-detail">{detail}</span>
    </span>
  );
}
