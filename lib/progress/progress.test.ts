import { describe, expect, it } from 'vitest';
import { countStatus, emptyProgress, lessonStatus, markRead, recordExam, recordQuiz } from './progress';
import { parseProgressData } from './schema';
import { PROGRESS_VERSION } from './store';
import { readVersioned } from './versioned';

const AT = '2025-01-02T03:04:05.000Z';
const LATER = '2025-02-03T04:05:06.000Z';

describe('markRead', () => {
  it('stamps the first time a lesson is read and keeps that time', () => {
    const once = markRead(emptyProgress(), 'access-patterns', AT);
    expect(once.lessons['access-patterns']).toEqual({ readAt: AT });
    expect(markRead(once, 'access-patterns', LATER)).toBe(once);
  });

  it('keeps a lesson’s quiz record', () => {
    const quizzed = recordQuiz(emptyProgress(), 'acid', 5, 7, AT);
    expect(markRead(quizzed, 'acid', AT).lessons.acid).toEqual({ quiz: { best: 5, total: 7, attempts: 1 }, readAt: AT });
  });
});

describe('recordQuiz', () => {
  it('keeps the best score, counts attempts and stamps the first pass', () => {
    let data = recordQuiz(emptyProgress(), 'acid', 4, 7, AT);
    expect(lessonStatus(data, 'acid')).toEqual({ read: false, mastered: false, bestPercent: 57 });
    data = recordQuiz(data, 'acid', 6, 7, AT);
    expect(data.lessons.acid?.quiz).toEqual({ best: 6, total: 7, attempts: 2, passedAt: AT });
    data = recordQuiz(data, 'acid', 2, 7, LATER);
    expect(data.lessons.acid?.quiz).toEqual({ best: 6, total: 7, attempts: 3, passedAt: AT });
    expect(lessonStatus(data, 'acid')).toEqual({ read: false, mastered: true, bestPercent: 86 });
  });

  it('starts the best score afresh when the quiz changed length, but a lesson once mastered stays mastered', () => {
    let data = recordQuiz(emptyProgress(), 'acid', 7, 7, AT);
    data = recordQuiz(data, 'acid', 3, 8, LATER);
    expect(data.lessons.acid?.quiz).toEqual({ best: 3, total: 8, attempts: 2, passedAt: AT });
  });
});

describe('status', () => {
  it('counts read and mastered lessons per module, ignoring lessons not asked about', () => {
    let data = markRead(emptyProgress(), 'a', AT);
    data = markRead(data, 'b', AT);
    data = recordQuiz(data, 'b', 8, 8, AT);
    data = markRead(data, 'elsewhere', AT);
    expect(countStatus(data, ['a', 'b', 'c'])).toEqual({ read: 2, mastered: 1, total: 3 });
    expect(lessonStatus(data, 'c')).toEqual({ read: false, mastered: false, bestPercent: null });
  });

  it('never reads inherited properties as lessons', () => {
    expect(lessonStatus(emptyProgress(), 'constructor')).toEqual({ read: false, mastered: false, bestPercent: null });
  });

  it('records exams: best and last', () => {
    const data = recordExam(recordExam(emptyProgress(), 75), 50);
    expect(data.exam).toEqual({ best: 75, last: 50, attempts: 2 });
  });
});

describe('stored progress (schema version 1)', () => {
  const spec = { version: PROGRESS_VERSION, parse: parseProgressData, empty: emptyProgress, migrations: {} };
  const stored = (data: unknown) => JSON.stringify({ version: PROGRESS_VERSION, data });

  it('reads back what the reducers produce', () => {
    const data = recordExam(recordQuiz(markRead(emptyProgress(), 'access-patterns', AT), 'access-patterns', 7, 8, AT), 88);
    expect(readVersioned(stored(data), spec)).toEqual({ data, problem: null, rewrite: false });
  });

  it.each([
    ['a negative score', { lessons: { a: { quiz: { best: -1, total: 7, attempts: 1 } } } }],
    ['a fractional count', { lessons: { a: { quiz: { best: 1.5, total: 7, attempts: 1 } } } }],
    ['a quiz of zero questions', { lessons: { a: { quiz: { best: 0, total: 0, attempts: 1 } } } }],
    ['a slug that is not a slug', { lessons: { '<img src=x onerror=alert(1)>': { readAt: AT } } }],
    ['a timestamp that is not text', { lessons: { a: { readAt: 12 } } }],
    ['an exam above 100%', { lessons: {}, exam: { best: 120, last: 0, attempts: 1 } }],
    ['lessons as a list', { lessons: [] }],
    ['no lessons at all', { exam: { best: 50, last: 50, attempts: 1 } }],
    ['nothing but null', null],
    ['a lesson that is not an object', { lessons: { a: 'read' } }],
    ['a slug of 101 characters', { lessons: { ['a'.repeat(101)]: { readAt: AT } } }],
    ['a pass time of 41 characters', { lessons: { a: { quiz: { best: 7, total: 7, attempts: 1, passedAt: 'x'.repeat(41) } } } }],
    ['a count beyond safe integers', { lessons: { a: { quiz: { best: 0, total: 2 ** 60, attempts: 1 } } } }],
    ['an exam without attempts', { lessons: {}, exam: { best: 50, last: 50 } }],
    ['a null timestamp', { lessons: { a: { readAt: null } } }],
  ])('rejects %s (the store then resets)', (_name, data) => {
    expect(readVersioned(stored(data), spec).problem).toBe('corrupt');
  });

  it('drops a "__proto__" key rather than letting it become a prototype', () => {
    const result = readVersioned(stored(JSON.parse('{"lessons":{"__proto__":{"readAt":"x"}}}')), spec);
    expect(Object.keys(result.data.lessons)).toEqual([]);
    expect(lessonStatus(result.data, '__proto__').read).toBe(false);
    expect(({} as { readAt?: string }).readAt).toBeUndefined();
  });

  it('drops unknown fields instead of keeping them', () => {
    const result = readVersioned(
      stored({ lessons: { a: { readAt: AT, html: '<b>x</b>', quiz: { best: 1, total: 2, attempts: 1, note: 'x' } } }, exam: { best: 1, last: 1, attempts: 1, x: 1 }, extra: 1 }),
      spec,
    );
    expect(result.data).toStrictEqual({ lessons: { a: { readAt: AT, quiz: { best: 1, total: 2, attempts: 1 } } }, exam: { best: 1, last: 1, attempts: 1 } });
  });
});
