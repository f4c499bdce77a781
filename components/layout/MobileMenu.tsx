'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useState, type ReactNode } from 'react';

/**
 * The sidebar as a menu on narrow screens: a button that opens the course navigation and closes on navigation or Escape.
 * The panel's contents (a second copy of the course navigation, about 80 links and badges) are rendered the first
 * time it opens, not on every page load: a closed panel is hidden, and the page hydrates without them.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // The menu is open only on the page where it was opened, so navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const [everOpened, setEverOpened] = useState(false);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpenOn(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="lg:hidden">
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setEverOpened(true);
          setOpenOn(open ? null : pathname);
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        <span className="sr-only">{open ? 'Close course menu' : 'Open course menu'}</span>
      </button>
      <div id={panelId} hidden={!open} className="mobile-menu-panel">
        {everOpened && children}
      </div>
    </div>
  );
}
