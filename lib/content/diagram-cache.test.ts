import { describe, expect, it } from 'vitest';
import { dropUnusedSymbols, scopeInnerIds, scopeSvgIds } from './diagram-cache';

const rendered =
  '<svg id="mermaid-light-3"><style>#mermaid-light-3 .actor{fill:#eee}</style><defs><marker id="mermaid-light-3-arrowhead"/><clipPath id="clip0"/></defs>' +
  '<g id="root-0" clip-path="url(#clip0)"><rect id="actor0"/><use href="#actor0"/><use xlink:href="#actor0"/></g>' +
  '<title id="chart-title">T</title><g aria-labelledby="chart-title actor0" marker-end="url(#mermaid-light-3-arrowhead)"/></svg>';

describe('diagram ids', () => {
  const once = scopeInnerIds(scopeSvgIds(rendered, 'light', 'k1'), 'k1');

  it('names the diagram and its mermaid-numbered parts after its cache key', () => {
    expect(once).toContain('<svg id="dgm-k1">');
    expect(once).toContain('#dgm-k1 .actor');
    expect(once).toContain('marker-end="url(#dgm-k1-arrowhead)"');
  });

  it('prefixes every other id and every reference to it, so two diagrams on a page never share one', () => {
    const ids = [...once.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id!.startsWith('dgm-k1'))).toBe(true);
    expect(once).toContain('<g id="dgm-k1-root-0" clip-path="url(#dgm-k1-clip0)">');
    expect(once).toContain('<use href="#dgm-k1-actor0"/><use xlink:href="#dgm-k1-actor0"/>');
    expect(once).toContain('aria-labelledby="dgm-k1-chart-title dgm-k1-actor0"');
    const other = scopeInnerIds(scopeSvgIds(rendered, 'light', 'k2'), 'k2');
    const otherIds = new Set([...other.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.filter((id) => otherIds.has(id))).toEqual([]);
  });

  it('is idempotent, so cached SVGs scoped before can pass through again', () => {
    expect(scopeInnerIds(once, 'k1')).toBe(once);
  });

  it('leaves references to ids outside the diagram alone', () => {
    expect(scopeInnerIds('<svg id="dgm-k"><use href="#elsewhere"/><g id="a"/></svg>', 'k')).toBe('<svg id="dgm-k"><use href="#elsewhere"/><g id="dgm-k-a"/></svg>');
  });
});

describe('unused symbols', () => {
  const icons = '<symbol id="computer"><path d="M1 1v6"/></symbol><symbol id="database"><path d="M2 2"/></symbol>';

  it('drops symbol definitions nothing refers to, and the defs they leave empty', () => {
    expect(dropUnusedSymbols(`<svg><defs>${icons}</defs><g/></svg>`)).toBe('<svg><g/></svg>');
  });

  it('keeps a symbol that a use element or a url() refers to', () => {
    const svg = `<svg><defs>${icons}<symbol id="clock" viewBox="0 0 1 1"><path/></symbol></defs><use xlink:href="#database"/><g fill="url(#clock)"/></svg>`;
    expect(dropUnusedSymbols(svg)).toBe(
      '<svg><defs><symbol id="database"><path d="M2 2"/></symbol><symbol id="clock" viewBox="0 0 1 1"><path/></symbol></defs><use xlink:href="#database"/><g fill="url(#clock)"/></svg>',
    );
    expect(dropUnusedSymbols(dropUnusedSymbols(svg))).toBe(dropUnusedSymbols(svg));
  });
});
