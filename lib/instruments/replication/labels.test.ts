import { describe, expect, it } from 'vitest';
import { eventLabels, labelBounds, layoutLanes, type PlacedLabel } from './labels';
import { DRAWING_WIDTH, LANE_HEIGHT, LANE_LABEL_WIDTH, timeAxis } from './layout';
import { REPLICATION_PRESETS } from './presets';
import { simulateReplication } from './simulate';
import type { ClientAction, ReplicationResult, ReplicationScenario } from './types';
import { MAX_ACTIONS } from './validate';

function run(scenario: ReplicationScenario): ReplicationResult {
  const outcome = simulateReplication(scenario);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join(' '));
  return outcome.result;
}

function layout(scenario: ReplicationScenario) {
  const result = run(scenario);
  const lastAction = Math.max(0, ...scenario.actions.map((a) => a.at));
  const axis = timeAxis(Math.max(result.endTime, lastAction, scenario.crashAt ?? 0));
  const labels = eventLabels(scenario, result);
  return { result, labels, lanes: layoutLanes(labels, scenario.lags.length + 1, axis) };
}

const overlap = (a: PlacedLabel, b: PlacedLabel) => {
  const p = labelBounds(a);
  const q = labelBounds(b);
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
};

function expectNoCollisions(placed: readonly PlacedLabel[], height: number) {
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    const box = labelBounds(a);
    expect(box.left, a.text).toBeGreaterThanOrEqual(LANE_LABEL_WIDTH - 1e-9);
    expect(box.right, a.text).toBeLessThanOrEqual(DRAWING_WIDTH + 1e-9);
    expect(box.top, a.text).toBeGreaterThan(0);
    expect(box.bottom, a.text).toBeLessThan(height);
    for (let j = i + 1; j < placed.length; j++) expect(overlap(a, placed[j]!), `"${a.text}" and "${placed[j]!.text}"`).toBe(false);
  }
}

// Every action the timeline allows, crowded into 115 ms across three replicas, with a crash in the middle:
// far more labels per lane than fit in the lane's usual four rows.
const write = (at: number, value: number, session: 'you' | 'other' = 'you'): ClientAction => ({ kind: 'write', at, session, key: 'x', value });
const read = (at: number, session: 'you' | 'other' = 'you'): ClientAction => ({ kind: 'read', at, session, key: 'x' });
const DENSE: ReplicationScenario = {
  lags: [5, 10, 20],
  networkMs: 1,
  routing: 'any',
  commit: 'async',
  crashAt: 60,
  actions: Array.from({ length: MAX_ACTIONS }, (_, i) => (i % 2 === 0 ? write(i * 5, 100 + i, i % 4 === 0 ? 'you' : 'other') : read(i * 5 + 1, i % 3 === 0 ? 'other' : 'you'))),
};

describe('the lane diagram’s labels', () => {
  it('never overlap, even on a dense timeline where a lane needs more than its usual rows', () => {
    const { lanes, labels } = layout(DENSE);
    expect(labels.length).toBeGreaterThan(40);
    expect(lanes.labels).toHaveLength(labels.length);
    expect(Math.max(...lanes.labels.map((l) => l.row))).toBeGreaterThan(3);
    expectNoCollisions(lanes.labels, lanes.height);
  });

  it('never overlap in any ready-made timeline, and a lane with few labels keeps the usual height', () => {
    for (const preset of REPLICATION_PRESETS) {
      const { lanes } = layout(preset.scenario);
      expectNoCollisions(lanes.labels, lanes.height);
      lanes.y.forEach((_, i) => {
        const rows = new Set(lanes.labels.filter((l) => l.node === i).map((l) => l.row)).size;
        if (rows <= 4) expect(lanes.bottom[i]! - lanes.top[i]!, `${preset.id} lane ${i}`).toBe(LANE_HEIGHT);
        else expect(lanes.bottom[i]! - lanes.top[i]!, `${preset.id} lane ${i}`).toBeGreaterThan(LANE_HEIGHT);
      });
    }
  });

  it('stacks lanes top to bottom, each holding its own labels, and keeps labels near their events', () => {
    const { lanes } = layout(DENSE);
    for (let i = 1; i < lanes.y.length; i++) expect(lanes.top[i]).toBe(lanes.bottom[i - 1]);
    for (const label of lanes.labels) {
      const box = labelBounds(label);
      expect(box.top).toBeGreaterThanOrEqual(lanes.top[label.node]!);
      expect(box.bottom).toBeLessThanOrEqual(lanes.bottom[label.node]!);
    }
  });

  it('marks a write lost only once the failover that loses it is drawn', () => {
    const crash = REPLICATION_PRESETS.find((p) => p.id === 'crash-async')!;
    const { labels, result } = layout(crash.scenario);
    const lost = labels.find((l) => l.text.endsWith('✗ lost'));
    expect(lost?.early).toMatchObject({ tone: 'plain', until: result.events.findIndex((e) => e.kind === 'promote') });
    expect(lost?.early?.text).toBe(lost?.text.replace(' ✗ lost', ''));
  });
});
