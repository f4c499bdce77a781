import { describe, expect, it } from 'vitest';
import { DRAWING_WIDTH, LANE_LABEL_WIDTH, timeAxis } from './layout';

describe('the lane diagram’s geometry', () => {
  it('ends the axis on a round time past the last event, with 4 to 10 ticks', () => {
    for (const last of [0, 1, 301, 1200, 5600]) {
      const axis = timeAxis(last);
      expect(axis.end).toBeGreaterThanOrEqual(last);
      expect(axis.ticks[0]).toBe(0);
      expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.end);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
      expect(axis.ticks.length).toBeLessThanOrEqual(11);
    }
    expect(timeAxis(600).end).toBe(700);
    const axis = timeAxis(600);
    expect(axis.x(0)).toBe(LANE_LABEL_WIDTH);
    expect(axis.x(axis.end)).toBeLessThan(DRAWING_WIDTH);
    expect(axis.x(-5)).toBe(axis.x(0));
  });
});
