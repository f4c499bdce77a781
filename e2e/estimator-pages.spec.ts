import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { INSTRUMENTS, instrumentHref } from '../lib/instruments/registry';
import { collectErrors, lessons, recordScripts, seriousViolationsInBothThemes } from './helpers';

const toolPages = INSTRUMENTS.filter((tool) => tool.family === 'calculator').map((tool) => instrumentHref(tool.slug));

/** A drawn chart: recharts' main surface (its legend icons are small surfaces of their own). */
const CHART = '.recharts-wrapper > svg.recharts-surface';

/** Opens a calculator page and waits until every chart has drawn (so the page is hydrated and complete). */
async function openTool(page: Page, path: string) {
  await page.goto(path);
  const figures = page.locator('figure');
  await expect(figures.first()).toBeVisible();
  const count = await figures.count();
  // Charts draw as they near the viewport, as a reader scrolls to them.
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i).locator(CHART)).toBeVisible();
  }
}

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  for (const path of ['/tools/', ...toolPages]) {
    test(`${path} has no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      if (path === '/tools/') await page.goto(path);
      else await openTool(page, path);
      await expect(page.locator('h1')).toHaveCount(1);
      // Open the disclosures too, so their tables are checked.
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      expect(await seriousViolationsInBothThemes(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const path of ['/tools/', ...toolPages]) {
    test(`${path} never scrolls sideways at 390 px`, async ({ page }) => {
      if (path === '/tools/') await page.goto(path);
      else await openTool(page, path);
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.mouse.wheel(400, 0);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
    });
  }
});

test('the header links to the tools page, which links to every instrument', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Tools' }).click();
  await expect(page).toHaveURL(/\/tools\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tools');
  await expect(page.getByRole('heading', { level: 2, name: 'Calculators' })).toBeVisible();
  for (const tool of INSTRUMENTS) await expect(page.getByRole('link', { name: new RegExp(`^${tool.title}`) })).toBeVisible();
  await page.getByRole('link', { name: /^Storage calculator/ }).click();
  await expect(page).toHaveURL(/\/tools\/storage\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Storage calculator');
});

/** The interactive widgets (islands) a compiled lesson embeds, by name. */
function islandsOf(slug: string): string[] {
  const lesson = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'lessons', `${slug}.json`), 'utf8')) as {
    segments: { kind: string; name?: string }[];
  };
  return lesson.segments.flatMap((segment) => (segment.kind === 'island' && segment.name ? [segment.name] : []));
}

test('recharts is downloaded where a calculator is, once its chart nears the viewport, and never on lessons without widgets', async ({ page }) => {
  const { loaded, reset } = recordScripts(page);
  // Recharts' own class names are string literals in its code.
  const hasRecharts = (body: string) => body.includes('recharts-surface');
  const plain = lessons.filter((lesson) => islandsOf(lesson.slug).length === 0);
  const withCalculator = lessons.find((lesson) => islandsOf(lesson.slug).some((name) => name.endsWith('Calculator')));
  expect(plain.length).toBeGreaterThan(0);
  for (const lesson of plain) await page.goto(`/lessons/${lesson.slug}/`, { waitUntil: 'networkidle' });
  const plainScripts = await loaded();
  expect(plainScripts.length).toBeGreaterThan(0);
  expect(plainScripts.filter((s) => hasRecharts(s.body)).map((s) => s.url)).toEqual([]);

  for (const url of ['/tools/storage/', ...(withCalculator ? [`/lessons/${withCalculator.slug}/`] : [])]) {
    reset();
    await page.goto(url);
    await page.locator('figure.widget-figure').first().scrollIntoViewIfNeeded();
    await expect(page.locator(CHART).first()).toBeAttached();
    const scripts = await loaded();
    expect(scripts.some((s) => hasRecharts(s.body)), url).toBe(true);
  }
});
