/** Words and numbers as the quorum simulator writes them. */
import type { Version } from './types';

/** A node's letter: 0 → "A", 1 → "B"… */
export function nodeName(node: number): string {
  return String.fromCharCode(65 + node);
}

/** "A", "A and B", "A, B and C"; "no node" for an empty list. */
export function nodeList(nodes: readonly number[]): string {
  const names = nodes.map(nodeName);
  if (names.length === 0) return 'no node';
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A time in ms as seconds: 3000 → "3 s", 3250 → "3.25 s", −500 → "−0.5 s". */
export function seconds(ms: number): string {
  const text = (Math.abs(ms) / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 });
  return `${ms < 0 ? '−' : ''}${text} s`;
}

/** A clock skew: "+1.5 s", "−0.25 s", "0 s". */
export function skewText(ms: number): string {
  return ms > 0 ? `+${seconds(ms)}` : seconds(ms);
}

/** "v3". */
export function versionName(version: Version): string {
  return `v${version.id}`;
}

/** "v3 (timestamp 3.25 s)", or "nothing" for no version. */
export function versionText(version: Version | null): string {
  return version ? `${versionName(version)} (timestamp ${seconds(version.timestamp)})` : 'nothing';
}

/** "1 replica", "2 replicas". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
