import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '@/lib/content/mdx-names';
import { mdxComponents } from './registry';

describe('the MDX registry', () => {
  it('provides every component the content build allows', () => {
    for (const name of MDX_COMPONENT_NAMES) expect(typeof mdxComponents[name]).toBe('function');
  });
});
