/**
 * Ready-made timelines for the replication lesson's stories: the profile save that looks lost on reload, the
 * read-your-writes fix, and a primary crash under asynchronous and synchronous commit.
 */
import type { ClientAction, Key, ReplicationScenario, Session } from './types';

/** A named starting point. */
export interface ReplicationPreset {
  id: string;
  /** Shown in the picker. */
  name: string;
  scenario: ReplicationScenario;
}

const write = (at: number, value: number, session: Session = 'you', key: Key = 'x'): ClientAction => ({ kind: 'write', at, session, key, value });
const read = (at: number, session: Session = 'you', key: Key = 'x'): ClientAction => ({ kind: 'read', at, session, key });

// One write acknowledged just before the crash, after the fast replica's last delivery.
const CRASH_ACTIONS = [write(100, 1), write(300, 2), write(380, 3), read(1000)];

/** Every preset; the first is the default. */
export const REPLICATION_PRESETS: readonly [ReplicationPreset, ...ReplicationPreset[]] = [
  {
    id: 'profile-reload',
    name: 'Profile update, then reload',
    scenario: { lags: [200], networkMs: 5, routing: 'any', commit: 'async', crashAt: null, actions: [write(100, 1), read(250), read(600)] },
  },
  {
    id: 'read-your-writes',
    name: 'Read-your-writes with an LSN token',
    scenario: { lags: [200, 40], networkMs: 5, routing: 'ryw', commit: 'async', crashAt: null, actions: [write(100, 1), read(120), read(130, 'other'), read(200), read(250, 'other')] },
  },
  {
    id: 'crash-async',
    name: 'Crash during asynchronous commit',
    scenario: { lags: [50, 300], networkMs: 5, routing: 'primary', commit: 'async', crashAt: 400, actions: CRASH_ACTIONS },
  },
  {
    id: 'crash-sync',
    name: 'Crash with a synchronous standby',
    scenario: { lags: [50, 300], networkMs: 5, routing: 'primary', commit: 'sync', crashAt: 400, actions: CRASH_ACTIONS },
  },
  {
    id: 'cross-region-sync',
    name: 'Synchronous standby in another region',
    scenario: { lags: [40, 120], networkMs: 35, routing: 'any', commit: 'sync', crashAt: null, actions: [write(0, 1), read(60), write(200, 2), read(230, 'other'), write(400, 3), read(600)] },
  },
];

function sameAction(a: ClientAction, b: ClientAction): boolean {
  return a.kind === b.kind && a.at === b.at && a.session === b.session && a.key === b.key && (a.kind === 'read' || (b.kind === 'write' && a.value === b.value));
}

/** True when two scenarios are the same setting for setting. */
export function sameScenario(a: ReplicationScenario, b: ReplicationScenario): boolean {
  return (
    a.networkMs === b.networkMs &&
    a.routing === b.routing &&
    a.commit === b.commit &&
    a.crashAt === b.crashAt &&
    a.lags.length === b.lags.length &&
    a.lags.every((lag, i) => lag === b.lags[i]) &&
    a.actions.length === b.actions.length &&
    a.actions.every((action, i) => sameAction(action, b.actions[i] as ClientAction))
  );
}

/** The preset `scenario` is exactly, if any (so the picker shows it). */
export function matchReplicationPreset(scenario: ReplicationScenario): ReplicationPreset | null {
  return REPLICATION_PRESETS.find((p) => sameScenario(p.scenario, scenario)) ?? null;
}
