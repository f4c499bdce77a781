'use client';

import { lessonStatus } from '@/lib/progress/progress';
import { MasteredIcon, ReadIcon } from './icons';
import { useProgress } from './use-progress';

/**
 * A lesson's progress: read (its end was reached) and mastered (its quiz passed). The box keeps its
 * size whatever it holds, and holds nothing until stored progress is known, so nothing shifts or flashes.
 */
export function LessonBadge({ slug, variant }: { slug: string; variant: 'nav' | 'card' }) {
  const loaded = useProgress();
  const status = loaded ? lessonStatus(loaded.data, slug) : null;
  if (variant === 'nav') {
    return (
      <span className="progress-slots" data-progress={status ? 'known' : 'unknown'}>
        {status?.read && (
          <span className="progress-read" title="Read">
            <ReadIcon />
            <span className="sr-only">, read</span>
          </span>
        )}
        {status?.mastered && (
          <span className="progress-mastered" title="Quiz passed">
            <MasteredIcon />
            <span className="sr-only">, quiz passed</span>
          </span>
        )}
      </span>
    );
  }
  return (
    <span className="progress-line" data-progress={status ? 'known' : 'unknown'}>
      {status?.read && (
        <span className="progress-chip progress-read">
          <ReadIcon /> Read
        </span>
      )}
      {status?.mastered ? (
        <span className="progress-chip progress-mastered">
          <MasteredIcon /> Quiz passed{status.bestPercent !== null && ` · best ${status.bestPercent}%`}
        </span>
      ) : (
        status?.bestPercent != null && <span className="progress-chip">Quiz best {status.bestPercent}%</span>
      )}
    </span>
  );
}
