'use client';

import { useId, useMemo, useState } from 'react';
import { useProgress } from '@/components/progress/use-progress';
import { lessonStatus, recordQuiz } from '@/lib/progress/progress';
import { progressStore } from '@/lib/progress/store';
import { draftProblem, draftToAnswer, presentQuestion, type Draft } from '@/lib/quiz/attempt';
import { PASS_MARK, isCorrect, scoreAnswers, type Answer } from '@/lib/quiz/score';
import type { QuizQuestion } from '@/lib/quiz/schema';
import { FIRST_ATTEMPT_SEED, newAttemptSeed } from '@/lib/quiz/shuffle';
import { QuestionCard } from './QuestionCard';
import { useDeferredFocus } from './use-deferred-focus';

/**
 * A lesson's self-check: every question answered and explained one at a time, a score at the end,
 * retry with a new order, and a view of only the mistakes. The first attempt's order comes from a
 * fixed seed, so the server's HTML and the first client render are the same.
 */
export function Quiz({ slug, questions }: { slug: string; questions: QuizQuestion[] }) {
  const uid = useId();
  const [seed, setSeed] = useState(FIRST_ATTEMPT_SEED);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [onlyMistakes, setOnlyMistakes] = useState(false);
  const focusLater = useDeferredFocus();
  const loaded = useProgress();

  const presented = useMemo(() => questions.map((question) => presentQuestion(question.id, question, seed)), [questions, seed]);
  const score = scoreAnswers(presented, answers);
  const finished = score.answered === presented.length;
  const mistakes = presented.filter((p) => answers[p.key] && !isCorrect(p.question, answers[p.key] as Answer));
  const shown = finished && onlyMistakes ? mistakes : presented;
  const cardId = (key: string) => `${uid}-${key}`;
  const resultId = `${uid}-result`;
  const titleId = `${uid}-title`;
  const needed = Math.ceil(PASS_MARK * presented.length - 1e-9);

  const submit = (key: string): string | null => {
    const item = presented.find((p) => p.key === key);
    if (!item) return null;
    const answer = draftToAnswer(item, drafts[key]);
    if (!answer) return draftProblem(item, drafts[key]);
    const next = { ...answers, [key]: answer };
    setAnswers(next);
    const result = scoreAnswers(presented, next);
    if (result.answered === presented.length) {
      progressStore.update((data) => recordQuiz(data, slug, result.correct, result.total, new Date().toISOString()));
    }
    return null;
  };

  const goNext = (key: string) => {
    const index = shown.findIndex((p) => p.key === key);
    const after = [...shown.slice(index + 1), ...shown.slice(0, index)].find((p) => !answers[p.key]);
    if (after) document.getElementById(`${cardId(after.key)}-prompt`)?.focus();
    else document.getElementById(resultId)?.focus();
  };

  const retry = () => {
    setSeed(newAttemptSeed());
    setDrafts({});
    setAnswers({});
    setOnlyMistakes(false);
    focusLater(titleId);
  };

  const status = loaded ? lessonStatus(loaded.data, slug) : null;
  return (
    <section className="quiz not-prose" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} className="quiz-title">
        Check yourself
      </h2>
      <p className="quiz-intro">
        {presented.length} questions, each explained once you check it. Pass with {needed} right to mark the lesson as mastered.
      </p>
      <p className="quiz-best" data-progress={status ? 'known' : 'unknown'}>
        {status?.mastered
          ? `Mastered on this device. Best score ${status.bestPercent ?? 0}%.`
          : status?.bestPercent != null
            ? `Best score on this device: ${status.bestPercent}%.`
            : ''}
      </p>
      <ol className="quiz-list">
        {shown.map((item) => (
          <li key={`${seed}:${item.key}`}>
            <QuestionCard
              presented={item}
              id={cardId(item.key)}
              number={presented.indexOf(item) + 1}
              total={presented.length}
              draft={drafts[item.key]}
              onDraft={(draft) => setDrafts((all) => ({ ...all, [item.key]: draft }))}
              answer={answers[item.key]}
              revealed={answers[item.key] !== undefined}
              check={{
                submit: () => submit(item.key),
                next: () => goNext(item.key),
                nextLabel: shown.some((p) => p.key !== item.key && !answers[p.key]) ? 'Next question' : 'See your score',
              }}
            />
          </li>
        ))}
      </ol>
      <div className="quiz-result" hidden={!finished}>
        <h3 id={resultId} tabIndex={-1} className="quiz-result-title">
          Your score: {score.correct} of {score.total} ({score.percent}%)
        </h3>
        <p>
          {score.passed
            ? 'Passed. This lesson now counts as mastered on this device.'
            : `Not passed yet: the pass mark is ${needed} of ${score.total}. Read the explanations, then try again.`}
        </p>
        <div className="quiz-result-actions">
          {mistakes.length > 0 && (
            <button
              type="button"
              className="quiz-button-secondary"
              onClick={() => {
                setOnlyMistakes(!onlyMistakes);
                const first = onlyMistakes ? presented[0] : mistakes[0];
                if (first) focusLater(`${cardId(first.key)}-prompt`);
              }}
            >
              {onlyMistakes ? 'Show all questions' : `Review my mistakes (${mistakes.length})`}
            </button>
          )}
          <button type="button" className="quiz-button" onClick={retry}>
            Try again
          </button>
        </div>
      </div>
    </section>
  );
}
