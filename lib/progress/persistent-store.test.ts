import { describe, expect, it, vi } from 'vitest';
import { createLazyStore, createPersistentStore, sharedLazyStore, sharedPersistentStore, type StoreOptions } from './persistent-store';
import { memoryStorage, type KeyValueStorage, type OpenedStorage } from './storage';

type Data = { visits: number };
const options: StoreOptions<Data> = {
  key: 'test-key',
  version: 2,
  parse: (data) => (typeof (data as Data | null)?.visits === 'number' ? { visits: (data as Data).visits } : null),
  empty: () => ({ visits: 0 }),
  migrations: { 1: (data) => ({ visits: (data as { count: number }).count }) },
};

/** Opens a given storage as if it were localStorage. */
const opened = (storage: KeyValueStorage, persistent = true) => (): OpenedStorage => ({ storage, persistent });
const seeded = (value: string) => {
  const storage = memoryStorage();
  storage.setItem('test-key', value);
  return storage;
};
const increment = (data: Data) => ({ visits: data.visits + 1 });

describe('createPersistentStore', () => {
  it('does not touch storage until first read, and the server snapshot is always "unknown"', () => {
    const open = vi.fn(opened(memoryStorage()));
    const store = createPersistentStore(options, open);
    expect(store.getServerSnapshot()).toBeNull();
    expect(open).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toEqual({ data: { visits: 0 }, notice: null, persistent: true });
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('saves updates under its key with the version, and notifies subscribers', () => {
    const storage = memoryStorage();
    const store = createPersistentStore(options, opened(storage));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update(increment);
    store.update(increment);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(JSON.parse(storage.getItem('test-key') ?? '')).toEqual({ version: 2, data: { visits: 2 } });
    unsubscribe();
    store.update(increment);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('ignores a change that returns the same data (no write, no re-render)', () => {
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const store = createPersistentStore(options, opened(storage));
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((data) => data);
    expect(setItem).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps data across a "reload" (a new store over the same storage)', () => {
    const storage = memoryStorage();
    createPersistentStore(options, opened(storage)).update(increment);
    expect(createPersistentStore(options, opened(storage)).getSnapshot().data).toEqual({ visits: 1 });
  });

  it('migrates an older record and writes it back in the current version, without a notice', () => {
    const storage = seeded(JSON.stringify({ version: 1, data: { count: 5 } }));
    const store = createPersistentStore(options, opened(storage));
    expect(store.getSnapshot()).toEqual({ data: { visits: 5 }, notice: null, persistent: true });
    expect(JSON.parse(storage.getItem('test-key') ?? '')).toEqual({ version: 2, data: { visits: 5 } });
  });

  it.each([
    ['garbage', 'not json at all', 'reset-corrupt'],
    ['another app’s JSON', JSON.stringify({ theme: 'dark' }), 'reset-corrupt'],
    ['invalid data', JSON.stringify({ version: 2, data: { visits: 'lots' } }), 'reset-corrupt'],
    ['a version with no migration', JSON.stringify({ version: 1, data: { nope: true } }), 'reset-old'],
  ] as const)('resets %s once, with a notice, and stores a clean record', (_name, raw, notice) => {
    const storage = seeded(raw);
    const store = createPersistentStore(options, opened(storage));
    expect(store.getSnapshot()).toEqual({ data: { visits: 0 }, notice, persistent: true });
    expect(JSON.parse(storage.getItem('test-key') ?? '')).toEqual({ version: 2, data: { visits: 0 } });
    // The next page load finds clean data and has nothing to say.
    expect(createPersistentStore(options, opened(storage)).getSnapshot().notice).toBeNull();
  });

  it('dismisses a notice', () => {
    const store = createPersistentStore(options, opened(seeded('{')));
    expect(store.getSnapshot().notice).toBe('reset-corrupt');
    store.dismissNotice();
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('works in memory with a notice when storage is unavailable (private mode)', () => {
    const store = createPersistentStore(options, opened(memoryStorage(), false));
    expect(store.getSnapshot()).toEqual({ data: { visits: 0 }, notice: 'unavailable', persistent: false });
    store.update(increment);
    expect(store.getSnapshot().data).toEqual({ visits: 1 });
  });

  it('falls back to memory when reading throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    const store = createPersistentStore(options, opened(broken));
    expect(store.getSnapshot()).toEqual({ data: { visits: 0 }, notice: 'unavailable', persistent: false });
    store.update(increment);
    expect(store.getSnapshot().data).toEqual({ visits: 1 });
  });

  it('keeps working in memory when a write fails (quota), and says so once', () => {
    const storage = memoryStorage();
    const store = createPersistentStore(options, opened(storage));
    store.update(increment);
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.update(increment);
    expect(store.getSnapshot()).toEqual({ data: { visits: 2 }, notice: 'unavailable', persistent: false });
    store.dismissNotice();
    store.update(increment);
    expect(store.getSnapshot()).toEqual({ data: { visits: 3 }, notice: null, persistent: false });
  });

  it('resets to an empty record', () => {
    const storage = memoryStorage();
    const store = createPersistentStore(options, opened(storage));
    store.update(increment);
    store.reset();
    expect(store.getSnapshot().data).toEqual({ visits: 0 });
    expect(JSON.parse(storage.getItem('test-key') ?? '')).toEqual({ version: 2, data: { visits: 0 } });
  });
});

describe('sharedPersistentStore', () => {
  it('hands every caller (every copy of the module) the same store for a key', () => {
    const storage = memoryStorage();
    const a = sharedPersistentStore({ ...options, key: 'shared-test' }, opened(storage));
    const b = sharedPersistentStore({ ...options, key: 'shared-test' }, opened(memoryStorage()));
    expect(b).toBe(a);
    a.update(increment);
    expect(b.getSnapshot().data).toEqual({ visits: 1 });
    expect(sharedPersistentStore({ ...options, key: 'other-key' }, opened(storage))).not.toBe(a);
  });
});

describe('createLazyStore', () => {
  /** A loader that resolves when told to, like a chunk arriving over the network. */
  function deferredOptions() {
    let resolve: (value: StoreOptions<Data>) => void = () => {};
    const promise = new Promise<StoreOptions<Data>>((r) => (resolve = r));
    return { load: vi.fn(() => promise), arrive: () => resolve(options) };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('is unknown (null, as on the server) until its options arrive, then loads and notifies', async () => {
    const { load, arrive } = deferredOptions();
    const storage = seeded(JSON.stringify({ version: 2, data: { visits: 3 } }));
    const store = createLazyStore(load, opened(storage));
    expect(store.getSnapshot()).toBeNull();
    expect(load).not.toHaveBeenCalled();
    const listener = vi.fn();
    store.subscribe(listener);
    store.subscribe(() => {});
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toBeNull();
    arrive();
    await settle();
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot()).toEqual({ data: { visits: 3 }, notice: null, persistent: true });
  });

  it('applies changes made before it was ready, once it is', async () => {
    const { load, arrive } = deferredOptions();
    const storage = memoryStorage();
    const store = createLazyStore(load, opened(storage));
    store.update(increment);
    arrive();
    await settle();
    expect(store.getSnapshot()?.data).toEqual({ visits: 1 });
    expect(JSON.parse(storage.getItem('test-key') ?? '')).toEqual({ version: 2, data: { visits: 1 } });
  });

  it('stays unknown when loading fails, and tries again on the next subscription', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(options);
    const store = createLazyStore(load, opened(memoryStorage()));
    store.subscribe(() => {});
    await settle();
    expect(store.getSnapshot()).toBeNull();
    store.subscribe(() => {});
    await settle();
    expect(store.getSnapshot()?.data).toEqual({ visits: 0 });
  });

  it('is shared per key like the eager store', () => {
    const load = async () => options;
    expect(sharedLazyStore('lazy-test', load)).toBe(sharedLazyStore('lazy-test', load));
  });
});
