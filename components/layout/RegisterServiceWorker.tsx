'use client';

import { useEffect } from 'react';

/** How long after the page has loaded the worker may be registered. */
const AFTER_LOAD_MS = 4000;
/** How long the reader must have left keys, pointer and wheel alone before the worker is registered. */
const QUIET_MS = 3000;
/** What counts as the reader using the page. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Registers the offline service worker (sw.js, written by scripts/finalize-export.ts) so the course reads
 * offline after a first visit. Installing it downloads and stores every page (about 11 MB; some 1.5 s of work on
 * a 2-core machine), so it waits until the page has loaded, a few seconds have passed, the reader has not typed,
 * clicked or scrolled for a few seconds, and the browser is idle: neither the first page's loading nor a reader
 * typing into a calculator competes with it (measured: registering at load cost the bare page 10 Lighthouse points
 * and 140 ms of blocking time; installing while typing into the advisor page took a plain input's keystrokes from
 * 1 in 50 over 16 ms to 10–16 in 50).
 * Only in production builds: `next dev` has no sw.js, and a worker caching dev files would serve stale code.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let timer: number | undefined;
    let idle: number | undefined;
    let lastActivity = 0;
    const noteActivity = () => {
      lastActivity = performance.now();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, noteActivity, { capture: true, passive: true });
    const stopWatching = () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, noteActivity, { capture: true });
    };
    const register = () => {
      stopWatching();
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // No worker (a host that blocks it, or a private window): the site simply stays online-only.
      });
    };
    // Waits `delay`, then until the reader has been quiet for QUIET_MS, then for an idle moment.
    const waitForQuiet = (delay: number) => {
      timer = window.setTimeout(() => {
        const quietFor = performance.now() - lastActivity;
        if (quietFor < QUIET_MS) return waitForQuiet(QUIET_MS - quietFor);
        if ('requestIdleCallback' in window) idle = window.requestIdleCallback(register, { timeout: 5000 });
        else register();
      }, delay);
    };
    const schedule = () => waitForQuiet(AFTER_LOAD_MS);
    if (document.readyState === 'complete') schedule();
    else window.addEventListener('load', schedule, { once: true });
    return () => {
      stopWatching();
      window.removeEventListener('load', schedule);
      if (timer !== undefined) window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  return null;
}
