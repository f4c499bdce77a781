import type { Quiz } from '../quiz/schema';
import type { GlossaryTerm } from './glossary-schema';
import { isDue, type CardState, type ReviewClock } from './schedule';

/** One flashcard: a cue on the front, the answer on the back, and where it comes from. */
export interface Flashcard {
  /** Stable across builds: "term:<id>" or "fact:<lesson>:<id>"; the review schedule is keyed by it. */
  id: string;
  front: string;
  back: string;
  /** The lesson that explains it, when there is one. */
  lesson?: { slug: string; title: string };
  kind: 'term' | 'fact';
}

/** A lesson as the deck needs it. */
export interface DeckLesson {
  slug: string;
  title: string;
  quiz: Quiz | null;
}

/**
 * Every card: glossary terms first (file order), then each lesson's key facts in course order. A
 * lesson whose quiz.json has no `keyFacts` gets cards from its single-answer questions instead: the
 * question on the front, the right answer and its explanation on the back.
 */
export function buildDeck(terms: readonly GlossaryTerm[], lessons: readonly DeckLesson[]): Flashcard[] {
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.title]));
  const termCards = terms.map((term): Flashcard => {
    const title = term.lesson ? titles.get(term.lesson) : undefined;
    return { id: `term:${term.id}`, kind: 'term', front: term.term, back: term.definition, ...(term.lesson && title ? { lesson: { slug: term.lesson, title } } : {}) };
  });
  const factCards = lessons.flatMap((lesson) => {
    const source = { slug: lesson.slug, title: lesson.title };
    if (!lesson.quiz) return [];
    if (lesson.quiz.keyFacts) {
      return lesson.quiz.keyFacts.map((fact): Flashcard => ({ id: `fact:${lesson.slug}:${fact.id}`, kind: 'fact', front: fact.front, back: fact.back, lesson: source }));
    }
    return lesson.quiz.questions.flatMap((question): Flashcard[] => {
      if (question.type !== 'single' && question.type !== 'pick-database') return [];
      const right = question.options.find((o) => o.correct);
      if (!right) return [];
      return [{ id: `fact:${lesson.slug}:q-${question.id}`, kind: 'fact', front: question.prompt, back: `${right.text}. ${right.explanation}`, lesson: source }];
    });
  });
  return [...termCards, ...factCards];
}

/** Which cards a review session uses: everything, the glossary, or one lesson's facts and terms. */
export type DeckFilter = 'all' | 'glossary' | { lesson: string };

/** The cards a filter selects. A lesson's deck holds its key facts and the glossary terms it explains. */
export function filterDeck(cards: readonly Flashcard[], filter: DeckFilter): Flashcard[] {
  if (filter === 'all') return cards.slice();
  if (filter === 'glossary') return cards.filter((card) => card.kind === 'term');
  return cards.filter((card) => card.lesson?.slug === filter.lesson);
}

/** New cards introduced per day at most, so a first session is not sixty cards long. */
export const NEW_CARDS_PER_DAY = 20;

/**
 * Today's queue, in order: cards due from earlier reviews (most overdue first), then new cards (deck
 * order, up to today's allowance), then cards forgotten today (least recently seen first).
 */
export function dueQueue(
  cards: readonly Flashcard[],
  states: Readonly<Record<string, CardState | undefined>>,
  clock: ReviewClock,
  newPerDay = NEW_CARDS_PER_DAY,
): Flashcard[] {
  const introducedToday = Object.values(states).filter((s) => s?.first === clock.day).length;
  const reviews: Array<{ card: Flashcard; state: CardState }> = [];
  const relearning: Array<{ card: Flashcard; state: CardState }> = [];
  const fresh: Flashcard[] = [];
  for (const card of cards) {
    const state = Object.hasOwn(states, card.id) ? states[card.id] : undefined;
    if (!state) fresh.push(card);
    else if (isDue(state, clock.day)) (state.interval === 0 ? relearning : reviews).push({ card, state });
  }
  reviews.sort((a, b) => a.state.due - b.state.due || a.state.last - b.state.last);
  relearning.sort((a, b) => a.state.last - b.state.last);
  const newToday = fresh.slice(0, Math.max(0, newPerDay - introducedToday));
  return [...reviews.map((r) => r.card), ...newToday, ...relearning.map((r) => r.card)];
}

/** The first day after `day` on which one of these cards is due, or null when none are scheduled. */
export function nextDueDay(cards: readonly Flashcard[], states: Readonly<Record<string, CardState | undefined>>, day: number): number | null {
  let next: number | null = null;
  for (const card of cards) {
    const state = Object.hasOwn(states, card.id) ? states[card.id] : undefined;
    if (state && state.due > day && (next === null || state.due < next)) next = state.due;
  }
  return next;
}
