'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders `children` only once its box comes within `margin` of the viewport, and `fallback` until then:
 * heavy parts below the fold (a chart and its library) cost nothing while the reader is elsewhere.
 */
export function WhenNear({ children, fallback, margin = '400px 0px' }: { children: ReactNode; fallback: ReactNode; margin?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === 'undefined') {
      const show = window.setTimeout(() => setNear(true), 0);
      return () => window.clearTimeout(show);
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, margin]);
  return (
    <div ref={box} className="h-full">
      {near ? children : fallback}
    </div>
  );
}
