import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RENDER_CONFIG_VERSION, type DiagramTheme } from './diagram-render';

/** The cache key of one diagram in one theme: a hash of its source, the theme and the renderer config. */
export function diagramKey(source: string, theme: DiagramTheme): string {
  return createHash('sha256').update(`${RENDER_CONFIG_VERSION}\n${theme}\n${source.trim()}\n`).digest('hex').slice(0, 20);
}

/**
 * Rendered diagrams kept in the repository (one SVG file per key), so a machine without a browser
 * can build the site as long as no diagram changed.
 */
export class DiagramCache {
  private readonly used = new Set<string>();

  constructor(readonly directory: string) {}

  /** The cached SVG for a key, or undefined. */
  get(key: string): string | undefined {
    this.used.add(key);
    const file = this.fileFor(key);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }

  /** Stores a freshly rendered SVG. */
  set(key: string, svg: string): void {
    this.used.add(key);
    mkdirSync(this.directory, { recursive: true });
    writeFileSync(this.fileFor(key), svg);
  }

  /** Marks diagrams as in use without reading them (drafts' diagrams survive a prune). */
  keep(keys: Iterable<string>): void {
    for (const key of keys) this.used.add(key);
  }

  /** Deletes cached diagrams that no lesson used in this build; returns how many went. */
  pruneUnused(): number {
    if (!existsSync(this.directory)) return 0;
    let removed = 0;
    for (const name of readdirSync(this.directory)) {
      if (name.endsWith('.svg') && !this.used.has(name.slice(0, -4))) {
        rmSync(path.join(this.directory, name));
        removed += 1;
      }
    }
    return removed;
  }

  private fileFor(key: string): string {
    return path.join(this.directory, `${key}.svg`);
  }
}

/**
 * Makes a rendered SVG's ids unique to its key: mermaid numbers diagrams per render call
 * (mermaid-light-0, …), so two cached diagrams on one page would otherwise share ids and styles.
 */
export function scopeSvgIds(svg: string, theme: DiagramTheme, key: string): string {
  return svg.replace(new RegExp(`mermaid-${theme}-\\d+`, 'g'), `dgm-${key}`);
}

/**
 * Gives every id inside a diagram's SVG the diagram's own prefix (`dgm-<key>-`), and updates what refers to it
 * (`url(#…)`, `href="#…"`, aria references). Mermaid names elements after the diagram's text ("actor0", "App"),
 * so without this two diagrams on a page, or a diagram's light and dark copies, share ids. Idempotent: ids that
 * already start with `dgm-` are left alone, so it applies to cached SVGs as well as fresh ones.
 */
export function scopeInnerIds(svg: string, key: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.startsWith('dgm-')));
  if (ids.size === 0) return svg;
  const scoped = (id: string) => (ids.has(id) ? `dgm-${key}-${id}` : id);
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (_, open: string, id: string, close: string) => open + scoped(id) + close)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${scoped(id)})`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)(")/g, (_, open: string, id: string, close: string) => open + scoped(id) + close)
    .replace(/(\saria-(?:labelledby|describedby)=")([^"]+)(")/g, (_, open: string, list: string, close: string) => open + list.split(/\s+/).map(scoped).join(' ') + close);
}

/**
 * Removes the `<symbol>` definitions nothing in the SVG refers to. Mermaid puts the same three icon symbols
 * (computer, database, clock: about 13 KB of path data) into every sequence diagram whether it draws them or not;
 * on a lesson with nine sequence diagrams in two themes that was 40% of the page's HTML. Idempotent.
 */
export function dropUnusedSymbols(svg: string): string {
  const referenced = new Set([...svg.matchAll(/(?:href="#|url\(#)([^")]+)/g)].map((m) => m[1]!));
  return svg
    .replace(/<symbol\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g, (symbol: string, id: string) => (referenced.has(id) ? symbol : ''))
    .replace(/<defs><\/defs>/g, '');
}

/** The cache keys of every mermaid fence in an MDX source, in both themes (for drafts, which the build does not compile). */
export function diagramKeysIn(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/^```mermaid[^\n]*\n([\s\S]*?)^```/gm)) {
    const diagram = (match[1] ?? '').trim();
    keys.push(diagramKey(diagram, 'light'), diagramKey(diagram, 'dark'));
  }
  return keys;
}
