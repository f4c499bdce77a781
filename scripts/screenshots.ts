/**
 * Screenshots pages of the built site in light and dark, desktop and phone width, for a human to
 * look at. Usage: npm run build, then tsx scripts/screenshots.ts [/path …] (output in screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../lib/content/find-chromium';
import { startStaticServer } from './static-server';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const server = await startStaticServer();
const browser = await chromium.launch({ executablePath: requireChromium('Taking screenshots'), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
try {
  for (const pagePath of paths) {
    for (const [width, label] of [
      [1280, 'desktop'],
      [390, 'phone'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: label === 'phone' ? 844 : 900 }, colorScheme: scheme });
        await page.goto(`${server.url}${pagePath}`);
        const name = `${pagePath.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
