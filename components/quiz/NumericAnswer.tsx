import type { NumericQuestion } from '@/lib/quiz/schema';
import { acceptedRange, formatQuizNumber, numericInputProblem, parseNumberInput } from '@/lib/quiz/numeric';

/** A number field with the question's unit beside it; once revealed, the answer and the accepted range. */
export function NumericAnswer({
  question,
  text,
  id,
  problemId,
  revealed,
  onText,
}: {
  question: NumericQuestion;
  text: string;
  id: string;
  problemId: string | undefined;
  revealed: boolean;
  onText: (text: string) => void;
}) {
  const given = parseNumberInput(text);
  // Said while typing, unless the card already shows a problem (after a check) or the answer is revealed.
  const typing = revealed || problemId ? null : numericInputProblem(text);
  const typingId = typing ? `${id}-typing` : undefined;
  const { low, high } = acceptedRange(question.answer, question.relativeTolerance);
  const range =
    question.relativeTolerance === 0
      ? `exactly ${formatQuizNumber(question.answer)}`
      : `${formatQuizNumber(low)} to ${formatQuizNumber(high)} (within ${Math.round(question.relativeTolerance * 100)}%)`;
  return (
    <div>
      <label htmlFor={id} className="quiz-numeric-label">
        Your answer
      </label>
      <div className="quiz-numeric">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className="quiz-input"
          value={text}
          aria-describedby={[`${id}-unit`, problemId, typingId].filter(Boolean).join(' ')}
          aria-invalid={problemId || typing ? true : undefined}
          onChange={(event) => onText(event.target.value)}
        />
        <span id={`${id}-unit`} className="quiz-unit">
          {question.unit}
        </span>
      </div>
      {typing && (
        <p id={typingId} className="quiz-problem" aria-live="polite">
          {typing}
        </p>
      )}
      {revealed && (
        <p className="quiz-explanation">
          {given !== null && (
            <>
              You said {formatQuizNumber(given)} {question.unit}.{' '}
            </>
          )}
          <strong>
            The answer is {formatQuizNumber(question.answer)} {question.unit}
          </strong>
          ; accepted: {range}. {question.explanation}
        </p>
      )}
    </div>
  );
}
