'use client';

import { useSyncExternalStore } from 'react';
import { switchTheme, type Theme, THEME_STORAGE_KEY } from './theme-script';

// The <html> class (set first by the head script) is the one source of truth for the theme.
function subscribeToThemeClass(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
const readThemeClass = (): Theme => (document.documentElement.classList.contains('dark') ? 'dark' : 'light');
const noThemeOnServer = (): Theme | null => null;

/**
 * Switches between light and dark and remembers the choice. Following the system until a choice is
 * made is the head script's job (theme-script.ts), so it works before hydration.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribeToThemeClass, readThemeClass, noThemeOnServer);

  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        switchTheme(next);
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Storage unavailable (private mode): the choice lasts for this page only.
        }
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {/* A sun offers light mode, a moon offers dark mode; before hydration, the moon. */}
        {theme === 'dark' ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        )}
      </svg>
    </button>
  );
}
