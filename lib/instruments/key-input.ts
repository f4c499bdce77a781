/** A range of whole-number keys a visualizer accepts, inclusive. */
export interface KeyRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Reads a key the reader typed into a visualizer: a whole number in `range`, or the sentence to show beside
 * the field (the visualizers' trees hold small integer keys so that their drawings stay legible).
 */
export function readWholeKey(text: string, range: KeyRange): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return `Type a whole number from ${range.min} to ${range.max}.`;
  const key = Number(trimmed);
  if (key < range.min || key > range.max) return `Keys go from ${range.min} to ${range.max}.`;
  return key;
}
