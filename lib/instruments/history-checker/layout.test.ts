import { describe, expect, it } from 'vitest';
import { clockAxis, DRAWING_WIDTH, drawingHeight, LANE_LABEL_WIDTH, laneY } from './layout';

describe('the timeline’s geometry', () => {
  it('ends the axis on a round time at or past the last response, ticks included', () => {
    expect(clockAxis(0).end).toBe(20);
    expect(clockAxis(56).end).toBe(60);
    expect(clockAxis(61).ticks).toEqual([0, 20, 40, 60, 70]);
    expect(clockAxis(100).end).toBe(100);
    const axis = clockAxis(60);
    expect(axis.ticks).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(axis.x(0)).toBe(LANE_LABEL_WIDTH);
    expect(axis.x(60)).toBeLessThan(DRAWING_WIDTH);
    expect(axis.x(-5)).toBe(axis.x(0));
  });

  it('stacks lanes inside the drawing', () => {
    expect(laneY(3)).toBeLessThan(drawingHeight(4));
    expect(laneY(1) - laneY(0)).toBeGreaterThan(0);
  });
});
