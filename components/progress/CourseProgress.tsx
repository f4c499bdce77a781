'use client';

import { countStatus } from '@/lib/progress/progress';
import { progressStore } from '@/lib/progress/store';
import { ConfirmReset } from './ConfirmReset';
import { useProgress } from './use-progress';

/** The home page's progress line for the whole course, with a reset that asks first. */
export function CourseProgress({ slugs }: { slugs: string[] }) {
  const loaded = useProgress();
  const counts = loaded ? countStatus(loaded.data, slugs) : null;
  return (
    <div className="course-progress">
      <p className="progress-module" data-progress={counts ? 'known' : 'unknown'}>
        {counts && (
          <>
            Your progress: {counts.read} of {counts.total} lessons read, {counts.mastered} of {counts.total} mastered
            {loaded && !loaded.persistent ? ' (this tab only)' : ''}
          </>
        )}
      </p>
      <ConfirmReset
        label="Reset progress"
        question="Erase which lessons you have read, your quiz scores and your exam results on this device?"
        confirmLabel="Erase progress"
        done="Progress erased."
        onConfirm={() => progressStore.reset()}
      />
    </div>
  );
}
