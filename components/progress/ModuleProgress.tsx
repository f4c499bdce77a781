'use client';

import { countStatus } from '@/lib/progress/progress';
import { MasteredIcon } from './icons';
import { useProgress } from './use-progress';

/** "1 of 3 read · 0 of 3 mastered" for a module (or any set of lessons); an empty reserved line until progress is known. */
export function ModuleProgress({ slugs, className }: { slugs: string[]; className?: string }) {
  const loaded = useProgress();
  const counts = loaded ? countStatus(loaded.data, slugs) : null;
  return (
    <span className={`progress-module ${className ?? ''}`} data-progress={counts ? 'known' : 'unknown'}>
      {counts && (
        <>
          {counts.read} of {counts.total} read · {counts.mastered} of {counts.total} mastered
          {counts.mastered === counts.total && (
            <span className="progress-mastered">
              {' '}
              <MasteredIcon />
            </span>
          )}
        </>
      )}
    </span>
  );
}
