import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it.each([
    ['plain text', 'no match here', [{ text: 'no match here', marked: false }]],
    [
      'a match in the middle',
      'the <mark>write</mark>-ahead log',
      [
        { text: 'the ', marked: false },
        { text: 'write', marked: true },
        { text: '-ahead log', marked: false },
      ],
    ],
    [
      'two matches, one at each end',
      '<mark>WAL</mark> and <mark>MVCC</mark>',
      [
        { text: 'WAL', marked: true },
        { text: ' and ', marked: false },
        { text: 'MVCC', marked: true },
      ],
    ],
    ['adjacent marks merged', '<mark>write</mark><mark>ahead</mark>', [{ text: 'writeahead', marked: true }]],
    ['escaped characters decoded', 'a &lt; b &amp;&amp; <mark>c</mark> &#39;d&#x27;', [
      { text: 'a < b && ', marked: false },
      { text: 'c', marked: true },
      { text: " 'd'", marked: false },
    ]],
    ['other markup kept as text, never as HTML', '<img src=x onerror=alert(1)> <mark>x</mark>', [
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'x', marked: true },
    ]],
    ['an unclosed mark marks the rest', 'see <mark>replica lag', [
      { text: 'see ', marked: false },
      { text: 'replica lag', marked: true },
    ]],
    ['an empty excerpt', '', []],
  ])('%s', (_name, excerpt, parts) => {
    expect(parseExcerpt(excerpt)).toEqual(parts);
  });
});

describe('decodeEntities', () => {
  it('leaves unknown or invalid references alone', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &')).toBe('&bogus; &#0; &#x110000; &');
  });
});
