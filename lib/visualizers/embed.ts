/**
 * What a lesson may pass to a visualizer. Props come from MDX, so they are checked, never trusted: an
 * unknown preset or a malformed urlKey falls back to the default and yields a note for the author.
 */
import { visualizerPrefix } from './url';

/** Props every visualizer accepts. */
export interface VisualizerProps {
  /** Id of the example to start from (the index checker's presets). */
  preset?: unknown;
  /** Prefix for the URL parameters, needed only when two visualizers of one kind share a page. */
  urlKey?: unknown;
  /** Level of the visualizer's heading: 2 on a tools page, 3 in a lesson (the default). */
  headingLevel?: unknown;
}

/** The checked props. */
export interface VisualizerOptions<P> {
  preset: P;
  prefix: string;
  headingLevel: 2 | 3;
  /** What was wrong with the props, for the lesson's author; null when nothing was. */
  problem: string | null;
}

/** Reads a visualizer's props against its presets (`[defaultPreset]` for those without a choice). */
export function readVisualizerProps<P extends { id: string }>(props: VisualizerProps, presets: readonly [P, ...P[]]): VisualizerOptions<P> {
  const problems: string[] = [];
  let preset = presets[0];
  if (props.preset !== undefined) {
    const found = typeof props.preset === 'string' ? presets.find((p) => p.id === props.preset) : undefined;
    if (found) preset = found;
    else if (presets.length === 1) problems.push('This visualizer has no presets, so preset is ignored.');
    else problems.push(`Unknown preset (known: ${presets.map((p) => p.id).join(', ')}), so it starts from “${presets[0].id}”.`);
  }
  const prefix = visualizerPrefix(props.urlKey);
  if (props.urlKey !== undefined && !prefix) problems.push('urlKey must be 1–24 lowercase letters, digits or hyphens, starting with a letter; it is ignored.');
  return { preset, prefix, headingLevel: props.headingLevel === 2 ? 2 : 3, problem: problems.length ? problems.join(' ') : null };
}
