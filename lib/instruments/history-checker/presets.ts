/**
 * Ready-made histories. The first two are the register examples in Porcupine's README (github.com/anishathalye/
 * porcupine: a put of 100 with two overlapping gets; a put of 200 whose new value is read, then the old one), on
 * this checker's clock; the others are the textbook cases the lesson walks through (jepsen.io/consistency).
 */
import type { Client, Operation } from './types';

/** A named starting point. */
export interface HistoryPreset {
  id: string;
  /** Shown in the picker. */
  name: string;
  history: Operation[];
}

const write = (client: Client, value: number, invoke: number, response: number): Operation => ({ client, kind: 'write', value, invoke, response });
const read = (client: Client, value: number, invoke: number, response: number): Operation => ({ client, kind: 'read', value, invoke, response });

/** Every preset; the first is the default. */
export const HISTORY_PRESETS: readonly [HistoryPreset, ...HistoryPreset[]] = [
  {
    id: 'stale-read',
    name: 'A read after a finished write returns the old value',
    history: [write(1, 1, 0, 10), read(2, 0, 20, 30)],
  },
  {
    id: 'overlapping-reads',
    name: 'Reads overlapping a write see either value',
    history: [write(1, 100, 0, 40), read(2, 100, 4, 34), read(3, 0, 8, 28)],
  },
  {
    id: 'new-then-old',
    name: 'One client sees the new value, a later one the old',
    history: [write(1, 200, 0, 60), read(2, 200, 4, 20), read(3, 0, 36, 56)],
  },
  {
    id: 'own-write-missing',
    name: 'A client does not see its own write',
    history: [write(1, 1, 0, 10), read(1, 0, 20, 30)],
  },
  {
    id: 'writes-reordered',
    name: 'Two writes seen in opposite orders',
    history: [write(1, 1, 0, 10), write(1, 2, 20, 30), read(2, 2, 40, 50), read(2, 1, 60, 70)],
  },
  {
    id: 'busy-register',
    name: 'Four clients, ten operations',
    history: [
      write(1, 1, 0, 14),
      read(2, 0, 2, 8),
      write(3, 2, 6, 22),
      read(4, 1, 10, 18),
      read(2, 2, 16, 30),
      write(1, 3, 24, 40),
      read(4, 2, 26, 34),
      read(3, 3, 36, 48),
      write(2, 4, 44, 56),
      read(4, 4, 58, 66),
    ],
  },
];

function sameOperation(a: Operation, b: Operation): boolean {
  return a.client === b.client && a.kind === b.kind && a.value === b.value && a.invoke === b.invoke && a.response === b.response;
}

/** True when two histories list the same operations in the same order. */
export function sameHistory(a: readonly Operation[], b: readonly Operation[]): boolean {
  return a.length === b.length && a.every((op, i) => sameOperation(op, b[i] as Operation));
}

/** The preset `history` is exactly, if any (so the picker shows it). */
export function matchHistoryPreset(history: readonly Operation[]): HistoryPreset | null {
  return HISTORY_PRESETS.find((p) => sameHistory(p.history, history)) ?? null;
}
