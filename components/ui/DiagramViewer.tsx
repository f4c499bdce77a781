'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';

/** Set on <html> while the viewer runs: the diagrams' Enlarge buttons show only then (diagram.css). */
const READY_ATTRIBUTE = 'data-diagram-viewer';
/** Boxes that scroll sideways when their content is wider: diagrams (Diagram.tsx) and tables (ResponsiveTable.tsx). */
const SCROLLERS = '.diagram-frame, .table-scroll';

/**
 * Marks a scrolling box with what is hidden: `data-overflow="end"` (more to the right), "start", "start end", or
 * nothing when everything fits. The "Scroll sideways →" hints key off it (diagram.css); the edge shadows need
 * no script.
 */
function markOverflow(box: Element) {
  const hidden: string[] = [];
  const rest = box.scrollWidth - box.clientWidth;
  if (rest > 1) {
    if (box.scrollLeft > 1) hidden.push('start');
    if (box.scrollLeft < rest - 1) hidden.push('end');
  }
  const value = hidden.join(' ');
  if ((box.getAttribute('data-overflow') ?? '') === value) return;
  if (value) box.setAttribute('data-overflow', value);
  else box.removeAttribute('data-overflow');
}

/**
 * A copy of the diagram's drawing in the theme now shown, for the dialog. Its ids (the SVG's styles select by
 * them) are renamed, so the copy neither duplicates an id on the page nor restyles the original.
 */
function visibleDrawing(figure: Element): { html: string; variant: 'light' | 'dark' } | null {
  for (const variant of ['light', 'dark'] as const) {
    const part = figure.querySelector(`.diagram-${variant}`);
    if (part && getComputedStyle(part).display !== 'none') return { html: part.innerHTML.replaceAll('dgm-', 'dgmz-'), variant };
  }
  return null;
}

interface Shown {
  caption: string;
  alt: string;
  style: string;
  html: string;
  variant: 'light' | 'dark';
}

/**
 * The client side of the lessons' diagrams, which are static HTML (components/ui/Diagram.tsx): a click on a
 * diagram, or its Enlarge button, opens it full-screen in a modal dialog (Escape or the Close button closes it,
 * and focus goes back to the diagram's button); and wide diagrams and tables
 * say "Scroll sideways →" while part of them is out of view. Works by delegation, so lesson text fetched
 * after a client-side navigation is covered too. Mount once per page.
 */
export function DiagramViewer() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const titleId = useId();

  const open = useCallback((figure: Element) => {
    const drawing = visibleDrawing(figure);
    const canvas = figure.querySelector<HTMLElement>('.diagram-canvas');
    if (!drawing || !canvas) return;
    returnTo.current = figure.querySelector<HTMLElement>('.diagram-enlarge');
    setShown({
      caption: figure.querySelector('figcaption')?.textContent ?? 'Diagram',
      alt: canvas.getAttribute('aria-label') ?? '',
      style: canvas.getAttribute('style') ?? '',
      ...drawing,
    });
  }, []);

  // Open once the copy is in the dialog, so the first focus and the size are the drawing's.
  // The first focusable element, the Close button, takes focus when the dialog opens (showModal's rule).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (shown && dialog && !dialog.open) dialog.showModal();
  }, [shown]);

  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute(READY_ATTRIBUTE, '');

    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || event.defaultPrevented) return;
      const trigger = event.target.closest('.diagram-enlarge, .diagram-canvas');
      const figure = trigger?.closest('figure.diagram');
      // A diagram inside the dialog is already enlarged.
      if (!figure || figure.closest('dialog')) return;
      open(figure);
    };

    const resizes = new ResizeObserver((entries) => entries.forEach((entry) => markOverflow(entry.target)));
    const watch = () => document.querySelectorAll(SCROLLERS).forEach((box) => resizes.observe(box));
    // Lesson text arrives later after a client-side navigation (components/mdx/StaticHtmlChunk.tsx). Only
    // additions holding a scrolling box matter; the instruments redraw their SVGs often, and those are skipped.
    const holdsScroller = (node: Node) => node instanceof Element && (node.matches(SCROLLERS) || node.querySelector(SCROLLERS) !== null);
    const added = new MutationObserver((changes) => {
      if (changes.some((change) => [...change.addedNodes].some(holdsScroller))) watch();
    });
    const onScroll = (event: Event) => {
      if (event.target instanceof Element && event.target.matches(SCROLLERS)) markOverflow(event.target);
    };
    // Observing a box reports its size at once, which marks it.
    watch();
    added.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('click', onClick);
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      root.removeAttribute(READY_ATTRIBUTE);
      document.removeEventListener('click', onClick);
      document.removeEventListener('scroll', onScroll, { capture: true });
      added.disconnect();
      resizes.disconnect();
    };
  }, [open]);

  const close = () => dialogRef.current?.close();
  const onClose = () => {
    setShown(null);
    returnTo.current?.focus();
    returnTo.current = null;
  };

  return (
    <dialog
      ref={dialogRef}
      className="diagram-dialog"
      aria-labelledby={titleId}
      data-variant={shown?.variant}
      onClose={onClose}
    >
      <div className="diagram-dialog-bar">
        <h2 id={titleId} className="diagram-dialog-title">
          {shown?.caption}
        </h2>
        <button type="button" className="diagram-dialog-close" onClick={close}>
          Close
        </button>
      </div>
      <div className="diagram-dialog-body" tabIndex={0} role="region" aria-label="Enlarged diagram (scrolls when larger than the screen)">
        {shown && (
          <div
            className="diagram-canvas"
            role="img"
            aria-label={shown.alt}
            ref={(node) => {
              if (node) node.setAttribute('style', shown.style);
            }}
            // Our own build output (the lesson's diagram, copied from the page), not reader input.
            dangerouslySetInnerHTML={{ __html: shown.html }}
          />
        )}
      </div>
    </dialog>
  );
}
