'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';

// The calculators (components/instruments/kit/use-calculator-form.ts) announce their own URL writes with this event;
// listening to it too keeps every widget on a page reading the same address.
export const LOCATION_EVENT = 'fieldguide:location';

function subscribe(onChange: () => void) {
  listenOnce();
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_EVENT, onChange);
  };
}
const readSearch = () => window.location.search;
const noSearch = () => '';

/**
 * How a change reaches the browser's history:
 * - `push`: a history entry of its own (an operation, a step, a choice), so Back undoes it;
 * - `stream`: one of a run of changes (a slider being dragged, a field being typed in). The first change
 *   of a run pushes an entry and the rest rewrite it, so Back undoes the whole run at once; a run ends when
 *   the changes pause for SETTLE_MS with no pointer held down, or at another write or a Back;
 * - `replace`: rewrite the current entry (tidying the address, a state the reader did not ask for).
 */
export type HistoryMode = 'push' | 'stream' | 'replace';

/** The pause that ends a stream of changes: longer than the gap between a slider's notches while dragged. */
const SETTLE_MS = 400;

let stream: { key: unknown; at: number } | null = null;
let pointerHeld = false;
let listening = false;

function listenOnce() {
  if (listening) return;
  listening = true;
  // A slider held still under the finger is still one gesture; it ends when the pointer lets go.
  window.addEventListener('pointerdown', () => (pointerHeld = true), true);
  for (const type of ['pointerup', 'pointercancel']) window.addEventListener(type, () => (pointerHeld = false), true);
  // After Back or Forward the next change starts a new entry instead of rewriting the one returned to.
  window.addEventListener('popstate', () => (stream = null));
}

// Listening from the start lets the very first drag on a page count as held.
if (typeof window !== 'undefined') listenOnce();

/**
 * Puts `url` in the address bar as `mode` says. `key` names the widget writing, so two widgets' streams
 * never merge into one entry. Tells the page's other URL-state widgets that the address changed.
 */
export function writeHistory(url: string, mode: HistoryMode, key: unknown): void {
  listenOnce();
  const now = Date.now();
  const continues = mode === 'stream' && stream !== null && stream.key === key && (pointerHeld || now - stream.at < SETTLE_MS);
  const replace = mode === 'replace' || continues;
  window.history[replace ? 'replaceState' : 'pushState'](window.history.state, '', url);
  if (mode === 'stream') stream = { key, at: now };
  else if (mode === 'push') stream = null;
  window.dispatchEvent(new Event(LOCATION_EVENT));
}

/** A visualizer's state codec: read from a query string (with a notice for ignored parts), write into one. */
export interface UrlCodec<S> {
  decode(search: string): { state: S; notice: string | null };
  encode(state: S, currentSearch: string): string;
}

/**
 * State that lives in the URL query, so a copied link reopens it and Back undoes a change: popstate puts the
 * state back from the address. Each change pushes one history entry; `streaming` marks changes that come in
 * a run (a slider, a text field), which share one entry per settled run (see HistoryMode).
 */
export function useUrlState<S>(codec: UrlCodec<S>): { state: S; notice: string | null; setState: (next: S, streaming?: boolean) => void } {
  const search = useSyncExternalStore(subscribe, readSearch, noSearch);
  const { state, notice } = useMemo(() => codec.decode(search), [codec, search]);
  const setState = useCallback(
    (next: S, streaming = false) => {
      const { pathname, search: current, hash } = window.location;
      const query = codec.encode(next, current);
      if (query === current) return;
      writeHistory(`${pathname}${query}${hash}`, streaming ? 'stream' : 'push', codec);
    },
    [codec],
  );
  return { state, notice, setState };
}

/**
 * `useUrlState` for a visualizer whose query functions take its defaults and URL prefix, as each
 * lib/instruments/<name>/url.ts does: the codec is built once per prefix.
 */
export function usePrefixedUrlState<S>(
  decode: (search: string, defaults: S, prefix: string) => { state: S; notice: string | null },
  encode: (state: S, currentSearch: string, defaults: S, prefix: string) => string,
  defaults: S,
  prefix: string,
): { state: S; notice: string | null; setState: (next: S, streaming?: boolean) => void } {
  const codec = useMemo<UrlCodec<S>>(
    () => ({ decode: (search) => decode(search, defaults, prefix), encode: (state, current) => encode(state, current, defaults, prefix) }),
    [decode, encode, defaults, prefix],
  );
  return useUrlState(codec);
}
