import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The modules under test are pure and every file cleans up after itself (servers it starts, timers it fakes),
    // so files share their workers' module graph instead of each starting afresh: half the run time on 2 cores.
    isolate: false,
    // A few files compile MDX or start a server; on a busy 2-core machine the first compile can pass 5 s.
    testTimeout: 30_000,
  },
});
