import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/** False during the server render and hydration, true once the widget runs in the browser (tests wait for it). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
