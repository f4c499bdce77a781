'use client';

import { useEffect } from 'react';

/** How long after the page has loaded the worker is registered (then at the browser's next idle moment). */
const AFTER_LOAD_MS = 4000;

/**
 * Registers the offline service worker (sw.js, written by scripts/finalize-export.ts) so the course reads
 * offline after a first visit. Installing it downloads every page (about 13 MB), so it waits until the page
 * has loaded, a few seconds have passed and the browser is idle: the first page's own loading never competes
 * with it (measured: registering at load cost the bare page 10 Lighthouse points and 140 ms of blocking time).
 * Only in production builds: `next dev` has no sw.js, and a worker caching dev files would serve stale code.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let timer: number | undefined;
    let idle: number | undefined;
    const register = () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // No worker (a host that blocks it, or a private window): the site simply stays online-only.
      });
    };
    const schedule = () => {
      timer = window.setTimeout(() => {
        if ('requestIdleCallback' in window) idle = window.requestIdleCallback(register, { timeout: 5000 });
        else register();
      }, AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') schedule();
    else window.addEventListener('load', schedule, { once: true });
    return () => {
      window.removeEventListener('load', schedule);
      if (timer !== undefined) window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  return null;
}
