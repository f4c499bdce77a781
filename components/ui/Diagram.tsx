import type { CSSProperties } from 'react';

// Below this width a diagram scrolls inside its frame instead of shrinking: text stays readable on phones.
const MIN_READABLE_WIDTH = 560;
/**
 * Smallest size, in CSS pixels, a diagram's text may be drawn at. Wide diagrams shrunk to the lesson column
 * drew their labels at 7–8 px, which readers could not read; 11 px is about the smallest text the site sets
 * anywhere (the instruments' drawings label at 10.5–12 px). So a diagram stops shrinking where its smallest
 * text would go below that, and scrolls sideways (and can be enlarged) instead.
 */
export const MIN_TEXT_PX = 11;
/** Mermaid's default font size, used when a drawing does not declare one. */
const DEFAULT_FONT_PX = 16;

/** The drawing's own width and height, from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const match = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match?.[1] || !match[2]) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The smallest font size the drawing declares, in its own units (mermaid writes `font-size:16px` in its style). */
export function smallestFontPx(svg: string): number {
  const sizes = [...svg.matchAll(/font-size(?::\s*|=")([\d.]+)(?:px)?/g)].map((m) => Number(m[1])).filter((n) => n >= 6);
  return sizes.length > 0 ? Math.min(...sizes) : DEFAULT_FONT_PX;
}

/**
 * Narrowest the drawing may be shown, in CSS pixels: never wider than it is drawn, never so narrow that its
 * smallest text falls below MIN_TEXT_PX, and on a phone no narrower than MIN_READABLE_WIDTH.
 */
export function diagramMinWidth(svg: string): number | null {
  const size = svgSize(svg);
  if (!size) return null;
  const forText = Math.ceil((size.width * MIN_TEXT_PX) / smallestFontPx(svg));
  return Math.min(Math.round(size.width), Math.max(MIN_READABLE_WIDTH, forText));
}

/**
 * A diagram drawn at build time: the light and dark SVGs (each shown only in its theme), one text
 * alternative for both, and a visible caption. The SVG markup is our own build output, not user input.
 * A wide drawing scrolls in its frame rather than shrinking its text away; the Enlarge button (shown once
 * components/ui/DiagramViewer.tsx runs) opens it full-screen.
 */
export function Diagram({ caption, alt, light, dark }: { caption: string; alt: string; light: string; dark: string }) {
  const minWidth = diagramMinWidth(light);
  const size = svgSize(light);
  const style = {
    ...(minWidth ? { '--diagram-min-width': `${minWidth}px` } : {}),
    ...(size ? { '--diagram-ratio': (size.width / size.height).toFixed(4) } : {}),
  } as CSSProperties;
  return (
    <figure className="diagram">
      <div className="diagram-frame" tabIndex={0} role="region" aria-label={`Diagram: ${caption}`}>
        <div className="diagram-canvas" role="img" aria-label={alt} style={style}>
          <div className="diagram-light" dangerouslySetInnerHTML={{ __html: light }} />
          <div className="diagram-dark" dangerouslySetInnerHTML={{ __html: dark }} />
        </div>
      </div>
      <div className="diagram-tools">
        <span className="diagram-scroll-hint" aria-hidden="true">
          Scroll sideways →
        </span>
        <button type="button" className="diagram-enlarge" aria-haspopup="dialog" aria-label={`Enlarge the diagram: ${caption}`}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          Enlarge
        </button>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
