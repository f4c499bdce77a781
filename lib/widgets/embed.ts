import type { FormPreset } from './form-state';

/** What a lesson may pass to a calculator. The values come from MDX, so they are checked, never trusted. */
export interface EmbedProps {
  /** Id of the worked example to start from (see lib/estimator/presets.ts). */
  preset?: unknown;
  /** Prefix for the calculator's URL parameters, needed only when two of one kind share a page. */
  urlKey?: unknown;
}

/** A calculator's starting point, read from its props. */
export interface EmbedOptions {
  /** The preset to start from: the named one, else the first; null for calculators without presets. */
  preset: FormPreset | null;
  /** The URL parameter prefix ('' for none). */
  prefix: string;
  /** What was wrong with the props, for the lesson's author; null when nothing was. */
  problem: string | null;
}

const URL_KEY = /^[a-z][a-z0-9-]{0,23}$/;

/** Reads a calculator's props: an unknown preset or a malformed `urlKey` falls back to the default and says so. */
export function readEmbedProps(props: EmbedProps, presets: readonly FormPreset[]): EmbedOptions {
  const problems: string[] = [];
  const first = presets[0] ?? null;
  let preset = first;
  if (props.preset !== undefined) {
    const found = typeof props.preset === 'string' ? presets.find((p) => p.id === props.preset) : undefined;
    if (found) preset = found;
    else if (first === null) problems.push('This calculator has no worked examples, so its preset is ignored.');
    else {
      const named = typeof props.preset === 'string' ? `“${props.preset.slice(0, 40)}”` : 'of that kind';
      problems.push(`There is no worked example ${named} here (known: ${presets.map((p) => p.id).join(', ')}), so it starts from ${first.name}.`);
    }
  }
  let prefix = '';
  if (props.urlKey !== undefined) {
    if (typeof props.urlKey === 'string' && URL_KEY.test(props.urlKey)) prefix = props.urlKey;
    else problems.push('urlKey must be 1–24 lowercase letters, digits or hyphens, starting with a letter; it is ignored.');
  }
  return { preset, prefix, problem: problems.length ? problems.join(' ') : null };
}
