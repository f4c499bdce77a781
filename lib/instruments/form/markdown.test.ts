import { describe, expect, it } from 'vitest';
import { toMarkdown } from './markdown';

describe('toMarkdown', () => {
  it('writes a GitHub table with the caption above and numeric columns right-aligned', () => {
    expect(
      toMarkdown({ caption: 'Storage', headers: ['Layer', 'Decimal'], numeric: [1], rows: [['Raw data', '91.25 TB'], ['Total', '153.45 PB']] }),
    ).toBe(['**Storage**', '', '| Layer | Decimal |', '| --- | ---: |', '| Raw data | 91.25 TB |', '| Total | 153.45 PB |'].join('\n'));
  });

  it('escapes what would break a cell or a row', () => {
    const text = toMarkdown({ caption: 'a|b', headers: ['x'], rows: [['one | two\nthree \\ four']] });
    expect(text.split('\n')).toEqual(['**a\\|b**', '', '| x |', '| --- |', '| one \\| two three \\\\ four |']);
  });

  it('pads short rows so every row has a cell per column', () => {
    expect(toMarkdown({ caption: 'c', headers: ['a', 'b'], rows: [['only']] }).split('\n').at(-1)).toBe('| only |  |');
  });
});
