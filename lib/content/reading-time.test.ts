import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('reading time', () => {
  it('counts prose and code words but not diagram sources or component tags', () => {
    const body = 'Two words.\n\n<Callout type="tip">\n\nThree more here.\n\n</Callout>\n\n```mermaid caption="x"\nflowchart LR\n A --> B\n```\n';
    expect(countWords(body)).toBe(5);
  });

  it.each([
    [0, 1],
    [199, 1],
    [1000, 5],
    [3300, 17],
  ])('%i words take %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
