import { describe, expect, it } from 'vitest';
import { GRADES, MAX_INTERVAL, MIN_EASE, START_EASE, clockAt, dayNumber, intervalsFor, isDue, review, type CardState, type Grade } from './schedule';

const DAY = 20_000;
const at = (day: number, time = day * 86_400_000 + 1) => ({ day, time });

/** Reviews a new card with each grade in turn, one review on each due day; returns every state. */
function history(grades: Grade[]): CardState[] {
  const states: CardState[] = [];
  let state: CardState | undefined;
  let day = DAY;
  for (const grade of grades) {
    state = review(state, grade, at(day));
    states.push(state);
    day = state.due;
  }
  return states;
}

describe('review (SM-2 style)', () => {
  it('schedules a new card: again today, hard 1 day, good 2, easy 4', () => {
    expect(GRADES.map((grade) => review(undefined, grade, at(DAY)).due - DAY)).toEqual([0, 1, 2, 4]);
    expect(review(undefined, 'good', at(DAY))).toEqual({ ease: START_EASE, interval: 2, reps: 1, lapses: 0, due: DAY + 2, last: at(DAY).time, first: DAY });
  });

  it('grows the interval by the ease on every "good": 2, 5, 13, 33, 83 days', () => {
    expect(history(['good', 'good', 'good', 'good', 'good']).map((s) => s.interval)).toEqual([2, 5, 13, 33, 83]);
  });

  it('caps intervals at a year', () => {
    const states = history(Array<Grade>(12).fill('easy'));
    expect(Math.max(...states.map((s) => s.interval))).toBe(MAX_INTERVAL);
  });

  it('"again" brings a card back today, resets its streak, counts a lapse and lowers the ease', () => {
    const [, second, forgotten] = history(['good', 'good', 'again']) as [CardState, CardState, CardState];
    expect(forgotten).toMatchObject({ interval: 0, reps: 0, lapses: 1, ease: 2.3 });
    // Reviewed on the day the second review set, and due again that same day.
    expect(forgotten.due).toBe(second.due);
    expect(isDue(forgotten, second.due)).toBe(true);
  });

  it('never lets the ease fall below SM-2’s floor of 1.3', () => {
    const states = history(Array<Grade>(20).fill('again'));
    expect(states.at(-1)?.ease).toBe(MIN_EASE);
    expect(states.at(-1)?.lapses).toBe(20);
  });

  it('keeps the day of the first review through later ones', () => {
    const states = history(['again', 'good', 'hard']);
    expect(states.map((s) => s.first)).toEqual([DAY, DAY, DAY]);
  });

  it.each([
    ['a new card', undefined],
    ['a young card', review(undefined, 'hard', at(DAY))],
    ['a mature card', history(['good', 'good', 'good']).at(-1)],
    ['a card at the lowest ease', { ...review(undefined, 'good', at(DAY)), ease: MIN_EASE, reps: 3, interval: 1 }],
  ])('offers strictly longer intervals for better grades on %s', (_name, state) => {
    const { again, hard, good, easy } = intervalsFor(state);
    expect(again).toBe(0);
    expect(again).toBeLessThan(hard);
    expect(hard).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
  });

  it('gives each grade the interval intervalsFor promised (the buttons tell the truth)', () => {
    const state = history(['good', 'good']).at(-1) as CardState;
    const promised = intervalsFor(state);
    for (const grade of GRADES) expect(review(state, grade, at(state.due)).interval).toBe(promised[grade]);
  });
});

describe('dayNumber', () => {
  it('counts local calendar days, so late evening and early morning of one date are the same day', () => {
    expect(dayNumber(new Date(2025, 0, 1, 0, 0, 1))).toBe(dayNumber(new Date(2025, 0, 1, 23, 59, 59)));
    expect(dayNumber(new Date(2025, 0, 2, 0, 0, 0)) - dayNumber(new Date(2025, 0, 1, 23, 59, 59))).toBe(1);
    expect(dayNumber(new Date(1970, 0, 1, 12))).toBe(0);
  });

  it('steps over month ends and leap days', () => {
    expect(dayNumber(new Date(2024, 2, 1)) - dayNumber(new Date(2024, 1, 28))).toBe(2);
    expect(clockAt(new Date(2025, 0, 1, 9)).time).toBe(new Date(2025, 0, 1, 9).getTime());
  });
});
