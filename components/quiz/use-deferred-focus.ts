import { useEffect, useRef } from 'react';

/**
 * Focus an element after the next render (for elements a state change is about to create or move),
 * scrolling it into view. Pass an id; nothing happens if no element has it.
 */
export function useDeferredFocus(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}
