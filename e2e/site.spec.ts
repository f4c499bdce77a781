import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pagePath } from '../lib/export/pages';
import { collectErrors, lessons, seriousViolationsInBothThemes } from './helpers';

// The site as a whole: every page crawled, links and anchors, metadata, the security policy, reading
// without JavaScript, and offline reading. Runs against the built export in out/.

const OUT = path.join(process.cwd(), 'out');
const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);

/** Every exported HTML file, relative to out/. */
function htmlFiles(dir = OUT, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.html') && !relative.startsWith('lesson-html/') ? [relative] : [];
  });
}

test('the sitemap lists every lesson, tool and reference page, and robots.txt points to it', async ({ request }) => {
  expect(pages).toContain('/');
  for (const lesson of lessons) expect(pages).toContain(`/lessons/${lesson.slug}/`);
  for (const page of ['/tools/', '/tools/hash-ring/', '/tools/replication/', '/tools/query-plans/', '/glossary/', '/cheat-sheet/', '/exam/', '/flashcards/']) {
    expect(pages).toContain(page);
  }
  expect(pages.some((p) => p.startsWith('/bench/') || p.includes('404'))).toBe(false);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
});

test('every internal link and heading anchor in the export resolves', () => {
  const files = htmlFiles();
  const ids = new Map<string, Set<string>>();
  const known = new Set<string>();
  for (const file of files) {
    const url = pagePath(file);
    known.add(url);
    const html = readFileSync(path.join(OUT, file), 'utf8');
    ids.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  const broken: string[] = [];
  for (const file of files) {
    const from = pagePath(file);
    const html = readFileSync(path.join(OUT, file), 'utf8');
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      if (!href || /^(https?:|mailto:)/.test(href)) continue;
      const [rawPath, hash] = href.replace(/&amp;/g, '&').split('#') as [string, string | undefined];
      const target = rawPath === '' ? from : rawPath.split('?')[0]!;
      if (!known.has(target)) {
        broken.push(`${from} → ${href} (no page)`);
        continue;
      }
      if (hash && !ids.get(target)?.has(decodeURIComponent(hash))) broken.push(`${from} → ${href} (no anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page carries its title, description, social tags and a script policy', () => {
  for (const file of htmlFiles()) {
    const html = readFileSync(path.join(OUT, file), 'utf8');
    expect(html, file).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(html, file).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
    if (file.startsWith('bench/') || file.includes('404') || file.startsWith('_not-found')) continue;
    expect(html, file).toMatch(/<meta name="description" content="[^"]{20,}"/);
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:image']) expect(html, `${file} ${tag}`).toContain(`property="${tag}"`);
  }
});

test.describe('a crawl of every page', () => {
  for (const pageUrl of pages) {
    test(`${pageUrl}: no console errors or policy violations, working links, no serious or moderate accessibility violations in either theme`, async ({ page, request }) => {
      const errors = collectErrors(page);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(pageUrl, { waitUntil: 'networkidle' });
      await expect(page.locator('h1')).toHaveCount(1);
      // Links the page shows once it runs (including ones its widgets render) lead somewhere.
      const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))]);
      for (const href of hrefs) expect((await request.get(href)).status(), `${pageUrl} links to ${href}`).toBe(200);
      // The print view repeats every lesson's text, which each lesson's own page has had checked.
      const except = pageUrl === '/print/' ? '.print-course' : undefined;
      // Moderate findings count too (duplicate landmark names, for one): every page is clean of them.
      expect(await seriousViolationsInBothThemes(page, { except, moderateToo: true })).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Chromium with scripts disabled by the test runner still parses <noscript> as if scripts ran, so it
  // would hide what a reader without JavaScript sees. Serve pages the way such a browser reads them:
  // <noscript> content shown.
  test.beforeEach(async ({ page }) => {
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace(/<\/?noscript>/g, '');
      await route.fulfill({ response, body });
    });
  });

  test('a lesson reads fine: text, tables and diagrams, and each instrument says it needs JavaScript', async ({ page }) => {
    await page.goto('/lessons/capacity-estimation/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.lesson-body p').first()).toBeVisible();
    await expect(page.locator('.lesson-body table').first()).toBeVisible();
    await expect(page.locator('figure.diagram svg').first()).toBeVisible();
    const islands = page.locator('.lesson-island');
    expect(await islands.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await islands.count()); i++) await expect(islands.nth(i)).toContainText('needs JavaScript');
  });

  for (const slug of ['migrations', 'indexing', 'replication-partitioning-cap', 'transactions-and-acid']) {
    test(`${slug}: every instrument says it needs JavaScript, and nothing claims to be loading`, async ({ page }) => {
      await page.goto(`/lessons/${slug}/`);
      const islands = page.locator('.lesson-island');
      for (let i = 0; i < (await islands.count()); i++) await expect(islands.nth(i)).toContainText(/needs JavaScript/);
      await expect(page.getByText(/^Loading the/).filter({ visible: true })).toHaveCount(0);
    });
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit, a lesson never opened reads offline, and an unknown page gets the offline 404', async ({ page, context }) => {
    await page.goto('/');
    // The worker stores every page on install; wait until it controls the page.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      return registration.active?.state;
    });
    await context.setOffline(true);
    const last = lessons.at(-1)!;
    await page.goto(`/lessons/${last.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: last.title })).toBeVisible();
    await expect(page.locator('figure.diagram svg').first()).toBeVisible();
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
  });

  test('the worker is not installed while the reader keeps typing, and is once they pause', async ({ page }) => {
    await page.clock.install();
    await page.goto('/tools/advisor/');
    await page.locator('[data-widget-ready="true"]').waitFor({ state: 'attached' });
    const registered = () => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()));
    await page.getByRole('textbox', { name: 'Peak reads today (reads/s)', exact: true }).click();
    // A key every 2 s for 10 s: the page is past its 4 s wait, but the reader never leaves the keys for 3 s.
    for (let second = 0; second < 10; second += 2) {
      await page.keyboard.press(second % 4 === 0 ? '1' : 'Backspace');
      await page.clock.runFor(2_000);
    }
    expect(await registered()).toBe(false);
    await page.clock.runFor(4_000);
    await expect.poll(registered).toBe(true);
  });
});
