/**
 * The words written beside the lane diagram's events, and where each goes so that no two touch. Pure: the
 * drawing (components/instruments/replication/ReplicationLanes.tsx) only paints what this returns.
 */
import { AXIS_HEIGHT, DRAWING_WIDTH, LANE_HEIGHT, LANE_LABEL_WIDTH, labelWidth, type TimeAxis } from './layout';
import type { ReplicationEvent, ReplicationResult, ReplicationScenario } from './types';

/** How a label reads: plain, good news, bad news, or background detail. Never the only cue: the words say it too. */
export type LabelTone = 'plain' | 'ok' | 'bad' | 'muted';

/** The words for one event, before placing. */
export interface EventLabel {
  /** Index of the event in the result's list, so a step-by-step view can show only the events so far. */
  event: number;
  node: number;
  time: number;
  text: string;
  tone: LabelTone;
  strong: boolean;
  /**
   * Words shown instead until event `until` is drawn: a write reads plainly until the failover that loses it.
   * The layout keeps room for the longer, final words, so nothing moves when they change.
   */
  early?: { text: string; tone: LabelTone; strong: boolean; until: number };
}

/** A label's box in drawing units: `x` is its middle, `baseline` the line its letters sit on. */
export interface PlacedLabel extends EventLabel {
  x: number;
  baseline: number;
  width: number;
  /** Which row around the lane's line: 0 just above it, 1 just below, 2 further above, and so on. */
  row: number;
}

/** The label font is 10.5 units: letters reach about 9 above their baseline and 3 below it. */
const ASCENT = 9;
const DESCENT = 3;
/** Rows above the line step up by this much, rows below step down by `BELOW_STEP`. */
const ABOVE_FIRST = 13;
const ABOVE_STEP = 13;
const BELOW_FIRST = 24;
const BELOW_STEP = 12;
/** Air between two labels in one row. */
const LABEL_GAP = 2;
/** How far a label may slide right, past its event, to share a row before it takes a new row. */
const MAX_SLIDE = 24;

/** The top and bottom of a placed label. */
export function labelBounds(label: Pick<PlacedLabel, 'x' | 'baseline' | 'width'>): { left: number; right: number; top: number; bottom: number } {
  return { left: label.x - label.width / 2, right: label.x + label.width / 2, top: label.baseline - ASCENT, bottom: label.baseline + DESCENT };
}

/** The baseline of row `row` relative to the lane's line. */
export function rowOffset(row: number): number {
  const level = Math.floor(row / 2);
  return row % 2 === 0 ? -(ABOVE_FIRST + ABOVE_STEP * level) : BELOW_FIRST + BELOW_STEP * level;
}

const actionAt = (scenario: ReplicationScenario, e: ReplicationEvent) => (e.action === null ? e.time : (scenario.actions[e.action]?.at ?? e.time));

/** The label each event carries, if any, in event order. */
export function eventLabels(scenario: ReplicationScenario, result: ReplicationResult): EventLabel[] {
  const promotedAt = result.events.findIndex((e) => e.kind === 'promote');
  const labels: EventLabel[] = [];
  const add = (event: number, e: ReplicationEvent, text: string, tone: LabelTone, strong = false) => labels.push({ event, node: e.node, time: e.time, text, tone, strong });
  result.events.forEach((e, i) => {
    const action = e.action === null ? undefined : scenario.actions[e.action];
    switch (e.kind) {
      case 'write-flush':
        if (action?.kind === 'write') {
          const text = `${action.session === 'you' ? 'you' : 'other'}: ${action.key}=${action.value} LSN ${e.lsn}`;
          const lost = promotedAt !== -1 && e.lsn !== null && (result.failover?.lostLsns.includes(e.lsn) ?? false);
          add(i, e, lost ? `${text} ✗ lost` : text, lost ? 'bad' : 'plain', lost);
          const label = labels[labels.length - 1];
          if (lost && label) label.early = { text, tone: 'plain', strong: false, until: promotedAt };
        }
        break;
      case 'write-ack':
        add(i, e, `ack ${e.time - actionAt(scenario, e)} ms`, 'ok');
        break;
      case 'replay':
        add(i, e, `LSN ${e.lsn}`, 'muted');
        break;
      case 'read': {
        const read = result.reads.find((r) => r.action === e.action);
        const stale = read?.freshness === 'stale';
        if (read)
          add(i, e, `${read.session === 'you' ? 'you' : 'other'} read ${read.key}=${read.value} ${stale ? 'stale' : 'fresh'}${read.missedOwnWrite && !stale ? ', lost write' : ''}`, stale ? 'bad' : 'ok');
        break;
      }
      case 'read-failed':
      case 'write-failed':
      case 'write-blocked':
        add(i, e, e.kind === 'read-failed' ? 'read failed' : e.kind === 'write-blocked' ? 'commit waits' : e.lsn === null ? 'write failed' : `LSN ${e.lsn} unacked`, 'bad');
        break;
      case 'crash':
        add(i, e, '✕ crash', 'bad', true);
        break;
      case 'promote':
        add(i, e, '▲ promoted', 'plain', true);
        break;
      case 'confirm':
        break;
    }
  });
  return labels;
}

