'use client';

import { useSyncExternalStore } from 'react';
import type { Loaded } from '@/lib/progress/persistent-store';
import type { ProgressData } from '@/lib/progress/schema';
import { progressStore } from '@/lib/progress/store';

/**
 * The reader's progress, or null while it is unknown: on the server and during hydration. Render
 * nothing that depends on it until it is known (reserve the space instead), so nothing flashes.
 */
export function useProgress(): Loaded<ProgressData> | null {
  return useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot, progressStore.getServerSnapshot);
}
