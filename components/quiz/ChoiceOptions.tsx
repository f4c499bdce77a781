import type { ChoiceQuestion } from '@/lib/quiz/schema';
import { CorrectIcon, WrongIcon } from './icons';

/**
 * Radio buttons (one answer) or checkboxes (several) in this attempt's order. Once revealed, every
 * option carries its explanation and a mark in words: right answer, your pick, or both.
 */
export function ChoiceOptions({
  question,
  order,
  selected,
  name,
  revealed,
  onSelect,
}: {
  question: ChoiceQuestion;
  order: readonly string[];
  selected: readonly string[];
  name: string;
  revealed: boolean;
  onSelect: (selected: string[]) => void;
}) {
  const several = question.type === 'multiple';
  const byId = new Map(question.options.map((option) => [option.id, option]));
  return (
    <ul className="quiz-options">
      {order.map((optionId) => {
        const option = byId.get(optionId);
        if (!option) return null;
        const picked = selected.includes(option.id);
        const explanationId = `${name}-${option.id}-why`;
        const state = revealed ? (option.correct ? 'is-right' : picked ? 'is-wrong' : 'is-other') : picked ? 'is-picked' : '';
        return (
          <li key={option.id} className={`quiz-option ${state}`}>
            <label className="quiz-option-label">
              <input
                type={several ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={picked}
                aria-describedby={revealed ? explanationId : undefined}
                onChange={(event) =>
                  onSelect(several ? (event.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id)) : [option.id])
                }
              />
              <span>{option.text}</span>
            </label>
            {revealed && (
              <p id={explanationId} className="quiz-explanation">
                <OptionMark correct={option.correct} picked={picked} several={several} /> {option.explanation}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function OptionMark({ correct, picked, several }: { correct: boolean; picked: boolean; several: boolean }) {
  if (correct) {
    return (
      <strong className="quiz-mark quiz-mark-right">
        <CorrectIcon /> {several ? 'Belongs in the answer' : 'Right answer'}
        {picked ? ', your pick.' : '.'}
      </strong>
    );
  }
  if (picked) {
    return (
      <strong className="quiz-mark quiz-mark-wrong">
        <WrongIcon /> Your pick, {several ? 'does not belong.' : 'not right.'}
      </strong>
    );
  }
  return <strong className="quiz-mark">{several ? 'Does not belong.' : 'Not right.'}</strong>;
}
