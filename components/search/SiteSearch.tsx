'use client';

import { useRouter } from 'next/navigation';
import { useHydrated } from '@/components/instruments/kit/use-hydrated';
import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { toSearchHits, type SearchHit } from '@/lib/search/hits';
import { isSearchShortcut, moveActiveOption } from '@/lib/search/keyboard';
import { loadPagefind } from './load-pagefind';

const MAX_HITS = 8;
/** `next dev` serves no index: the index is built after the export (scripts/build-search-index.mjs). */
const INDEX_IS_BUILT = process.env.NODE_ENV !== 'development';

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; hits: SearchHit[] } | { kind: 'unavailable'; message: string };

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null);

/**
 * Search across every lesson, the glossary and the cheat sheet, in the header: an ARIA combobox whose
 * listbox shows each hit's lesson, section and matching passage. "/" or Ctrl-K (Cmd-K) focuses it;
 * ArrowUp/ArrowDown move through the hits, Enter opens one, Escape closes the list. On narrow screens
 * the box opens as a full-width panel from a button. Pagefind loads on first focus, not with the page.
 */
export function SiteSearch() {
  const router = useRouter();
  const hydrated = useHydrated();
  const ids = useId();
  const inputId = `${ids}-input`;
  const listId = `${ids}-list`;
  const panelId = `${ids}-panel`;
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const latestQuery = useRef('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [listOpen, setListOpen] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [focusRequest, setFocusRequest] = useState(0);

  const hits = status.kind === 'done' ? status.hits : [];
  const popupShown = listOpen && (query.trim() !== '' || status.kind === 'unavailable');

  // "/" and Ctrl-K / Cmd-K from anywhere but another field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event, isEditable(event.target))) return;
      event.preventDefault();
      setPanelOpen(true);
      setFocusRequest((n) => n + 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Keep the active option in view as the arrows move through a list taller than its box.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  // Focus after the panel is shown (a hidden input cannot take focus).
  useEffect(() => {
    if (focusRequest) inputRef.current?.focus();
  }, [focusRequest]);

  function prepare() {
    setListOpen(true);
    if (!INDEX_IS_BUILT) {
      setStatus({ kind: 'unavailable', message: 'Search works on the built site: run npm run build, then npm run serve.' });
      return;
    }
    loadPagefind().catch(() => setStatus({ kind: 'unavailable', message: 'Search could not be loaded. Check your connection and try again.' }));
  }

  async function runSearch(text: string) {
    latestQuery.current = text;
    setActive(-1);
    if (!INDEX_IS_BUILT) return;
    if (!text.trim()) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'searching' });
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(text, {}, 120);
      if (!search || latestQuery.current !== text) return;
      const data = await Promise.all(search.results.slice(0, MAX_HITS).map((result) => result.data()));
      if (latestQuery.current === text) setStatus({ kind: 'done', hits: toSearchHits(data) });
    } catch {
      if (latestQuery.current === text) setStatus({ kind: 'unavailable', message: 'Search could not be loaded. Check your connection and try again.' });
    }
  }

  function close({ panel }: { panel: boolean }) {
    setListOpen(false);
    setActive(-1);
    if (panel) setPanelOpen(false);
  }

  function open(hit: SearchHit) {
    close({ panel: true });
    inputRef.current?.blur();
    // A lesson's text arrives after a client-side navigation, too late for the browser to scroll to a
    // section, so a link into a section loads the page whole; whole pages navigate in the app.
    if (hit.url.includes('#')) window.location.assign(hit.url);
    else router.push(hit.url);
  }

  function onInputKeyDown(event: ReactKeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setListOpen(true);
      setActive((current) => moveActiveOption(current, event.key, hits.length));
    } else if ((event.key === 'Home' || event.key === 'End') && active >= 0) {
      event.preventDefault();
      setActive((current) => moveActiveOption(current, event.key, hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active >= 0 ? active : 0];
      if (hit && popupShown) open(hit);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (popupShown) close({ panel: false });
      else if (query) {
        setQuery('');
        void runSearch('');
      } else if (panelOpen) {
        close({ panel: true });
        toggleRef.current?.focus();
      }
    }
  }

  const statusText =
    status.kind === 'unavailable'
      ? status.message
      : status.kind === 'searching'
        ? 'Searching…'
        : status.kind === 'done'
          ? hits.length === 0
            ? `No results for “${query.trim()}”.`
            : `${hits.length === MAX_HITS ? `Top ${MAX_HITS}` : hits.length} result${hits.length === 1 ? '' : 's'}`
          : '';
  const announcement = status.kind === 'done' && hits.length > 0 ? `${statusText}. Use the up and down arrows to choose, Enter to open.` : statusText;

  return (
    <div
      ref={rootRef}
      className="site-search"
      data-search-ready={hydrated || undefined}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) close({ panel: true });
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="icon-button site-search-toggle"
        aria-expanded={panelOpen}
        aria-controls={panelId}
        onClick={() => {
          if (panelOpen) close({ panel: true });
          else {
            setPanelOpen(true);
            setFocusRequest((n) => n + 1);
          }
        }}
      >
        <SearchIcon />
        <span className="sr-only">{panelOpen ? 'Close search' : 'Search the course'}</span>
      </button>
      <div id={panelId} className="site-search-panel" data-open={panelOpen || undefined}>
        <form role="search" aria-label="Course" className="site-search-form" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={inputId} className="sr-only">
            Search the course
          </label>
          <SearchIcon className="site-search-icon" />
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            role="combobox"
            className="site-search-input"
            placeholder="Search"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-expanded={popupShown}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={popupShown && active >= 0 ? `${listId}-${active}` : undefined}
            aria-keyshortcuts="/ Control+K Meta+K"
            value={query}
            onFocus={prepare}
            onChange={(event) => {
              setQuery(event.target.value);
              setListOpen(true);
              void runSearch(event.target.value);
            }}
            onKeyDown={onInputKeyDown}
          />
          <kbd className="site-search-key" aria-hidden="true">
            /
          </kbd>
        </form>
        {/* In the tab order after the box, so a list taller than the screen can be scrolled from the keyboard too. */}
        <div
          className="site-search-popup"
          hidden={!popupShown}
          tabIndex={0}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            close({ panel: false });
            inputRef.current?.focus();
          }}
        >
          <p className="site-search-status">{statusText}</p>
          <ul id={listId} role="listbox" aria-label="Search results" className="site-search-results">
            {hits.map((hit, index) => (
              // Options are not focusable: focus stays in the box and aria-activedescendant names the option.
              <li
                key={hit.url}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="search-hit"
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => open(hit)}
              >
                <span className="search-hit-title">
                  {hit.title}
                  {hit.section && <span className="search-hit-section"> › {hit.section}</span>}
                </span>
                {hit.module && <span className="search-hit-module">{hit.module}</span>}
                <span className="search-hit-excerpt">
                  {hit.excerpt.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <p className="sr-only" aria-live="polite">
          {popupShown ? announcement : ''}
        </p>
      </div>
    </div>
  );
}

function SearchIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" className={className} viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="11" cy="11" r="7" />
      <path d="M20 20l-3.5-3.5" />
    </svg>
  );
}
