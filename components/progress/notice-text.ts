import type { StoreNotice } from '@/lib/progress/persistent-store';

/** What to tell the reader about their saved data; `what` names it ("progress", "flashcard schedule"). */
export function noticeText(notice: StoreNotice, what: string): string {
  switch (notice) {
    case 'reset-corrupt':
      return `Your saved ${what} on this device could not be read, so it was reset.`;
    case 'reset-old':
      return `Your saved ${what} came from an older version of this site, so it was reset.`;
    case 'unavailable':
      return `This browser is not letting the site save your ${what} (private browsing or full storage). It lasts until you reload or close the tab.`;
  }
}
