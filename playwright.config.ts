import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './lib/content/find-chromium';

// End-to-end tests run against the built static export (npm test builds it first), served the way
// any static host would serve it.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Most of a test's time is the browser waiting (loads, hydration, axe), so on CI's 2 cores a third worker
  // keeps both cores busy.
  workers: process.env.CI ? 3 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  timeout: 60_000,
  // A 2-core machine that is also building can take more than the default 5 s to hydrate a page.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    // The offline service worker would answer requests tests intercept; the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: requireChromium('The end-to-end tests'), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve-static.mjs --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
