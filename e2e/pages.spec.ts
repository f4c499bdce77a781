import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectErrors, lessons, sitePages } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const pagePath of sitePages) {
      test(`${pagePath} renders with no console errors and no serious accessibility violations`, async ({ page }) => {
        const errors = collectErrors(page);
        await page.goto(pagePath);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}

for (const lesson of lessons) {
  test(`${lesson.slug}: every diagram is a visible inline SVG in its own theme`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}/`);
    const figures = page.locator('figure.diagram');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (const [theme, other] of [
      ['light', 'dark'],
      ['dark', 'light'],
    ] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((t) => document.documentElement.classList.toggle('dark', t === 'dark'), theme);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        await figure.scrollIntoViewIfNeeded();
        const svg = figure.locator(`.diagram-${theme} > svg`);
        await expect(svg).toBeVisible();
        const box = await svg.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        expect(box?.height ?? 0).toBeGreaterThan(50);
        await expect(figure.locator(`.diagram-${other} > svg`)).toBeHidden();
        await expect(figure.locator('[role="img"]')).toHaveAttribute('aria-label', /\w.{19,}/);
        await expect(figure.locator('figcaption')).not.toBeEmpty();
      }
    }
  });
}

test('no page loads mermaid JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  for (const lesson of lessons) {
    await page.goto(`/lessons/${lesson.slug}/`, { waitUntil: 'networkidle' });
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((body) => /mermaidAPI|flowchart-v2|sequenceDiagram/.test(body))).toEqual([]);
});

test('a lesson shows its summary, reading time, contents, sources and working heading anchors', async ({ page }) => {
  const lesson = lessons[0]!;
  await page.goto(`/lessons/${lesson.slug}/`);
  await expect(page.getByText(lesson.summary)).toBeVisible();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  const rail = page.getByRole('navigation', { name: 'On this page', exact: true });
  await expect(rail).toBeVisible();
  const firstEntry = rail.getByRole('link').first();
  const target = (await firstEntry.getAttribute('href'))!;
  await firstEntry.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(`${target} a.heading-anchor`)).toHaveAttribute('href', target);
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem').first()).toBeVisible();
});

test('an unknown address gets the 404 page with links back into the course', async ({ page }) => {
  const response = await page.goto('/lessons/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in the course');
  await page.getByRole('link', { name: 'The course home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});
