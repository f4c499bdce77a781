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
/** Height of a lane with few labels; a lane with more grows to hold them (labels.ts). */
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

/** Rough width of a label in SVG units at the drawing's 11-unit font. */
export function labelWidth(text: string): number {
  return text.length * 6.2 + 6;
}
