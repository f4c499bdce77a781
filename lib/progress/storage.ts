/** The part of the Web Storage API the stores use; localStorage satisfies it, and so does memoryStorage(). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that lives as long as the page: the fallback when the browser refuses localStorage. */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** A storage to use, and whether it outlives the page. */
export interface OpenedStorage {
  storage: KeyValueStorage;
  persistent: boolean;
}

const PROBE_KEY = 'dfg-probe';

/**
 * localStorage when it works, otherwise memory. Reading the property can throw (storage disabled,
 * sandboxed frames) and writing can throw (private mode in older Safari, quota), so both are tried.
 */
export function openBrowserStorage(): OpenedStorage {
  try {
    const storage = globalThis.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return { storage, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}
