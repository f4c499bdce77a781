'use client';

import { useId, useMemo, useState } from 'react';
import { useProgress } from '@/components/progress/use-progress';
import { recordExam } from '@/lib/progress/progress';
import { progressStore } from '@/lib/progress/store';
import { draftToAnswer, type Draft } from '@/lib/quiz/attempt';
import { drawExam, resultsByModule, type ExamPool } from '@/lib/quiz/exam';
import { isCorrect, scoreAnswers, type Answer } from '@/lib/quiz/score';
import { FIRST_ATTEMPT_SEED, newAttemptSeed } from '@/lib/quiz/shuffle';
import { CorrectIcon, WrongIcon } from './icons';
import { QuestionCard } from './QuestionCard';
import { useDeferredFocus } from './use-deferred-focus';

type Submitted = Record<string, Answer | undefined>;

/**
 * The final exam: questions drawn from every lesson by a seed (fixed for the first exam, so server
 * and client agree; random for each new exam), answered in one go, then scored per module with
 * every option explained.
 */
export function Exam({ pool }: { pool: ExamPool }) {
  const uid = useId();
  const [seed, setSeed] = useState(FIRST_ATTEMPT_SEED);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [onlyMistakes, setOnlyMistakes] = useState(false);
  // Set when the reader pressed Submit with questions still unanswered: the exam asks once before scoring them as wrong.
  const [confirming, setConfirming] = useState(false);
  const focusLater = useDeferredFocus();
  const loaded = useProgress();

  const questions = useMemo(() => drawExam(pool, seed), [pool, seed]);
  // Only what the reader touched counts as answered (an ordering question starts with an order already).
  const answerOf = (question: (typeof questions)[number]) => (drafts[question.key] ? draftToAnswer(question, drafts[question.key]) : null);
  const answeredNow = questions.filter((q) => answerOf(q)).length;
  const score = submitted ? scoreAnswers(questions, submitted) : null;
  const modules = submitted ? resultsByModule(pool, questions, submitted) : [];
  const wrong = (key: string) => {
    const item = questions.find((q) => q.key === key);
    const answer = submitted?.[key];
    return Boolean(item && (!answer || !isCorrect(item.question, answer)));
  };
  const mistakes = submitted ? questions.filter((q) => wrong(q.key)) : [];
  const resultId = `${uid}-result`;
  const startId = `${uid}-start`;
  const confirmId = `${uid}-confirm`;
  const unanswered = questions.filter((q) => !answerOf(q));

  const submit = () => {
    setConfirming(false);
    const answers: Submitted = Object.fromEntries(questions.map((q) => [q.key, answerOf(q) ?? undefined]));
    setSubmitted(answers);
    const result = scoreAnswers(questions, answers);
    progressStore.update((data) => recordExam(data, result.percent));
    focusLater(resultId);
  };

  const newExam = () => {
    setSeed(newAttemptSeed());
    setDrafts({});
    setSubmitted(null);
    setOnlyMistakes(false);
    setConfirming(false);
    focusLater(startId);
  };

  if (questions.length === 0) return <p className="quiz-intro">No lesson has a quiz yet, so there is no exam to take.</p>;

  const exam = loaded?.data.exam;
  return (
    <div className="exam">
      <p id={startId} tabIndex={-1} className="quiz-best" data-progress={loaded ? 'known' : 'unknown'}>
        {exam ? `Best exam score on this device: ${exam.best}% (last ${exam.last}%, ${exam.attempts} taken).` : loaded ? 'No exam taken on this device yet.' : ''}
      </p>

      {submitted && score && (
        <section className="quiz-result" aria-labelledby={resultId}>
          <h2 id={resultId} tabIndex={-1} className="quiz-result-title">
            Your score: {score.correct} of {score.total} ({score.percent}%)
          </h2>
          <div className="table-scroll" role="region" aria-label="Score by module" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Module</th>
                  <th scope="col">Right</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {modules.map((module) => (
                  <tr key={module.id}>
                    <th scope="row">{module.title}</th>
                    <td>
                      {module.score.correct} of {module.score.total} ({module.score.percent}%)
                    </td>
                    <td className={module.score.passed ? 'quiz-mark-right' : 'quiz-mark-wrong'}>
                      {module.score.passed ? <CorrectIcon /> : <WrongIcon />} {module.score.passed ? 'Passed' : 'Below 80%: revisit'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="quiz-result-actions">
            {mistakes.length > 0 && (
              <button
                type="button"
                className="quiz-button-secondary"
                onClick={() => {
                  setOnlyMistakes(!onlyMistakes);
                }}
              >
                {onlyMistakes ? 'Show all questions' : `Review my mistakes (${mistakes.length})`}
              </button>
            )}
            <button type="button" className="quiz-button" onClick={newExam}>
              New exam
            </button>
          </div>
        </section>
      )}

      {pool.modules.map((module, moduleIndex) => {
        const own = questions.filter((q) => q.moduleId === module.id && (!onlyMistakes || wrong(q.key)));
        if (own.length === 0) return null;
        const headingId = `${uid}-module-${module.id}`;
        return (
          <section key={module.id} aria-labelledby={headingId} className="exam-module">
            <h2 id={headingId} className="exam-module-title">
              <span className="eyebrow">Module {moduleIndex + 1}</span> {module.title}
            </h2>
            <ol className="quiz-list">
              {own.map((item) => (
                <li key={`${seed}:${item.key}`}>
                  <QuestionCard
                    presented={item}
                    id={`${uid}-${item.key}`}
                    number={questions.indexOf(item) + 1}
                    total={questions.length}
                    source={item.lessonTitle}
                    draft={drafts[item.key]}
                    onDraft={(draft) => setDrafts((all) => ({ ...all, [item.key]: draft }))}
                    answer={submitted?.[item.key]}
                    revealed={submitted !== null}
                  />
                </li>
              ))}
            </ol>
          </section>
        );
      })}

      {!submitted && (
        <div className="exam-submit">
          <p role="status">
            {answeredNow} of {questions.length} answered
          </p>
          {confirming && unanswered.length > 0 ? (
            <div id={confirmId} tabIndex={-1} role="group" aria-label="Confirm submitting" className="exam-confirm">
              <p>
                {unanswered.length === 1 ? '1 question is' : `${unanswered.length} questions are`} unanswered and will count as
                wrong.
              </p>
              <div className="quiz-result-actions">
                <button
                  type="button"
                  className="quiz-button-secondary"
                  onClick={() => {
                    setConfirming(false);
                    if (unanswered[0]) focusLater(`${uid}-${unanswered[0].key}-prompt`);
                  }}
                >
                  Keep answering
                </button>
                <button type="button" className="quiz-button" onClick={submit}>
                  Submit with {unanswered.length} unanswered
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="quiz-button"
              onClick={() => {
                if (unanswered.length === 0) return submit();
                setConfirming(true);
                focusLater(confirmId);
              }}
            >
              Submit exam
            </button>
          )}
        </div>
      )}
    </div>
  );
}
