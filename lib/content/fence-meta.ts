/**
 * Reads the attributes written after a code fence's language, e.g.
 * ```mermaid caption="Write path" alt="A flowchart of…"
 * Returns null when the text is not a list of key="value" pairs.
 */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> | null {
  const attributes: Record<string, string> = {};
  const text = (meta ?? '').trim();
  const pair = /([A-Za-z][\w-]*)="([^"]*)"\s*/y;
  let index = 0;
  while (index < text.length) {
    pair.lastIndex = index;
    const match = pair.exec(text);
    if (!match) return null;
    const [, key, value] = match;
    if (key === undefined || value === undefined || key in attributes) return null;
    attributes[key] = value;
    index = pair.lastIndex;
  }
  return attributes;
}
