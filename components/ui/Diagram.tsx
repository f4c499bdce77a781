/**
 * A diagram drawn at build time: the light and dark SVGs (each shown only in its theme), one text
 * alternative for both, and a visible caption. The SVG markup is our own build output, not user input.
 */
export function Diagram({ caption, alt, light, dark }: { caption: string; alt: string; light: string; dark: string }) {
  return (
    <figure className="diagram">
      <div className="diagram-canvas" role="img" aria-label={alt}>
        <div className="diagram-light" dangerouslySetInnerHTML={{ __html: light }} />
        <div className="diagram-dark" dangerouslySetInnerHTML={{ __html: dark }} />
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
