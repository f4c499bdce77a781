import type { ComponentType } from 'react';
import type { IslandName } from '@/lib/content/mdx-names';

/**
 * Interactive widgets lessons can embed, by MDX name. Each is a client component; the lesson page
 * mounts it where the build left its island. Keep in step with ISLAND_COMPONENTS.
 */
export const islandComponents: Record<IslandName, ComponentType<Record<string, unknown>>> = {};
