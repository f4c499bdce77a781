import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { CompiledCourse } from '../lib/content/course-types';
import { lessonHref } from '../lib/content/routes';

/** The compiled manifest the site was built from (npm test builds before it runs these tests). */
export const course = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'course.json'), 'utf8')) as CompiledCourse;

/** Every lesson in reading order. */
export const lessons = course.modules.flatMap((m) => m.lessons);

/** Every page a reader can reach from the navigation: the home page and each lesson. */
export const sitePages = ['/', ...lessons.map((lesson) => lessonHref(lesson.slug))];

/** The number of sheets in a PDF that page.pdf() produced. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * Records the scripts a page downloads, with their bodies. Bodies are read as responses arrive and kept as
 * promises, so a check that runs early misses none; `loaded()` waits for them, `reset()` starts a new list.
 */
export function recordScripts(page: Page) {
  const pending: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.text().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: '' })));
  });
  return { loaded: () => Promise.all(pending), reset: () => void pending.splice(0) };
}

/** Starts recording console errors and uncaught exceptions on a page; read the array after the checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/**
 * Axe's serious and critical violations on the page as it stands, one line each (empty when there are none).
 * `within` limits the check to one part of the page (a widget after the reader used it): axe takes seconds on a
 * long lesson, and the crawl in site.spec already checks every whole page in both themes; `except` leaves a part
 * out. `rules` runs only those rules (the crawl's second theme needs colour contrast alone); `moderateToo` counts
 * moderate violations as well (the crawl does).
 *
 * Axe runs in the page itself (legacy mode: the pages have no frames, and the default mode finishes each run in
 * a second, blank page) and reports violations only; together that makes a run two to three times faster.
 */
export async function seriousViolations(
  page: Page,
  { within, except, rules, moderateToo = false }: { within?: string; except?: string; rules?: string[]; moderateToo?: boolean } = {},
): Promise<string[]> {
  let axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (within) axe = axe.include(within);
  if (except) axe = axe.exclude(except);
  if (rules) axe = axe.withRules(rules);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || (moderateToo && v.impact === 'moderate'))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Axe in the light theme, then the system switches to dark (the page follows it live, as it does for a reader)
 * and colour contrast is checked again, the one thing the theme changes; the page is left light. Violations
 * come back labelled with their theme.
 */
export async function seriousViolationsInBothThemes(page: Page, options: { within?: string; except?: string; moderateToo?: boolean } = {}): Promise<string[]> {
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  const light = await seriousViolations(page, options);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  const dark = await seriousViolations(page, { ...options, rules: ['color-contrast'] });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  return [...light.map((line) => `light: ${line}`), ...dark.map((line) => `dark: ${line}`)];
}
