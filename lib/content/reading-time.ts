/** Words per minute for technical prose; lower than the 238 wpm average for fiction (Brysbaert, 2019). */
export const WORDS_PER_MINUTE = 200;

/** Counts the words a reader reads: prose and code, without frontmatter, JSX tags or diagram sources. */
export function countWords(mdxBody: string): number {
  const withoutDiagrams = mdxBody.replace(/```mermaid[\s\S]*?```/g, ' ');
  const withoutTags = withoutDiagrams.replace(/<\/?[A-Z][^>]*>/g, ' ');
  const words = withoutTags.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read a body of the given word count, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
