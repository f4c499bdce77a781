'use client';

import { progressStore } from '@/lib/progress/store';
import { noticeText } from './notice-text';
import { useProgress } from './use-progress';

/**
 * Tells the reader when saved progress was reset or cannot be saved. Fixed to the bottom of the
 * viewport, so it appearing after load moves nothing; the status region is always in the page so
 * screen readers announce the message when it arrives.
 */
export function StorageNotice() {
  const notice = useProgress()?.notice ?? null;
  return (
    <div role="status" className="storage-notice-region">
      {notice && (
        <div className="storage-notice">
          <p>{noticeText(notice, 'progress')}</p>
          <button type="button" className="quiz-button-secondary" onClick={() => progressStore.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
