import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags that let Chromium start headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium's new headless mode is the whole browser: every new window (each test's page) preloads the
  // address bar's WebUI popups in renderers of their own, a third of a second of CPU per page on a 2-core
  // machine. Switching those off (the first three) makes the browser tests about a quarter faster. Chromium
  // reads only the last --disable-features switch, so the rest repeat what Playwright itself switches off.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI,AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
];

/** What a reader is told when no browser can be found. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH to a Chromium/Chrome binary.';

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, then the system's /usr/bin/chromium, then the browser
 * Playwright downloaded. Returns null when there is none.
 */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core missing or has no browser registry: fall through to "none".
  }
  return null;
}

/** Like findChromium, but throws an error that says how to get a browser. */
export function requireChromium(purpose: string): string {
  const found = findChromium();
  if (!found) throw new Error(`${purpose} needs a browser. ${NO_CHROMIUM_MESSAGE}`);
  return found;
}
