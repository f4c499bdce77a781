import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Glossary } from '../lib/flashcards/glossary-schema';
import { collectErrors, lessons, seriousViolationsInBothThemes } from './helpers';

const glossary = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'glossary.json'), 'utf8')) as Glossary;
const replication = lessons.find((lesson) => lesson.slug === 'replication-partitioning-cap')!;
const acidLesson = lessons.find((lesson) => lesson.slug === 'transactions-and-acid')!;
const wal = glossary.terms.find((term) => term.id === 'wal')!;


/** The WAL term in the replication lesson (its first mention there) and the tooltip it is described by. */
async function walTerm(page: Page): Promise<{ link: Locator; tooltip: Locator }> {
  await page.goto(`/lessons/${replication.slug}/`);
  const link = page.getByRole('main').getByRole('link', { name: 'write-ahead log (WAL)', exact: true });
  await expect(link).toHaveAttribute('href', '/glossary/#term-wal');
  const tooltipId = (await link.getAttribute('aria-describedby'))!;
  return { link, tooltip: page.locator(`[role="tooltip"][id="${tooltipId}"]`) };
}

async function expectInsideViewport(page: Page, element: Locator) {
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

test('the glossary lists every term alphabetically under a letter index, each with an anchor', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  const terms = page.getByRole('heading', { level: 3 });
  await expect(terms).toHaveCount(glossary.terms.length);
  for (const name of ['ACID', 'MVCC', 'WAL (write-ahead log)', 'LSM tree', 'SSTable', 'Write amplification', 'Partition key', 'Replica lag', 'CDC (change data capture)', 'RPO (recovery point objective)', 'RTO (recovery time objective)', 'PACELC']) {
    await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
  }
  const names = await terms.allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  await page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link', { name: 'P', exact: true }).click();
  await expect(page).toHaveURL(/#letter-p$/);
  await expect(page.getByRole('heading', { level: 2, name: 'P', exact: true })).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a term anchor lands on the term, whose lesson link opens the lesson', async ({ page }) => {
  await page.goto('/glossary/#term-wal');
  const heading = page.getByRole('heading', { level: 3, name: wal.term, exact: true });
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveAttribute('id', 'term-wal');
  const entry = heading.locator('..');
  await expect(entry).toContainText(wal.definition);
  await entry.getByRole('link', { name: acidLesson.title }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${acidLesson.slug}/$`));
});

test('the glossary is linked from the home page and the course sidebar', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'glossary', exact: true })).toHaveAttribute('href', '/glossary/');
  await page.getByRole('navigation', { name: 'Reference', exact: true }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
});

test('a term in a lesson shows its definition on hover, and links to the glossary', async ({ page }) => {
  const errors = collectErrors(page);
  const { link, tooltip } = await walTerm(page);
  await expect(tooltip).toBeHidden();
  await link.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(wal.definition);
  await expect(link).toHaveAccessibleDescription(`${wal.term} ${wal.definition}`);
  await expectInsideViewport(page, tooltip);
  // The pointer can move onto the tooltip without it closing.
  await tooltip.hover();
  await expect(tooltip).toBeVisible();
  await page.mouse.move(5, 400);
  await expect(tooltip).toBeHidden();
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#term-wal$/);
  await expect(page.getByRole('heading', { level: 3, name: wal.term, exact: true })).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a term shows its definition on keyboard focus, Escape hides it, Enter follows it', async ({ page }) => {
  const { link, tooltip } = await walTerm(page);
  // Tab to the term from the link just before it in the page's focus order.
  await link.evaluate((element) => {
    const links = [...document.querySelectorAll<HTMLElement>('main a[href]')];
    links[links.indexOf(element as HTMLElement) - 1]?.focus();
  });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(wal.definition);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#term-wal$/);
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  test('a shown term tooltip has no serious accessibility violations', async ({ page }) => {
    const { link, tooltip } = await walTerm(page);
    await link.focus();
    await expect(tooltip).toBeVisible();
    // The shown tooltip; the crawl (site.spec) checks the whole lesson in both themes.
    expect(await seriousViolationsInBothThemes(page, { within: '.term' })).toEqual([]);
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the glossary never scrolls sideways', async ({ page }) => {
    await page.goto('/glossary/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectInsideViewport(page, page.getByRole('navigation', { name: 'Glossary letters' }));
  });

  test('a focused term shows its definition inside the screen', async ({ page }) => {
    const { link, tooltip } = await walTerm(page);
    await link.focus();
    await expect(tooltip).toBeVisible();
    await expectInsideViewport(page, tooltip);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
