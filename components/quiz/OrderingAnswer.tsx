import { useEffect, useRef, useState } from 'react';
import { moveItem } from '@/lib/quiz/attempt';
import type { OrderingQuestion } from '@/lib/quiz/schema';
import { ArrowIcon, CorrectIcon, WrongIcon } from './icons';

/**
 * Put items in order with Move up / Move down buttons (keyboard and touch alike). Focus stays on the
 * button that was pressed as its item moves, and each move is announced. Once revealed, every
 * position is marked right or wrong, with the right order beside a wrong one.
 */
export function OrderingAnswer({
  question,
  order,
  revealed,
  locked,
  onOrder,
}: {
  question: OrderingQuestion;
  order: readonly string[];
  revealed: boolean;
  locked: boolean;
  onOrder: (order: string[]) => void;
}) {
  const texts = new Map(question.items.map((item) => [item.id, item.text]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (focusAfterMove) buttons.current.get(focusAfterMove)?.focus();
  }, [focusAfterMove, order]);

  const move = (id: string, direction: -1 | 1) => {
    const next = moveItem(order, id, direction);
    if (next.every((item, i) => item === order[i])) return;
    onOrder(next);
    setFocusAfterMove(`${id}:${direction}`);
    setAnnouncement(`Moved “${texts.get(id)}” to position ${next.indexOf(id) + 1} of ${next.length}.`);
  };

  const right = order.map((id, i) => question.items[i]?.id === id);
  return (
    <>
      <ol className="quiz-order">
        {order.map((id, index) => {
          const text = texts.get(id) ?? id;
          return (
            <li key={id} className={`quiz-order-item ${revealed ? (right[index] ? 'is-right' : 'is-wrong') : ''}`}>
              <span className="quiz-order-position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="quiz-order-text">
                {text}
                {revealed && (
                  <strong className={`quiz-mark ml-2 ${right[index] ? 'quiz-mark-right' : 'quiz-mark-wrong'}`}>
                    {right[index] ? <CorrectIcon /> : <WrongIcon />} {right[index] ? 'In place' : `Belongs at ${question.items.findIndex((item) => item.id === id) + 1}`}
                  </strong>
                )}
              </span>
              {!locked && (
                <span className="quiz-order-moves">
                  {([-1, 1] as const).map((direction) => {
                    const edge = direction === -1 ? index === 0 : index === order.length - 1;
                    return (
                      <button
                        key={direction}
                        ref={(element) => {
                          const key = `${id}:${direction}`;
                          if (element) buttons.current.set(key, element);
                          else buttons.current.delete(key);
                        }}
                        type="button"
                        className="quiz-move"
                        aria-label={`Move ${direction === -1 ? 'up' : 'down'}: ${text}`}
                        aria-disabled={edge || undefined}
                        onClick={() => move(id, direction)}
                      >
                        <ArrowIcon direction={direction === -1 ? 'up' : 'down'} />
                      </button>
                    );
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {revealed && (
        <div className="quiz-explanation">
          {!right.every(Boolean) && (
            <>
              <p className="font-semibold">The right order:</p>
              <ol className="quiz-right-order">
                {question.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ol>
            </>
          )}
          <p>{question.explanation}</p>
        </div>
      )}
    </>
  );
}
