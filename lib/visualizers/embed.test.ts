import { describe, expect, it } from 'vitest';
import { readVisualizerProps } from './embed';
import { hasParams, ignoredNotice, paramName, readInteger, writeParams } from './url';

const presets: readonly [{ id: string }, { id: string }] = [{ id: 'a' }, { id: 'b' }];

describe('visualizer props', () => {
  it('picks the named preset and prefix', () => {
    expect(readVisualizerProps({ preset: 'b', urlKey: 'two', headingLevel: 2 }, presets)).toEqual({ preset: presets[1], prefix: 'two', headingLevel: 2, problem: null });
  });

  it('falls back, and says so to the author, for an unknown preset or a bad urlKey', () => {
    const read = readVisualizerProps({ preset: '<b>x</b>', urlKey: 'Bad Key' }, presets);
    expect(read.preset).toBe(presets[0]);
    expect(read.prefix).toBe('');
    expect(read.headingLevel).toBe(3);
    expect(read.problem).toContain('Unknown preset');
    expect(read.problem).not.toContain('<b>');
    expect(read.problem).toContain('urlKey');
  });
});

describe('visualizer URL helpers', () => {
  it('names, reads and writes parameters', () => {
    expect(paramName('ops', 'two')).toBe('two.ops');
    expect(hasParams('?two.ops=1', ['ops'], 'two')).toBe(true);
    expect(hasParams('?ops=1', ['ops'], 'two')).toBe(false);
    expect(writeParams('?x=1&ops=9', ['ops', 'order'], { ops: '1', order: '5' }, { ops: '', order: '5' })).toBe('?x=1&ops=1');
    expect(readInteger('007', 1, 10)).toBe(7);
    for (const bad of ['', '1e3', '-1', '0x1', ' 1', '11', '1.0']) expect(readInteger(bad, 1, 10)).toBeNull();
    expect(ignoredNotice([])).toBeNull();
    expect(ignoredNotice(['a', 'b', 'c'])).toBe('Part of this link could not be used, so the defaults are used instead for a, b and c.');
  });
});
