/**
 * Geometry of the history timeline: one lane per client, the clock running left to right. Pure numbers in SVG
 * units, so the drawing component only places what this computes.
 */
import { TIME_RANGE } from './validate';

/** Width of the drawing in SVG units (it scales to its box, and scrolls inside it below MIN_DRAWING_PX). */
export const DRAWING_WIDTH = 720;
/** Narrowest the drawing is shown, in CSS pixels, so its labels stay legible on a phone. */
export const MIN_DRAWING_PX = 560;
/** Left column holding the client names. */
export const LANE_LABEL_WIDTH = 78;
/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 26;
/** Height of one lane. */
export const LANE_HEIGHT = 58;
/** Height of an operation's bar. */
export const BAR_HEIGHT = 16;
const RIGHT_PAD = 16;

/** The clock axis: where a time goes, its ticks, and the last time shown. */
export interface ClockAxis {
  end: number;
  ticks: number[];
  x(time: number): number;
}

/** An axis from 0 to the next multiple of 10 at or past `lastTime` (at least 20), a tick every 10 or 20. */
export function clockAxis(lastTime: number): ClockAxis {
  const end = Math.min(TIME_RANGE.max, Math.max(20, Math.ceil(lastTime / 10) * 10));
  const step = end > 60 ? 20 : 10;
  const ticks: number[] = [];
  for (let t = 0; t <= end; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== end) ticks.push(end);
  const width = DRAWING_WIDTH - LANE_LABEL_WIDTH - RIGHT_PAD;
  return { end, ticks, x: (time) => LANE_LABEL_WIDTH + (Math.min(Math.max(time, 0), end) / end) * width };
}

/** The vertical middle of lane `index` (0 is client 1). */
export function laneY(index: number): number {
  return AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2 + 6;
}

/** Height of a drawing with `lanes` lanes. */
export function drawingHeight(lanes: number): number {
  return AXIS_HEIGHT + lanes * LANE_HEIGHT + 12;
}
