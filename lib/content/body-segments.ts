/** A JSON value, as an island's props must be (they travel from the build to the browser). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A lesson body after the build: static HTML, cut where an interactive widget (an island) sits.
 * Static parts ship as HTML and are never hydrated element by element.
 */
export type BodySegment =
  | { kind: 'html'; html: string; /** URL of the same HTML as a file, set by the build (see htmlChunkFiles). */ src?: string }
  | { kind: 'island'; name: string; props: Record<string, JsonValue> };

/** Renders compiled MDX (mdx-bundler's function body) to segments; injected so lib/ stays free of React. */
export type BodyRenderer = (code: string, file: string) => BodySegment[];

/** The marker element a build-time island placeholder renders; split on it afterwards. */
export const ISLAND_MARKER_TAG = 'dfg-island';

/**
 * Splits rendered HTML at island markers (`<dfg-island data-index="N"></dfg-island>`). A marker
 * that is not at the top level would cut an element in two, so it is an error naming the island.
 */
export function splitAtIslands(html: string, islands: Array<{ name: string; props: Record<string, JsonValue> }>): BodySegment[] {
  const segments: BodySegment[] = [];
  const marker = new RegExp(`<${ISLAND_MARKER_TAG} data-index="(\\d+)"></${ISLAND_MARKER_TAG}>`, 'g');
  let last = 0;
  for (const match of html.matchAll(marker)) {
    const before = html.slice(last, match.index);
    const island = islands[Number(match[1])];
    if (!island) throw new Error(`island marker ${match[1]} has no island`);
    if (!isTopLevel(html.slice(0, match.index))) {
      throw new Error(`<${island.name}> must stand at the top level of the lesson, not inside another element`);
    }
    if (before.trim()) segments.push({ kind: 'html', html: before });
    segments.push({ kind: 'island', name: island.name, props: island.props });
    last = match.index + match[0].length;
  }
  const rest = html.slice(last);
  if (rest.trim()) segments.push({ kind: 'html', html: rest });
  return segments;
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** True when every element opened in `html` is also closed (React's static markup, so tags are well formed). */
function isTopLevel(html: string): boolean {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (selfClosing || VOID_ELEMENTS.has(name.toLowerCase())) continue;
    depth += closing ? -1 : 1;
  }
  return depth === 0;
}
