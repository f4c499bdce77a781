import { describe, expect, it } from 'vitest';
import { splitAtIslands, type JsonValue } from './body-segments';

const marker = (i: number) => `<dfg-island data-index="${i}"></dfg-island>`;

describe('splitAtIslands', () => {
  it('keeps a body without islands as one HTML segment', () => {
    expect(splitAtIslands('<p>a</p><p>b</p>', [])).toEqual([{ kind: 'html', html: '<p>a</p><p>b</p>' }]);
  });

  it('cuts HTML around top-level islands, in order, with their props', () => {
    const islands: Array<{ name: string; props: Record<string, JsonValue> }> = [
      { name: 'A', props: { preset: 'x' } },
      { name: 'B', props: {} },
    ];
    const html = `<p>one</p>${marker(0)}<hr/><p>two<br/></p>${marker(1)}`;
    expect(splitAtIslands(html, islands)).toEqual([
      { kind: 'html', html: '<p>one</p>' },
      { kind: 'island', name: 'A', props: { preset: 'x' } },
      { kind: 'html', html: '<hr/><p>two<br/></p>' },
      { kind: 'island', name: 'B', props: {} },
    ]);
  });

  it('rejects an island nested inside another element', () => {
    expect(() => splitAtIslands(`<aside><p>x</p>${marker(0)}</aside>`, [{ name: 'Calc', props: {} }])).toThrow(
      /<Calc> must stand at the top level/,
    );
  });
});
