'use client';

import { useEffect, useRef } from 'react';
import { lessonStatus, markRead } from '@/lib/progress/progress';
import { progressStore } from '@/lib/progress/store';
import { ReadIcon } from './icons';
import { useProgress } from './use-progress';

const CONFIRM_MS = 400;

/**
 * Sits after a lesson's body: once it has been in view (or scrolled past) for a moment, the lesson
 * counts as read. Its one line of text is reserved space, filled only once progress is known.
 */
export function ReadSentinel({ slug }: { slug: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const loaded = useProgress();
  const read = loaded ? lessonStatus(loaded.data, slug).read : null;

  useEffect(() => {
    const target = ref.current;
    if (read !== false || !target || typeof IntersectionObserver === 'undefined') return;
    let timer: number | undefined;
    // The root reaches far above the viewport, so the sentinel "intersects" once it is anywhere above
    // the viewport's bottom edge: a jump past it (End key, a link to Sources) counts as reaching the end,
    // which a plain observer would miss because the sentinel never shares a frame with the viewport.
    const observer = new IntersectionObserver(
      (entries) => {
        window.clearTimeout(timer);
        if (!entries.at(-1)?.isIntersecting) return;
        // Confirm a moment later: arriving from a scrolled page, the new lesson keeps the old offset for
        // a frame or two before the router scrolls to the top, which must not count as reading it.
        timer = window.setTimeout(() => {
          if (target.getBoundingClientRect().top > window.innerHeight) return;
          observer.disconnect();
          progressStore.update((data) => markRead(data, slug, new Date().toISOString()));
        }, CONFIRM_MS);
      },
      { rootMargin: '1000000px 0px 0px 0px' },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [read, slug]);

  return (
    <p ref={ref} className="read-sentinel" data-read={read === null ? 'unknown' : String(read)}>
      {read && (
        <>
          <ReadIcon className="progress-read" /> End of the lesson. Marked as read on this device.
        </>
      )}
    </p>
  );
}
