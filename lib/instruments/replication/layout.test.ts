import { describe, expect, it } from 'vitest';
import { DRAWING_WIDTH, LANE_LABEL_WIDTH, labelRows, timeAxis } from './layout';

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

  it('puts overlapping labels on different rows', () => {
    expect(labelRows([{ x: 100, width: 40 }, { x: 110, width: 40 }, { x: 200, width: 40 }])).toEqual([0, 1, 0]);
    expect(labelRows([{ x: 100, width: 40 }, { x: 101, width: 40 }, { x: 102, width: 40 }])).toEqual([0, 1, 0]);
  });
});
