import { describe, expect, it } from 'vitest';
import { THROUGHPUT_FORM_DEFAULTS, THROUGHPUT_PRESETS, throughputView } from './model';

describe('throughputView', () => {
  // Twitter-like feed: 100M users × 2 writes = 2e8/day ÷ 86,400 = 2,314.81/s; × 50 reads = 5e9/day = 57,870.37/s.
  const twitter = throughputView(THROUGHPUT_FORM_DEFAULTS);

  it('turns daily activity into operations per second', () => {
    expect(twitter.table.rows).toEqual([
      ['Writes per day', '200,000,000 writes/day'],
      ['Reads per day', '5,000,000,000 reads/day'],
      ['Average writes', '2,314.8 writes/s'],
      ['Average reads', '57,870.4 reads/s'],
      ['Peak writes', '2,314.8 writes/s'],
      ['Peak reads', '57,870.4 reads/s'],
      ['Read:write ratio', '25 reads per write'],
      ['Profile', 'Read-heavy (more than 10 reads per write)'],
    ]);
    expect(twitter.formulas[0]).toBe(
      'Writes: 100,000,000 users × 2 writes/day = 200,000,000 writes/day ÷ 86,400 s = 2,314.8 writes/s on average; × 1 = 2,314.8 writes/s at peak',
    );
  });

  it('compares peak writes with the planning ceiling for one primary', () => {
    // 2,314.81 ÷ 10,000 = 23.1%
    expect(twitter.ceilingNote).toBe('Peak writes are 23.1% of the 10,000 writes/s planning ceiling for one relational primary.');
    const chat = throughputView(THROUGHPUT_PRESETS.find((p) => p.id === 'chat-messages')!.values);
    // 8.64M × 100 ÷ 86,400 = 10,000/s on average, × 2 = 20,000 at peak = 200%
    expect(chat.ceilingNote).toBe('Peak writes are 200% of the 10,000 writes/s planning ceiling for one relational primary.');
  });

  it('does not fail when the peak is beyond anything the ceiling check accepts', () => {
    const huge = throughputView({ dailyActiveUsers: 1e10, writesPerUserPerDay: 1e6, readsPerUserPerDay: 0, peakToAverage: 1000 });
    expect(huge.ceilingNote).toBe('Peak writes are far beyond what any single primary can take.');
    expect(huge.table.rows[6]).toEqual(['Read:write ratio', '0 reads per write']);
  });

  it('keeps every figure short when a link holds a vanishing write rate (1e-300 writes per user per day)', () => {
    const tiny = throughputView({ ...THROUGHPUT_FORM_DEFAULTS, writesPerUserPerDay: 1e-300 });
    for (const [, value] of tiny.table.rows) expect(String(value).length).toBeLessThanOrEqual(60);
    expect(tiny.table.rows.find(([label]) => label === 'Read:write ratio')?.[1]).toMatch(/× 10\S+ reads per write$/);
  });

  it('offers only the presets that give user activity', () => {
    expect(THROUGHPUT_PRESETS.map((p) => p.id)).toEqual(['twitter-feed', 'ride-sharing-trips', 'chat-messages']);
  });
});
