'use client';

import { useEffect, useId, useRef, useState } from 'react';

/**
 * A reset that asks first: the button opens a short confirmation, Cancel is focused (the safe
 * choice), and after the reset focus returns to the button with a spoken confirmation.
 */
export function ConfirmReset({
  label,
  question,
  confirmLabel,
  done,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  done: string;
  onConfirm: () => void;
}) {
  const [stage, setStage] = useState<'idle' | 'asking' | 'done'>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const opened = useRef(false);

  // Focus follows the stage: Cancel when asking, back to the button when the question closes.
  useEffect(() => {
    if (stage === 'asking') {
      opened.current = true;
      cancelRef.current?.focus();
    } else if (opened.current) {
      openRef.current?.focus();
    }
  }, [stage]);

  const close = (next: 'idle' | 'done') => setStage(next);

  return (
    <div className="confirm-reset">
      {stage === 'asking' ? (
        <div role="group" aria-labelledby={questionId} className="confirm-reset-box">
          <p id={questionId}>{question}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="quiz-button-danger"
              onClick={() => {
                onConfirm();
                close('done');
              }}
            >
              {confirmLabel}
            </button>
            <button ref={cancelRef} type="button" className="quiz-button-secondary" onClick={() => close('idle')}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" className="quiz-button-secondary" onClick={() => setStage('asking')}>
          {label}
        </button>
      )}
      <p role="status" className="confirm-reset-status">
        {stage === 'done' ? done : ''}
      </p>
    </div>
  );
}
