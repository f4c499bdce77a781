import { describe, expect, it } from 'vitest';
import { INSTRUMENT_STARTS } from './presets';
import { INSTRUMENTS } from './registry';

describe('INSTRUMENT_STARTS', () => {
  it('lists the start ids of exactly the instruments whose registry entry names a start prop', () => {
    const withStart = INSTRUMENTS.filter((entry) => 'startProp' in entry && entry.startProp).map((entry) => entry.mdxName);
    expect(Object.keys(INSTRUMENT_STARTS).sort()).toEqual([...withStart].sort());
  });

  it.each(Object.entries(INSTRUMENT_STARTS))('%s has distinct, non-empty ids', (_, list) => {
    expect(list?.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list?.length);
  });
});
