'use client';

import { useEffect } from 'react';

/**
 * Registers the offline service worker (sw.js, written by scripts/finalize-export.ts) once the page has
 * loaded, so the course reads offline after a first visit. Only in production builds: `next dev` has no
 * sw.js, and a worker caching dev files would serve stale code.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // No worker (a host that blocks it, or a private window): the site simply stays online-only.
      });
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}
