import type { CSSProperties } from 'react';

// Below this width a diagram scrolls inside its frame instead of shrinking: text stays readable on phones.
const MIN_READABLE_WIDTH = 560;

function naturalWidth(svg: string): number | null {
  const match = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg);
  return match?.[1] ? Math.round(Number(match[1])) : null;
}

/**
 * A diagram drawn at build time: the light and dark SVGs (each shown only in its theme), one text
 * alternative for both, and a visible caption. The SVG markup is our own build output, not user input.
 */
export function Diagram({ caption, alt, light, dark }: { caption: string; alt: string; light: string; dark: string }) {
  const width = naturalWidth(light);
  const style = width ? ({ '--diagram-min-width': `${Math.min(width, MIN_READABLE_WIDTH)}px` } as CSSProperties) : undefined;
  return (
    <figure className="diagram">
      <div className="diagram-frame" tabIndex={0} role="region" aria-label={`Diagram: ${caption}`}>
        <div className="diagram-canvas" role="img" aria-label={alt} style={style}>
          <div className="diagram-light" dangerouslySetInnerHTML={{ __html: light }} />
          <div className="diagram-dark" dangerouslySetInnerHTML={{ __html: dark }} />
        </div>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
