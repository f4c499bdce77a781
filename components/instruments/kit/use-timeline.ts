'use client';

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { LOCATION_EVENT } from './use-url-state';

/** Play speeds: how long each step stays on screen. */
export const SPEEDS = [
  { value: 1, label: 'slow', ms: 1600 },
  { value: 2, label: 'normal', ms: 900 },
  { value: 3, label: 'fast', ms: 450 },
  { value: 4, label: 'fastest', ms: 150 },
] as const;

const REDUCED = '(prefers-reduced-motion: reduce)';
function subscribeMotion(onChange: () => void) {
  const query = window.matchMedia(REDUCED);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True when the reader asked the system for less motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia(REDUCED).matches,
    () => false,
  );
}

/** What a visualizer gets from `useTimeline`. */
export interface Timeline {
  /** The step on screen, 0 ≤ position < count. */
  position: number;
  playing: boolean;
  speed: number;
  /** Milliseconds per step at the current speed (and the length of transitions). */
  stepMs: number;
  reducedMotion: boolean;
  goTo(position: number): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Show what an operation did: play from `from` to the end, or with reduced motion jump to the end. */
  reveal(from: number): void;
  /** Jump to the last step and stay there as steps are rebuilt (a setting changed). */
  toEnd(): void;
}

/**
 * A position in a list of `count` steps, with play, pause and speed. `count` may change under it (the reader
 * added an operation); the position is kept in range. Playing stops at the last step.
 */
export function useTimeline(count: number, initial: 'start' | 'end' = 'end'): Timeline {
  const reducedMotion = useReducedMotion();
  const [raw, setRaw] = useState(() => (initial === 'end' ? Number.MAX_SAFE_INTEGER : 0));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [pendingReveal, setPendingReveal] = useState<number | null>(null);
  const last = Math.max(0, count - 1);
  const position = Math.min(Math.max(0, raw), last);
  const stepMs = SPEEDS.find((s) => s.value === speed)?.ms ?? 900;

  useEffect(() => {
    if (!playing) return;
    if (position >= last) {
      const stop = window.setTimeout(() => setPlaying(false), 0);
      return () => window.clearTimeout(stop);
    }
    const timer = window.setTimeout(() => setRaw(position + 1), stepMs);
    return () => window.clearTimeout(timer);
  }, [playing, position, last, stepMs]);

  // A reveal is asked for before the new steps exist (the URL changes first); it lands once they do.
  useEffect(() => {
    if (pendingReveal === null || count <= pendingReveal) return;
    const apply = window.setTimeout(() => {
      setPendingReveal(null);
      if (reducedMotion) {
        setPlaying(false);
        setRaw(Number.MAX_SAFE_INTEGER);
      } else {
        setRaw(pendingReveal);
        setPlaying(true);
      }
    }, 0);
    return () => window.clearTimeout(apply);
  }, [pendingReveal, count, reducedMotion]);

  // Back and Forward put another state in the address (use-url-state.ts): show it whole, from its last step,
  // as after any other change. A popstate that leaves the query alone (an in-page anchor) changes nothing.
  useEffect(() => {
    let search = window.location.search;
    const onPop = () => {
      if (window.location.search === search) return;
      search = window.location.search;
      setPendingReveal(null);
      setPlaying(false);
      setRaw(Number.MAX_SAFE_INTEGER);
    };
    const onWrite = () => (search = window.location.search);
    window.addEventListener('popstate', onPop);
    window.addEventListener(LOCATION_EVENT, onWrite);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener(LOCATION_EVENT, onWrite);
    };
  }, []);

  const goTo = useCallback(
    (next: number) => {
      setPlaying(false);
      setRaw(Math.min(Math.max(0, next), last));
    },
    [last],
  );

  return {
    position,
    playing,
    speed,
    stepMs,
    reducedMotion,
    goTo,
    play() {
      if (position >= last) setRaw(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    setSpeed,
    reveal: (from: number) => setPendingReveal(from),
    toEnd() {
      setPlaying(false);
      setRaw(Number.MAX_SAFE_INTEGER);
    },
  };
}
