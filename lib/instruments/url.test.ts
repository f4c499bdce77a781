import { describe, expect, it } from 'vitest';
import { hasOwnParams, ignoredNotice, paramName, readInteger, readOwnParams, urlPrefix, withoutOwnParams, writeOwnParams } from './url';

describe('an instrument in the query string', () => {
  it('names its parameters with a prefix when it has one', () => {
    expect(paramName('ops', 'two')).toBe('two.ops');
    expect(paramName('ops')).toBe('ops');
  });

  it('takes a urlKey of 1–24 lowercase letters, digits or hyphens, starting with a letter', () => {
    expect(urlPrefix('before-2')).toBe('before-2');
    for (const bad of ['', 'Has Space', 'a.b', '<x>', '2a', 'x'.repeat(25), 7, undefined]) expect(urlPrefix(bad)).toBe('');
  });

  it('reads only its own parameters: absent, one value, or repeated (unusable)', () => {
    const own = readOwnParams('?two.ops=1&ops=9&two.order=3&two.order=4', ['ops', 'order', 'page'], 'two', 100);
    expect([own.get('ops'), own.get('order'), own.get('page')]).toEqual(['1', null, undefined]);
    expect(own.present).toBe(true);
    expect(hasOwnParams('?ops=1', ['ops'], 'two', 100)).toBe(false);
  });

  it('ignores its own parameters when together they are longer than it reads, but not for another widget’s long one', () => {
    const long = 'x'.repeat(3_000);
    const mine = readOwnParams(`?ops=${long}&order=3`, ['ops', 'order'], '', 2_000);
    expect([mine.tooLong, mine.present, mine.get('order')]).toEqual([true, false, undefined]);
    const theirs = readOwnParams(`?utm_source=${long}&order=3`, ['ops', 'order'], '', 2_000);
    expect([theirs.tooLong, theirs.get('order')]).toEqual([false, '3']);
  });

  it('writes its parameters, leaving defaults out and every other parameter as it was', () => {
    expect(writeOwnParams('?x=1&ops=9', ['ops', 'order'], { ops: '1', order: '5' }, { ops: '', order: '5' })).toBe('?x=1&ops=1');
    expect(writeOwnParams(`?x=${'y'.repeat(5_000)}`, ['ops'], { ops: '1' }, {})).toBe(`?x=${'y'.repeat(5_000)}&ops=1`);
    expect(writeOwnParams('?a.ops=1', ['ops'], { ops: '2' }, {}, 'a')).toBe('?a.ops=2');
    expect(withoutOwnParams('?a.ops=1&b=2', ['ops'], 'a')).toBe('?b=2');
    expect(withoutOwnParams('?ops=1', ['ops'])).toBe('');
  });

  it('reads plain integers within a range', () => {
    expect(readInteger('007', 1, 10)).toBe(7);
    for (const bad of ['', '1e3', '-1', '0x1', ' 1', '11', '1.0']) expect(readInteger(bad, 1, 10)).toBeNull();
  });

  it('names what it ignored in one sentence', () => {
    expect(ignoredNotice([])).toBeNull();
    expect(ignoredNotice(['a'])).toBe('Part of this link could not be used, so the defaults are used instead for a.');
    expect(ignoredNotice(['a', 'b', 'c'])).toBe('Part of this link could not be used, so the defaults are used instead for a, b and c.');
  });
});
