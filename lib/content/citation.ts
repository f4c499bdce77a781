import type { LessonSource } from './schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-07" → "7 December 2026": the date a source was read, written out so no reader mistakes day for month. */
export function formatAccessedDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * What follows a source's title in a citation, in order: publisher, edition, ISBN, and when the course read
 * it. The lesson page and the print view both cite this way.
 */
export function citationDetails(source: LessonSource): string[] {
  return [
    source.publisher,
    source.edition,
    source.isbn ? `ISBN ${source.isbn}` : undefined,
    `accessed ${formatAccessedDate(source.accessed)}`,
  ].filter((part): part is string => part !== undefined);
}
