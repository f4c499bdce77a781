'use client';

import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { decodeQuery, encodeQuery, ownQuery } from '@/lib/instruments/form/query';
import type { FieldValues } from '@/lib/instruments/form/fields';
import { editField, initFormState, sameValues, type FormSpec, type FormState } from '@/lib/instruments/form/form-state';

// History policy, so that Back is meaningful without one entry per keystroke: a burst of typing makes ONE entry
// (pushed on its first write, replaced while it lasts); a burst ends after a pause or when the field loses focus.
// Presets, resets and choices push an entry at once.
const WRITE_DELAY_MS = 250;
const BURST_IDLE_MS = 1_000;
const LOCATION_EVENT = 'fieldguide:location';

function subscribeToLocation(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_EVENT, onChange);
  };
}
const readSearch = () => window.location.search;
// The export is static: the server renders the defaults, and the query is read once the page runs.
const noSearchOnServer = () => '';

/** What a calculator gets from `useCalculatorForm`. */
export interface CalculatorForm {
  /** Field texts, messages, and the last valid values. */
  state: FormState;
  /** A sentence about ignored link values, or null. */
  notice: string | null;
  /** The reader typed into a field. */
  edit(key: string, text: string): void;
  /** The reader picked a value of a choice field. */
  choose(key: string, value: string): void;
  /** Load a whole set of values (a preset or the defaults). */
  load(values: FieldValues): void;
  /** A field lost focus: write any pending change and end the typing burst. */
  commit(): void;
}

interface Pending {
  timer: ReturnType<typeof setTimeout> | null;
  idle: ReturnType<typeof setTimeout> | null;
  burst: boolean;
  values: FieldValues | null;
  origin: string;
}

/**
 * A calculator form whose valid values live in the URL query (`prefix.key=value` when `prefix` is set, so two
 * calculators of one kind can share a page). Reading happens on every render from `location.search`, so Back and
 * Forward restore earlier values; the reader's text wins until the URL changes under it.
 */
export function useCalculatorForm(spec: FormSpec, defaults: FieldValues, prefix = ''): CalculatorForm {
  const search = useSyncExternalStore(subscribeToLocation, readSearch, noSearchOnServer);
  const decoded = useMemo(() => decodeQuery(spec, search, defaults, prefix), [spec, search, defaults, prefix]);
  const own = useMemo(() => ownQuery(spec, search, prefix), [spec, search, prefix]);
  const fromUrl = useMemo(() => initFormState(spec, decoded.values), [spec, decoded.values]);
  // `origin` is this calculator's part of the query the local state was made from; when the URL moves on
  // (Back, Forward, another tab of history), the local state no longer applies.
  const [local, setLocal] = useState<{ origin: string; state: FormState } | null>(null);
  const state = local !== null && local.origin === own ? local.state : fromUrl;
  const pending = useRef<Pending>({ timer: null, idle: null, burst: false, values: null, origin: '' });

  useEffect(() => {
    const p = pending.current;
    return () => {
      if (p.timer) clearTimeout(p.timer);
      if (p.idle) clearTimeout(p.idle);
    };
  }, []);

  // The actions below are made once per form and read the rendered state from here, so a field whose own props did
  // not change can skip re-rendering (the inputs are memoised) while another field is typed into.
  const rendered = useRef({ state, own });
  useLayoutEffect(() => {
    rendered.current = { state, own };
  });

  const actions = useMemo(() => {
    /** Writes `values` to the URL unless it moved since `origin`; returns the new origin, or null if it moved. */
    function writeUrl(values: FieldValues, push: boolean, origin: string): string | null {
      const { pathname, search: current, hash } = window.location;
      if (ownQuery(spec, current, prefix) !== origin) return null;
      const next = encodeQuery(spec, values, defaults, current, prefix);
      if (next !== current) window.history[push ? 'pushState' : 'replaceState'](null, '', `${pathname}${next}${hash}`);
      return ownQuery(spec, window.location.search, prefix);
    }

    function cancelPending() {
      const p = pending.current;
      if (p.timer) clearTimeout(p.timer);
      if (p.idle) clearTimeout(p.idle);
      p.timer = null;
      p.idle = null;
      p.values = null;
    }

    function flush() {
      const p = pending.current;
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      const values = p.values;
      p.values = null;
      if (!values) return;
      const origin = p.origin;
      const next = writeUrl(values, !p.burst, origin);
      if (next === null) return;
      p.burst = true;
      setLocal((prev) => (prev && prev.origin === origin ? { ...prev, origin: next } : prev));
      window.dispatchEvent(new Event(LOCATION_EVENT));
    }

    function writeNow(next: FormState) {
      cancelPending();
      pending.current.burst = false;
      const origin = writeUrl(next.valid, true, rendered.current.own) ?? rendered.current.own;
      setLocal({ origin, state: next });
      window.dispatchEvent(new Event(LOCATION_EVENT));
    }

    return {
      edit(key: string, text: string) {
        const { state: current, own: origin } = rendered.current;
        const next = editField(spec, current, key, text);
        rendered.current = { state: next, own: origin };
        setLocal({ origin, state: next });
        if (sameValues(spec, next.valid, current.valid)) return;
        const p = pending.current;
        p.values = next.valid;
        p.origin = origin;
        if (p.timer) clearTimeout(p.timer);
        p.timer = setTimeout(flush, WRITE_DELAY_MS);
        if (p.idle) clearTimeout(p.idle);
        p.idle = setTimeout(() => {
          p.burst = false;
        }, WRITE_DELAY_MS + BURST_IDLE_MS);
      },
      choose(key: string, value: string) {
        writeNow(editField(spec, rendered.current.state, key, value));
      },
      load(values: FieldValues) {
        writeNow(initFormState(spec, values));
      },
      commit() {
        if (pending.current.timer) flush();
        if (pending.current.idle) clearTimeout(pending.current.idle);
        pending.current.idle = null;
        pending.current.burst = false;
      },
    };
  }, [spec, defaults, prefix]);

  return useMemo(() => ({ state, notice: decoded.notice, ...actions }), [state, decoded.notice, actions]);
}
