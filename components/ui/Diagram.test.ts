import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramMinWidth, MIN_TEXT_PX, smallestFontPx, svgSize } from './Diagram';

const svg = (width: number, height: number, font = 16) => `<svg viewBox="0 0 ${width} ${height}"><style>#d{font-size:${font}px}</style></svg>`;

describe('how narrow a diagram may be shown', () => {
  it('reads the drawing’s size and its smallest font', () => {
    expect(svgSize('<svg viewBox="-50 -10 919 308">')).toEqual({ width: 919, height: 308 });
    expect(svgSize('<svg>')).toBeNull();
    expect(smallestFontPx('<style>#a{font-size:16px} .b{font-size:12px}</style><text font-size="14">')).toBe(12);
    expect(smallestFontPx('<svg/>')).toBe(16);
  });

  it('never lets the smallest text fall under the floor, never stretches past the drawn size, and keeps phones at 560 px', () => {
    expect(diagramMinWidth(svg(1440, 222))).toBe(990);
    expect(diagramMinWidth(svg(1440, 222, 12))).toBe(1320);
    expect(diagramMinWidth(svg(880, 350))).toBe(605);
    expect(diagramMinWidth(svg(586, 478))).toBe(560);
    expect(diagramMinWidth(svg(276, 782))).toBe(276);
  });

  it('holds for every drawing the lessons use', () => {
    const dir = new URL('../../content/diagram-cache/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const markup = readFileSync(new URL(file, dir), 'utf8');
      const size = svgSize(markup)!;
      const min = diagramMinWidth(markup)!;
      expect(min, file).toBeLessThanOrEqual(Math.round(size.width));
      expect((min / size.width) * smallestFontPx(markup), file).toBeGreaterThanOrEqual(Math.min(MIN_TEXT_PX, smallestFontPx(markup)) - 0.01);
    }
  });
});
