/**
 * Spaced repetition, SM-2 style: every card carries an ease factor; recalling it pushes the next
 * review further out by that factor, forgetting it ("again") brings it back today and lowers the
 * ease. Days are whole local calendar days, so "due today" means today wherever the reader is.
 */

/** How well the reader recalled a card. */
export type Grade = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

/** What the scheduler remembers about one card the reader has seen. */
export interface CardState {
  /** Growth factor of the interval on a "good" review (SM-2's E-Factor). */
  ease: number;
  /** Days from the last review to the next; 0 means again today. */
  interval: number;
  /** Reviews in a row without "again". */
  reps: number;
  /** Times the card was forgotten. */
  lapses: number;
  /** Day number the card is next due. */
  due: number;
  /** Time of the last review (ms since the epoch), to queue cards seen today behind the rest. */
  last: number;
  /** Day number of the first review, to limit new cards per day. */
  first: number;
}

/** When a review happens: the local calendar day number and the time in ms. */
export interface ReviewClock {
  day: number;
  time: number;
}

// SM-2 (Wozniak, 1990) starts every card at an ease of 2.5 and never lets it fall below 1.3.
export const START_EASE = 2.5;
export const MIN_EASE = 1.3;
const MAX_EASE = 4;
/** No card waits longer than a year. */
export const MAX_INTERVAL = 365;
// Ease changes per grade, and the first intervals of a new (or just forgotten) card, in days.
const EASE_CHANGE: Record<Grade, number> = { again: -0.2, hard: -0.15, good: 0, easy: 0.15 };
const FIRST_INTERVAL: Record<Exclude<Grade, 'again'>, number> = { hard: 1, good: 2, easy: 4 };
const HARD_FACTOR = 1.2;
const EASY_BONUS = 1.3;

/** The local calendar day of a date, as a whole number of days since 1970-01-01. */
export function dayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

/** A clock reading for a date. */
export function clockAt(date: Date): ReviewClock {
  return { day: dayNumber(date), time: date.getTime() };
}

/**
 * The interval each grade would give: always again < hard < good < easy (until the one-year cap),
 * so the buttons never offer two grades with the same outcome.
 */
export function intervalsFor(state: CardState | undefined): Record<Grade, number> {
  if (!state || state.reps === 0) return { again: 0, ...FIRST_INTERVAL };
  const previous = Math.max(1, state.interval);
  const hard = Math.max(previous + 1, Math.round(previous * HARD_FACTOR));
  const good = Math.max(hard + 1, Math.round(previous * state.ease));
  const easy = Math.max(good + 1, Math.round(previous * state.ease * EASY_BONUS));
  const cap = (days: number) => Math.min(MAX_INTERVAL, days);
  return { again: 0, hard: cap(hard), good: cap(good), easy: cap(easy) };
}

/** The card's state after a review with this grade (state undefined: a new card). */
export function review(state: CardState | undefined, grade: Grade, clock: ReviewClock): CardState {
  const ease = Math.min(MAX_EASE, Math.max(MIN_EASE, (state?.ease ?? START_EASE) + EASE_CHANGE[grade]));
  const interval = intervalsFor(state)[grade];
  return {
    ease: Math.round(ease * 100) / 100,
    interval,
    reps: grade === 'again' ? 0 : (state?.reps ?? 0) + 1,
    lapses: (state?.lapses ?? 0) + (grade === 'again' ? 1 : 0),
    due: clock.day + interval,
    last: clock.time,
    first: state?.first ?? clock.day,
  };
}

/** True when a card the reader has seen is due on `day`. */
export function isDue(state: CardState, day: number): boolean {
  return state.due <= day;
}
