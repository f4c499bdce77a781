import { describe, expect, it } from 'vitest';
import { searchModel } from './check';
import { searchSteps } from './steps';
import type { Operation } from './types';

const history: Operation[] = [
  { client: 1, kind: 'write', value: 200, invoke: 0, response: 60 },
  { client: 2, kind: 'read', value: 200, invoke: 4, response: 20 },
  { client: 3, kind: 'read', value: 0, invoke: 36, response: 56 },
];

describe('the steps through a search', () => {
  it('walks a witness one operation at a time, with the register’s value', () => {
    const steps = searchSteps(history, 'sequential', searchModel(history, 'sequential'));
    expect(steps.map((s) => [s.placed, s.value])).toEqual([
      [[], 0],
      [[2], 0],
      [[2, 0], 200],
      [[2, 0, 1], 200],
    ]);
    expect(steps[1]?.description).toBe('1. Operation 3 (client 3: read x → 0, 36–56) takes effect; x is now 0.');
    expect(steps.every((s) => s.points === null && s.blockers === null)).toBe(true);
  });

  it('ends a failed search at the dead end, naming the stale read', () => {
    const steps = searchSteps(history, 'linearizable', searchModel(history, 'linearizable'));
    expect(steps).toHaveLength(4);
    expect(steps[1]?.description).toBe('1. Operation 1 (client 1: write x = 200, 0–60) takes effect at time 0; x is now 200.');
    const last = steps[3];
    expect(last?.blockers).toEqual([{ op: 2, reason: 'stale-read', detail: 200 }]);
    expect(last?.description).toContain('Operation 3 (client 3: read x → 0, 36–56) returned 0, but x holds 200 at this point.');
    expect(steps.every((s) => !/NaN|undefined/.test(s.description))).toBe(true);
  });
});
