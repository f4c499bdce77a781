import { describe, expect, it } from 'vitest';
import { readEmbedProps } from './embed';

const presets = [
  { id: 'twitter-feed', name: 'Twitter-like feed' },
  { id: 'url-shortener', name: 'URL shortener' },
] as const;

describe('readEmbedProps', () => {
  it('starts from the named preset, else the first, with the prefix and heading level asked for', () => {
    expect(readEmbedProps({ preset: 'url-shortener', urlKey: 'two', headingLevel: 2 }, presets)).toEqual({
      preset: presets[1],
      prefix: 'two',
      headingLevel: 2,
      problem: null,
    });
    expect(readEmbedProps({}, presets)).toMatchObject({ preset: presets[0], prefix: '', headingLevel: 3, problem: null });
  });

  it('falls back and tells the author about an unknown preset, without repeating markup', () => {
    const read = readEmbedProps({ preset: 'url-shortner' }, presets);
    expect(read.preset).toBe(presets[0]);
    expect(read.problem).toBe('There is no example “url-shortner” here (known: twitter-feed, url-shortener), so it starts from Twitter-like feed.');
    expect(readEmbedProps({ preset: 42 }, presets).problem).toMatch(/^There is no example of that kind here/);
    expect(readEmbedProps({ preset: 'x' }, [{ id: 'only' }]).problem).toBe('This instrument has no choice of examples, so preset is ignored.');
    expect(readEmbedProps({ preset: 'x' }, []).preset).toBeNull();
  });

  it('ignores a malformed urlKey and says so', () => {
    for (const urlKey of ['', 'Has Space', 'a.b', '<x>', 'x'.repeat(25), 7]) {
      const read = readEmbedProps({ urlKey }, []);
      expect(read.prefix).toBe('');
      expect(read.problem).toMatch(/^urlKey must be/);
    }
  });
});
