import { expect, test, type Page } from '@playwright/test';
import { collectErrors, lessons, seriousViolationsInBothThemes } from './helpers';

const migrations = lessons.find((lesson) => lesson.slug === 'migrations')!;

/** Opens a page and waits until the header search runs in the browser (hydrated), so keys reach it. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.site-search[data-search-ready]')).toHaveCount(1);
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the course' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });


test('a distinctive query finds the lesson, shows the matching passage, and Enter opens it', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, '/');
  const box = searchBox(page);
  await box.fill('Debezium');
  const first = results(page).getByRole('option').first();
  await expect(first).toContainText(migrations.title);
  // The passage around the match, with the match itself marked.
  await expect(first.locator('mark').first()).toHaveText(/debezium/i);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/lessons/${migrations.slug}/(#[a-z0-9-]+)?$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(migrations.title);
  await expect(page.getByText('Debezium ships an outbox event router')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const [query, title, slug] of [
  ['storage calculator', 'Storage calculator', 'storage'],
  ['advisor', 'Database advisor', 'advisor'],
  ['isolation lab', 'Isolation lab', 'isolation-lab'],
  ['query plan', 'Query plan playground', 'query-plans'],
] as const) {
  test(`the tools are searchable: "${query}" finds ${title}`, async ({ page }) => {
    await open(page, '/');
    await searchBox(page).fill(query);
    const hit = results(page).getByRole('option').filter({ hasText: title }).first();
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(new RegExp(`/tools/${slug}/(#[a-z0-9-]+)?$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

test('the glossary is searchable too, down to the term', async ({ page }) => {
  await open(page, '/');
  await searchBox(page).fill('PACELC');
  const glossaryHit = results(page).getByRole('option').filter({ hasText: 'Glossary' });
  await expect(glossaryHit).toContainText('PACELC');
  await glossaryHit.click();
  await expect(page).toHaveURL(/\/glossary\/#term-pacelc$/);
  await expect(page.getByRole('heading', { name: 'PACELC', exact: true })).toBeInViewport();
});

test('"/" and Ctrl-K focus the search box, but not while typing in another field', async ({ page }) => {
  await open(page, '/tools/storage/');
  const box = searchBox(page);
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await box.blur();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.blur();
  await page.keyboard.press('Meta+k');
  await expect(box).toBeFocused();

  const field = page.getByRole('main').getByRole('textbox').first();
  await field.focus();
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await expect(box).not.toBeFocused();
});

test('arrow keys move through the results, Escape closes them and Enter opens the chosen one', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, '/');
  const box = searchBox(page);
  await box.fill('replica lag');
  const options = results(page).getByRole('option');
  await expect.poll(() => options.count()).toBeGreaterThan(2);
  await expect(box).not.toHaveAttribute('aria-activedescendant');

  await box.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await box.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toBeFocused();

  await box.press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('replica lag');

  // ArrowDown reopens the list on its first hit; the next one moves to the second.
  await box.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  const chosen = options.nth(1);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  const title = (await chosen.locator('.search-hit-title').textContent())!.split(' › ')[0]!;
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(errors).toEqual([]);
});

test('a query with no match says so', async ({ page }) => {
  await open(page, '/');
  await searchBox(page).fill('zzqxjv');
  await expect(page.locator('.site-search-status')).toHaveText('No results for “zzqxjv”.');
  await expect(results(page).getByRole('option')).toHaveCount(0);
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  test('the search with its results open has no serious accessibility violations', async ({ page }) => {
    await open(page, `/lessons/${lessons[0]!.slug}/`);
    await searchBox(page).fill('write amplification');
    await expect(results(page).getByRole('option').first()).toBeVisible();
    await searchBox(page).press('ArrowDown');
    // The header with the open results; the crawl (site.spec) checks the whole lesson in both themes.
    expect(await seriousViolationsInBothThemes(page, { within: '.site-header' })).toEqual([]);
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a button opens a full-width search that fits the screen and finds a lesson', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, '/');
    await expect(searchBox(page)).toBeHidden();
    const toggle = page.getByRole('button', { name: 'Search the course' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await box.fill('Debezium');
    const first = results(page).getByRole('option').first();
    await expect(first).toContainText(migrations.title);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const element of [box, first]) {
      const box_ = (await element.boundingBox())!;
      expect(box_.x).toBeGreaterThanOrEqual(0);
      expect(box_.x + box_.width).toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await first.tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(migrations.title);
    await expect(box).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('"/" opens the search panel, and Escape closes it back to the button', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('/');
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search the course' })).toBeFocused();
  });
});
