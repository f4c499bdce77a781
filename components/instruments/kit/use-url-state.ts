'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';

// The calculators (components/instruments/kit/use-calculator-form.ts) announce their own URL writes with this event;
// listening to it too keeps every widget on a page reading the same address.
const LOCATION_EVENT = 'fieldguide:location';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_EVENT, onChange);
  };
}
const readSearch = () => window.location.search;
const noSearch = () => '';

/** A visualizer's state codec: read from a query string (with a notice for ignored parts), write into one. */
export interface UrlCodec<S> {
  decode(search: string): { state: S; notice: string | null };
  encode(state: S, currentSearch: string): string;
}

/**
 * State that lives in the URL query, so a copied link reopens it and Back undoes a change. Each change pushes
 * one history entry; `replace` rewrites the current one instead (for changes that come in a stream).
 */
export function useUrlState<S>(codec: UrlCodec<S>): { state: S; notice: string | null; setState: (next: S, replace?: boolean) => void } {
  const search = useSyncExternalStore(subscribe, readSearch, noSearch);
  const { state, notice } = useMemo(() => codec.decode(search), [codec, search]);
  const setState = useCallback(
    (next: S, replace = false) => {
      const { pathname, search: current, hash } = window.location;
      const query = codec.encode(next, current);
      if (query === current) return;
      window.history[replace ? 'replaceState' : 'pushState'](window.history.state, '', `${pathname}${query}${hash}`);
      window.dispatchEvent(new Event(LOCATION_EVENT));
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
): { state: S; notice: string | null; setState: (next: S, replace?: boolean) => void } {
  const codec = useMemo<UrlCodec<S>>(
    () => ({ decode: (search) => decode(search, defaults, prefix), encode: (state, current) => encode(state, current, defaults, prefix) }),
    [decode, encode, defaults, prefix],
  );
  return useUrlState(codec);
}
