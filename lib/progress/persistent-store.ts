import { openBrowserStorage, memoryStorage, type KeyValueStorage, type OpenedStorage } from './storage';
import { readVersioned, writeVersioned, type VersionedSpec } from './versioned';

/** Something the reader should be told about their saved data. */
export type StoreNotice = 'reset-corrupt' | 'reset-old' | 'unavailable';

/** The store's state once read: valid data, an optional notice, and whether it is saved beyond this page. */
export interface Loaded<T> {
  data: T;
  notice: StoreNotice | null;
  persistent: boolean;
}

/** A versioned record kept in storage, shaped for React's useSyncExternalStore. */
export interface PersistentStore<T> {
  subscribe(listener: () => void): () => void;
  /** Reads storage on first call (client only); the same object until something changes. */
  getSnapshot(): Loaded<T>;
  /** Always null: the server cannot know what this reader stored, so it renders "unknown". */
  getServerSnapshot(): null;
  /** Applies a change and saves it; a change that returns the same object does nothing. */
  update(change: (data: T) => T): void;
  /** Replaces the record with an empty one. */
  reset(): void;
  dismissNotice(): void;
}

export interface StoreOptions<T> extends VersionedSpec<T> {
  /** The storage key; keep it stable across versions (the version lives inside the record). */
  key: string;
}

/**
 * Creates a store for one record. Nothing touches storage until the first getSnapshot, so importing
 * it on the server is harmless. Unreadable data is replaced at once (so the notice shows once), and
 * storage that refuses reads or writes is swapped for memory with an 'unavailable' notice.
 */
export function createPersistentStore<T>(options: StoreOptions<T>, open: () => OpenedStorage = openBrowserStorage): PersistentStore<T> {
  const listeners = new Set<() => void>();
  let storage: KeyValueStorage | null = null;
  let state: Loaded<T> | null = null;

  const emit = () => listeners.forEach((listener) => listener());

  /** Saves data; on failure moves to memory for the rest of the page's life. Returns whether it still persists. */
  function save(data: T, persistent: boolean): boolean {
    try {
      (storage as KeyValueStorage).setItem(options.key, writeVersioned(data, options.version));
      return persistent;
    } catch {
      storage = memoryStorage();
      storage.setItem(options.key, writeVersioned(data, options.version));
      return false;
    }
  }

  function load(): Loaded<T> {
    const opened = open();
    storage = opened.storage;
    let raw: string | null;
    try {
      raw = storage.getItem(options.key);
    } catch {
      storage = memoryStorage();
      return { data: options.empty(), notice: 'unavailable', persistent: false };
    }
    const result = readVersioned(raw, options);
    const persistent = result.rewrite ? save(result.data, opened.persistent) : opened.persistent;
    const notice = !persistent ? 'unavailable' : result.problem === 'corrupt' ? 'reset-corrupt' : result.problem === 'old' ? 'reset-old' : null;
    return { data: result.data, notice, persistent };
  }

  function current(): Loaded<T> {
    state ??= load();
    return state;
  }

  // Another tab saved: take its data if it is valid (never reset from here; that tab owns its write).
  function onStorageEvent(event: StorageEvent) {
    if (event.key !== options.key && event.key !== null) return;
    if (!state?.persistent) return;
    const result = readVersioned(event.newValue, options);
    if (result.problem) return;
    state = { ...state, data: result.data };
    emit();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorageEvent);
      };
    },
    getSnapshot: current,
    getServerSnapshot: () => null,
    update(change) {
      const before = current();
      const data = change(before.data);
      if (data === before.data) return;
      const persistent = save(data, before.persistent);
      state = { data, persistent, notice: noticeAfterSave(before, persistent) };
      emit();
    },
    reset() {
      const before = current();
      const data = options.empty();
      const persistent = save(data, before.persistent);
      // A reset clears an old reset notice too; losing storage on this very write still gets said.
      state = { data, persistent, notice: persistent ? null : noticeAfterSave(before, persistent) };
      emit();
    },
    dismissNotice() {
      const before = current();
      if (!before.notice) return;
      state = { ...before, notice: null };
      emit();
    },
  };
}

/** The notice after a save: 'unavailable' when this save lost storage, otherwise whatever was showing. */
function noticeAfterSave(before: Loaded<unknown>, persistent: boolean): StoreNotice | null {
  return before.persistent && !persistent ? 'unavailable' : before.notice;
}

const REGISTRY = Symbol.for('dfg.persistent-stores');
type Registry = Map<string, unknown>;

/**
 * The one store for a key in this page. Next can evaluate a module once per client entry (the root
 * layout's components and a page's are separate entries), which would give two stores, each with its
 * own state: one would reset bad data and keep the notice, the other would find clean data and show
 * nothing, and a quiz result saved through one would not reach badges reading the other. So stores
 * live in a registry on globalThis, shared by every copy of this module.
 */
function shared<S>(key: string, create: () => S): S {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  const registry = (holder[REGISTRY] ??= new Map());
  if (!registry.has(key)) registry.set(key, create());
  return registry.get(key) as S;
}

/** The page's one store for `options.key` (see `shared`). */
export function sharedPersistentStore<T>(options: StoreOptions<T>, open?: () => OpenedStorage): PersistentStore<T> {
  return shared(options.key, () => createPersistentStore(options, open));
}

/** The page's one lazily loaded store for `key` (see `shared` and `createLazyStore`). */
export function sharedLazyStore<T>(key: string, load: () => Promise<StoreOptions<T>>, open?: () => OpenedStorage): LazyStore<T> {
  return shared(`lazy:${key}`, () => createLazyStore(load, open));
}

/** A store that may not be ready yet: its snapshot is null (unknown) until its options have loaded. */
export interface LazyStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Loaded<T> | null;
  getServerSnapshot(): null;
  update(change: (data: T) => T): void;
  reset(): void;
  dismissNotice(): void;
}

/**
 * A store whose options (the validator above all) load on first subscription. Until then its
 * snapshot is null, exactly what the server rendered, so the validator's code stays off the critical
 * path of every page. Changes made before it is ready wait for it.
 */
export function createLazyStore<T>(load: () => Promise<StoreOptions<T>>, open?: () => OpenedStorage): LazyStore<T> {
  const listeners = new Set<() => void>();
  let inner: PersistentStore<T> | null = null;
  let loading: Promise<PersistentStore<T>> | null = null;
  const emit = () => listeners.forEach((listener) => listener());

  function ready(): Promise<PersistentStore<T>> {
    loading ??= load().then(
      (options) => {
        inner = createPersistentStore(options, open);
        inner.subscribe(emit);
        emit();
        return inner;
      },
      (error: unknown) => {
        // Offline or a failed chunk: stay unknown (nothing shows), and try again on the next subscription.
        loading = null;
        throw error;
      },
    );
    return loading;
  }
  const whenReady = (act: (store: PersistentStore<T>) => void) => {
    if (inner) act(inner);
    else ready().then(act, () => {});
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      ready().catch(() => {});
      return () => listeners.delete(listener);
    },
    getSnapshot: () => inner?.getSnapshot() ?? null,
    getServerSnapshot: () => null,
    update: (change) => whenReady((store) => store.update(change)),
    reset: () => whenReady((store) => store.reset()),
    dismissNotice: () => whenReady((store) => store.dismissNotice()),
  };
}
