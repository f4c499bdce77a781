import type { PagefindResultData } from '@/lib/search/hits';

/** The part of Pagefind's browser API (out/pagefind/pagefind.js) the header search uses. */
export interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void> | void;
  /** Resolves to null when a newer call replaced this one before the debounce ran out. */
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

/** Where the index is served: scripts/build-search-index.mjs writes it to out/pagefind/ after the export. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<PagefindApi> | null = null;

/**
 * Loads Pagefind the first time the reader reaches for the search box, never before: a runtime
 * import of a file the bundler must not touch (it only exists in the built site). A failed load
 * can be retried.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)
    .then(async (module: PagefindApi) => {
      await module.options({ excerptLength: 22 });
      await module.init();
      return module;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
