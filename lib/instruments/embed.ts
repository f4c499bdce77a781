/**
 * What a lesson may pass to an instrument: which example to start from, a URL prefix, and the level of the
 * instrument's own heading. Props come from MDX, so they are checked, never trusted: an unknown preset or a
 * malformed urlKey falls back to the default and yields a sentence for the lesson's author.
 */
import { BAD_URL_KEY, urlPrefix } from './url';

/** Props every instrument accepts (some add their own, such as the isolation lab's `scenario`). */
export interface EmbedProps {
  /** Id of the example to start from. */
  preset?: unknown;
  /** Prefix for the URL parameters, needed only when two instruments of one kind share a page. */
  urlKey?: unknown;
  /** Level of the instrument's heading: 2 on a tools page, 3 in a lesson (the default). */
  headingLevel?: unknown;
}

/** The checked props. */
export interface EmbedOptions<P> {
  /** The named preset, else the first; null for an instrument without presets. */
  preset: P | null;
  /** The URL parameter prefix ('' for none). */
  prefix: string;
  headingLevel: 2 | 3;
  /** What was wrong with the props, for the lesson's author; null when nothing was. */
  problem: string | null;
}

/** A preset as instruments list them: an id, and a name readers see. */
export interface NamedPreset {
  id: string;
  name?: string;
}

/** Reads an instrument's props against its presets; with at least one preset, one is always chosen. */
export function readEmbedProps<P extends NamedPreset>(props: EmbedProps, presets: readonly [P, ...P[]]): EmbedOptions<P> & { preset: P };
/** Reads an instrument's props against its presets (an empty list for one without a choice of examples). */
export function readEmbedProps<P extends NamedPreset>(props: EmbedProps, presets: readonly P[]): EmbedOptions<P>;
export function readEmbedProps<P extends NamedPreset>(props: EmbedProps, presets: readonly P[]): EmbedOptions<P> {
  const problems: string[] = [];
  const first = presets[0] ?? null;
  let preset = first;
  if (props.preset !== undefined) {
    const found = typeof props.preset === 'string' ? presets.find((p) => p.id === props.preset) : undefined;
    if (found) preset = found;
    else if (first === null || presets.length === 1) problems.push('This instrument has no choice of examples, so preset is ignored.');
    else {
      const named = typeof props.preset === 'string' ? `“${props.preset.slice(0, 40)}”` : 'of that kind';
      problems.push(`There is no example ${named} here (known: ${presets.map((p) => p.id).join(', ')}), so it starts from ${first.name ?? `“${first.id}”`}.`);
    }
  }
  const prefix = urlPrefix(props.urlKey);
  if (props.urlKey !== undefined && !prefix) problems.push(BAD_URL_KEY);
  return { preset, prefix, headingLevel: props.headingLevel === 2 ? 2 : 3, problem: problems.length ? problems.join(' ') : null };
}
