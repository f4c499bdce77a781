/**
 * Geometry of the lane diagram: one lane per node, time running left to right. Pure numbers in SVG units,
 * so the drawing component only places what this computes.
 */

/** Width of the drawing in SVG units (it scales to its box, and scrolls inside it below MIN_DRAWING_PX). */
export const DRAWING_WIDTH = 760;
/** Narrowest the drawing is shown, in CSS pixels, so its labels stay legible on a phone. */
export const MIN_DRAWING_PX = 620;
/** Left column holding the lane names. */
export const LANE_LABEL_WIDTH = 112;
/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 28;
/** Height of one lane. */
export const LANE_HEIGHT = 78;
const RIGHT_PAD = 18;

/** The time axis: where a time goes on the x axis, its ticks, and the last time shown. */
export interface TimeAxis {
  end: number;
  ticks: number[];
  x(time: number): number;
}

const STEPS = [50, 100, 200, 250, 500, 1000, 2000];

/** An axis from 0 to a round time a little past `lastTime`, with 4–10 ticks. */
export function timeAxis(lastTime: number): TimeAxis {
  const span = Math.max(100, lastTime * 1.06 + 20);
  const step = STEPS.find((s) => span / s <= 10) ?? 2000;
  const end = Math.ceil(span / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= end; t += step) ticks.push(t);
  const left = LANE_LABEL_WIDTH;
  const width = DRAWING_WIDTH - LANE_LABEL_WIDTH - RIGHT_PAD;
  return { end, ticks, x: (time) => left + (Math.min(Math.max(time, 0), end) / end) * width };
}

/** The vertical middle of lane `index` (0 is the primary). */
export function laneY(index: number): number {
  return AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2;
}

/** Height of a drawing with `lanes` lanes. */
export function drawingHeight(lanes: number): number {
  return AXIS_HEIGHT + lanes * LANE_HEIGHT + 6;
}

/** Rough width of a label in SVG units at the drawing's 11-unit font. */
export function labelWidth(text: string): number {
  return text.length * 6.2 + 6;
}

/**
 * Rows for labels along one lane, so neighbours do not overlap: each label takes the first of `rows` rows
 * whose last label ends before it starts; when none is free, the row that frees up soonest.
 */
export function labelRows(items: ReadonlyArray<{ x: number; width: number }>, rows = 2): number[] {
  const ends = Array.from({ length: rows }, () => -Infinity);
  return items.map((item) => {
    const start = item.x - item.width / 2;
    let row = ends.findIndex((end) => end <= start);
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = item.x + item.width / 2 + 2;
    return row;
  });
}
