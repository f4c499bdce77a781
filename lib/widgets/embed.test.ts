import { describe, expect, it } from 'vitest';
import { readEmbedProps } from './embed';
import { STORAGE_PRESETS } from './storage-model';

describe('readEmbedProps', () => {
  it('starts from the named preset, else the first', () => {
    expect(readEmbedProps({ preset: 'url-shortener' }, STORAGE_PRESETS)).toMatchObject({ preset: { id: 'url-shortener' }, prefix: '', problem: null });
    expect(readEmbedProps({}, STORAGE_PRESETS)).toMatchObject({ preset: { id: 'twitter-feed' }, problem: null });
  });

  it('falls back and tells the author about an unknown preset', () => {
    const read = readEmbedProps({ preset: 'url-shortner' }, STORAGE_PRESETS);
    expect(read.preset?.id).toBe('twitter-feed');
    expect(read.problem).toBe(
      'There is no worked example “url-shortner” here (known: twitter-feed, url-shortener, ride-sharing-trips, chat-messages), so it starts from Twitter-like feed.',
    );
    expect(readEmbedProps({ preset: 42 }, STORAGE_PRESETS).problem).toMatch(/^There is no worked example of that kind here/);
    expect(readEmbedProps({ preset: 'x' }, []).problem).toBe('This calculator has no worked examples, so its preset is ignored.');
  });

  it('accepts a short lowercase urlKey and ignores anything else', () => {
    expect(readEmbedProps({ urlKey: 'before' }, []).prefix).toBe('before');
    for (const urlKey of ['', 'Has Space', 'a.b', '<x>', 'x'.repeat(25), 7]) {
      const read = readEmbedProps({ urlKey }, []);
      expect(read.prefix).toBe('');
      expect(read.problem).toMatch(/^urlKey must be/);
    }
  });
});
