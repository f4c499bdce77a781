import { describe, expect, it } from 'vitest';
import { parseFenceMeta } from './fence-meta';

describe('parseFenceMeta', () => {
  it.each([
    ['', {}],
    [null, {}],
    ['caption="Write path"', { caption: 'Write path' }],
    ['caption="A, B" alt="x -> y (z)"', { caption: 'A, B', alt: 'x -> y (z)' }],
    ['  caption="spaced"   alt=""  ', { caption: 'spaced', alt: '' }],
  ])('reads %j', (meta, expected) => {
    expect(parseFenceMeta(meta)).toEqual(expected);
  });

  it.each([['caption=unquoted'], ['caption="unterminated'], ['stray words'], ['caption="a" caption="b"']])(
    'rejects %j',
    (meta) => {
      expect(parseFenceMeta(meta)).toBeNull();
    },
  );
});