/** The lanes' vertical layout once their labels are placed: each lane grows to hold its rows. */
export interface LaneLayout {
  /** The lane's line, per lane. */
  y: number[];
  /** The lane's band (for shading a crashed node), per lane. */
  top: number[];
  bottom: number[];
  /** Height of the whole drawing. */
  height: number;
  labels: PlacedLabel[];
}

/**
 * Places every label so that no two boxes overlap. Within a lane, labels go left to right; each takes the
 * first row (just above the line, just below, further above, …) where it fits at its event's time, else the
 * row where it fits after the shortest slide to the right (at most MAX_SLIDE), else a new row. A lane is as
 * tall as its rows need, never less than LANE_HEIGHT, so rows of neighbouring lanes cannot meet either.
 * Laid out from all the events at once, so stepping through a run never moves a label already drawn.
 */
export function layoutLanes(labels: readonly EventLabel[], lanes: number, axis: TimeAxis): LaneLayout {
  const placed: PlacedLabel[] = [];
  const rowsUsed: number[] = [];
  for (let lane = 0; lane < lanes; lane++) {
    const items = labels
      .filter((l) => l.node === lane)
      .map((l) => {
        const width = labelWidth(l.text);
        return { ...l, width, x: Math.max(LANE_LABEL_WIDTH + width / 2, Math.min(DRAWING_WIDTH - width / 2, axis.x(l.time))) };
      })
      .sort((a, b) => a.x - b.x || a.event - b.event);
    const ends: number[] = [];
    for (const item of items) {
      const start = item.x - item.width / 2;
      let row = ends.findIndex((end) => end <= start);
      let x = item.x;
      if (row === -1) {
        let best = -1;
        for (let r = 0; r < ends.length; r++) {
          const slid = (ends[r] as number) + item.width / 2;
          if (slid - item.x <= MAX_SLIDE && slid + item.width / 2 <= DRAWING_WIDTH && (best === -1 || slid < (ends[best] as number) + item.width / 2)) best = r;
        }
        if (best !== -1) {
          row = best;
          x = (ends[best] as number) + item.width / 2;
        } else {
          row = ends.length;
          ends.push(-Infinity);
        }
      }
      ends[row] = x + item.width / 2 + LABEL_GAP;
      placed.push({ ...item, x, row, baseline: 0 });
    }
    rowsUsed.push(ends.length);
  }

  const y: number[] = [];
  const top: number[] = [];
  const bottom: number[] = [];
  let cursor = AXIS_HEIGHT;
  for (let lane = 0; lane < lanes; lane++) {
    const rows = rowsUsed[lane] ?? 0;
    const above = Math.ceil(rows / 2);
    const below = Math.floor(rows / 2);
    const reachUp = above === 0 ? 0 : -rowOffset(2 * (above - 1)) + ASCENT + 1;
    const reachDown = below === 0 ? 0 : rowOffset(2 * below - 1) + DESCENT;
    const up = Math.max(LANE_HEIGHT / 2, reachUp);
    const down = Math.max(LANE_HEIGHT / 2, reachDown);
    top.push(cursor);
    y.push(cursor + up);
    cursor += up + down;
    bottom.push(cursor);
  }
  for (const label of placed) label.baseline = (y[label.node] ?? 0) + rowOffset(label.row);
  return { y, top, bottom, height: cursor + 6, labels: placed };
}
