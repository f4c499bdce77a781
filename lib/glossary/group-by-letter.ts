/** Terms under one initial on the glossary page. */
export interface LetterGroup<T> {
  /** The initial as shown ("A"…"Z", or "#" for terms that start with a digit or symbol). */
  letter: string;
  /** An id-safe name for the letter's heading anchor ("letter-a", "letter-other"). */
  anchor: string;
  terms: T[];
}

/** The letter a term is filed under: its first letter, ignoring case and accents; "#" for anything else. */
export function initialOf(name: string): string {
  const first = name.trim().normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * Sorts terms alphabetically (case- and accent-insensitive, English collation) and groups them by
 * initial, letters in order with "#" last. Letters without terms are left out.
 */
export function groupByLetter<T>(terms: readonly T[], nameOf: (term: T) => string): LetterGroup<T>[] {
  const sorted = [...terms].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const term of sorted) {
    const letter = initialOf(nameOf(term));
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, grouped]) => ({ letter, anchor: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`, terms: grouped }));
}
