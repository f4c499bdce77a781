'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { ConfirmReset } from '@/components/progress/ConfirmReset';
import { noticeText } from '@/components/progress/notice-text';
import { lessonHref } from '@/lib/content/routes';
import { dueQueue, filterDeck, nextDueDay, NEW_CARDS_PER_DAY, type DeckFilter, type Flashcard } from '@/lib/flashcards/deck';
import { clockAt, dayNumber, GRADES, intervalsFor, type Grade } from '@/lib/flashcards/schedule';
import { flashcardStore, gradeCard } from '@/lib/flashcards/store';

const GRADE_LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** "today", "1 day", "3 days". */
function inDays(days: number): string {
  return days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`;
}

// The deck can be chosen by link (/flashcards/?deck=<lesson slug>, as lesson pages do).
const noSubscription = () => () => {};
const readDeckParam = () => new URLSearchParams(window.location.search).get('deck');
const noDeckOnServer = () => null;

/**
 * Spaced-repetition review: today's due cards one at a time, front first; the reader reveals the back
 * and grades their recall, which schedules the card's next review (lib/flashcards/schedule.ts). The
 * schedule lives in this browser's storage, so nothing renders until it is read.
 */
export function FlashcardReview({ cards, lessons }: { cards: Flashcard[]; lessons: Array<{ slug: string; title: string }> }) {
  const uid = useId();
  const loaded = useSyncExternalStore(flashcardStore.subscribe, flashcardStore.getSnapshot, flashcardStore.getServerSnapshot);
  const deckParam = useSyncExternalStore(noSubscription, readDeckParam, noDeckOnServer);
  const [chosen, setChosen] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [today] = useState(() => dayNumber(new Date()));
  const showRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [focusNext, setFocusNext] = useState<'show' | 'back' | null>(null);

  const options = [
    { value: 'all', label: 'All cards' },
    { value: 'glossary', label: 'Glossary terms' },
    ...lessons.map((lesson) => ({ value: lesson.slug, label: `Lesson: ${lesson.title}` })),
  ];
  const requested = chosen ?? deckParam ?? 'all';
  const deckValue = options.some((o) => o.value === requested) ? requested : 'all';
  const filter: DeckFilter = deckValue === 'all' || deckValue === 'glossary' ? deckValue : { lesson: deckValue };
  const deck = filterDeck(cards, filter);
  const states = loaded?.data.cards ?? {};
  const queue = loaded ? dueQueue(deck, states, { day: today, time: 0 }) : [];
  const card = queue[0];
  const reviewedToday = Object.values(states).filter((s) => dayNumber(new Date(s.last)) === today).length;

  useEffect(() => {
    if (focusNext === 'show') (showRef.current ?? doneRef.current)?.focus();
    if (focusNext === 'back') backRef.current?.focus();
  }, [focusNext, card?.id, revealed]);

  const grade = (value: Grade) => {
    if (!card) return;
    flashcardStore.update((data) => gradeCard(data, card.id, value, clockAt(new Date())));
    setRevealed(false);
    setFocusNext('show');
  };

  const deckId = `${uid}-deck`;
  return (
    <section className="flashcards" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="sr-only">
        Review
      </h2>
      <div className="flashcards-toolbar">
        <label htmlFor={deckId} className="text-sm font-medium">
          Deck
        </label>
        <select
          id={deckId}
          className="quiz-input flashcards-select"
          value={deckValue}
          onChange={(event) => {
            const value = event.target.value;
            setChosen(value);
            setRevealed(false);
            window.history.replaceState(null, '', value === 'all' ? window.location.pathname : `?deck=${encodeURIComponent(value)}`);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({filterDeck(cards, option.value === 'all' || option.value === 'glossary' ? option.value : { lesson: option.value }).length})
            </option>
          ))}
        </select>
        <p className="flashcards-counts" data-progress={loaded ? 'known' : 'unknown'}>
          {loaded && (
            <>
              Due now: {queue.length} · reviewed today: {reviewedToday}
            </>
          )}
        </p>
      </div>

      {loaded?.notice && (
        <div className="storage-notice storage-notice-inline" role="status">
          <p>{noticeText(loaded.notice, 'flashcard schedule')}</p>
          <button type="button" className="quiz-button-secondary" onClick={() => flashcardStore.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}

      <div className="flashcard-stage">
        {!loaded ? null : card ? (
          <article className="flashcard" aria-labelledby={`${uid}-front`}>
            <p className="eyebrow">
              {card.kind === 'term' ? 'Glossary term' : `Key fact · ${card.lesson?.title ?? ''}`} · card 1 of {queue.length} due
            </p>
            <h3 id={`${uid}-front`} className="flashcard-front">
              {card.front}
            </h3>
            {revealed ? (
              <>
                <div ref={backRef} tabIndex={-1} className="flashcard-back">
                  <p>{card.back}</p>
                  {card.lesson && (
                    <p className="text-sm">
                      Explained in{' '}
                      <Link href={lessonHref(card.lesson.slug)} className="text-link">
                        {card.lesson.title}
                      </Link>
                    </p>
                  )}
                </div>
                <div role="group" aria-label="How well did you recall it?" className="flashcard-grades">
                  <p className="text-sm font-medium">How well did you recall it?</p>
                  <div className="flashcard-grade-buttons">
                    {GRADES.map((value) => {
                      const days = intervalsFor(states[card.id])[value];
                      return (
                        <button key={value} type="button" className={`flashcard-grade flashcard-grade-${value}`} onClick={() => grade(value)}>
                          <span className="font-semibold">{GRADE_LABELS[value]}</span>
                          <span className="flashcard-grade-when">
                            <span className="sr-only">, next review </span>
                            {value === 'again' ? 'again today' : `in ${inDays(days)}`}
                          </span>
                        </button>
                      );
                    })}
                  </div>
                </div>
              </>
            ) : (
              <button
                ref={showRef}
                type="button"
                className="quiz-button flashcard-show"
                onClick={() => {
                  setRevealed(true);
                  setFocusNext('back');
                }}
              >
                Show answer
              </button>
            )}
          </article>
        ) : (
          <div ref={doneRef} tabIndex={-1} className="flashcard flashcard-done">
            <p className="flashcard-front">Nothing more is due in this deck today.</p>
            <p className="muted">{describeNext(deck, states, today)}</p>
          </div>
        )}
      </div>

      <ConfirmReset
        label="Reset flashcard schedule"
        question="Forget every card's review history on this device? All cards become new again."
        confirmLabel="Reset schedule"
        done="Flashcard schedule reset."
        onConfirm={() => flashcardStore.reset()}
      />
    </section>
  );
}

function describeNext(deck: Flashcard[], states: Parameters<typeof nextDueDay>[1], today: number): string {
  const unseen = deck.filter((card) => !Object.hasOwn(states, card.id)).length;
  const next = nextDueDay(deck, states, today);
  const parts: string[] = [];
  if (next !== null) parts.push(`The next card is due ${next === today + 1 ? 'tomorrow' : `in ${next - today} days`}.`);
  if (unseen > 0) parts.push(`${unseen} new ${unseen === 1 ? 'card waits' : 'cards wait'} for tomorrow (${NEW_CARDS_PER_DAY} new cards a day).`);
  if (parts.length === 0) parts.push('This deck has no cards yet.');
  return parts.join(' ');
}
