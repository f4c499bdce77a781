import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** Every `--token: value` declared directly in the blocks of `css` whose selector list is exactly `selector`. */
function tokens(css: string, selector: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of css.matchAll(new RegExp(`${selector.source}\\s*\\{([^{}]*)\\}`, 'g'))) {
    for (const [, name, value] of (block[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) found.set(name!, value!.trim());
  }
  return found;
}

// Text, muted text and borders print darker than on screen (black on white is the sharpest on paper).
const PRINT_ONLY = new Set(['--bg', '--bg-soft', '--fg', '--fg-muted', '--border']);

describe('the print palette', () => {
  const light = tokens(read('app/globals.css'), /(?:^|\n):root/);
  const dark = tokens(read('app/globals.css'), /(?:^|\n)\.dark/);
  const print = tokens(read('app/print/print.css'), /:root,\s*\.dark/);

  it('gives every colour token the dark theme changes a light value on paper', () => {
    expect(dark.size).toBeGreaterThan(50);
    const missing = [...dark.keys()].filter((name) => !print.has(name));
    expect(missing).toEqual([]);
  });

  it('uses the light theme’s own values, apart from the darker text and borders for print', () => {
    const differ = [...print].filter(([name, value]) => !PRINT_ONLY.has(name) && light.get(name) !== value).map(([name]) => name);
    expect(differ).toEqual([]);
  });
});
