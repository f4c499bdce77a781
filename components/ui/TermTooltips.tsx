'use client';

import { useEffect } from 'react';

const VIEWPORT_MARGIN = 8;

/** Moves a shown tooltip sideways just enough to stay inside the viewport (wide screens; phones pin it to the bottom in CSS). */
function keepOnScreen(term: HTMLElement) {
  const tooltip = term.querySelector<HTMLElement>(':scope > .term-tooltip');
  if (!tooltip || getComputedStyle(tooltip).position !== 'absolute') return;
  tooltip.style.setProperty('--term-shift', '0px');
  const rect = tooltip.getBoundingClientRect();
  if (rect.width === 0) return;
  const limit = document.documentElement.clientWidth - VIEWPORT_MARGIN;
  let shift = rect.right > limit ? limit - rect.right : 0;
  if (rect.left + shift < VIEWPORT_MARGIN) shift = VIEWPORT_MARGIN - rect.left;
  tooltip.style.setProperty('--term-shift', `${Math.round(shift)}px`);
}

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.term') : null);

/**
 * The small client behaviour of glossary terms (components/ui/Term.tsx), which are static HTML and
 * show their tooltip with CSS alone: Escape hides a shown tooltip until the pointer or focus leaves
 * the term, and a tooltip near the right edge is moved back inside the viewport. Renders nothing.
 */
export function TermTooltips() {
  useEffect(() => {
    const show = (event: Event) => {
      const term = termOf(event.target);
      if (term) requestAnimationFrame(() => keepOnScreen(term));
    };
    const leave = (event: Event) => {
      const term = termOf(event.target);
      const next = (event as MouseEvent | FocusEvent).relatedTarget;
      if (term && !(next instanceof Node && term.contains(next))) delete term.dataset.dismissed;
    };
    const dismiss = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) term.dataset.dismissed = '';
    };
    document.addEventListener('mouseover', show);
    document.addEventListener('focusin', show);
    document.addEventListener('mouseout', leave);
    document.addEventListener('focusout', leave);
    document.addEventListener('keydown', dismiss);
    return () => {
      document.removeEventListener('mouseover', show);
      document.removeEventListener('focusin', show);
      document.removeEventListener('mouseout', leave);
      document.removeEventListener('focusout', leave);
      document.removeEventListener('keydown', dismiss);
    };
  }, []);
  return null;
}
