import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { collectErrors, lessons } from './helpers';

// Every page's console errors and accessibility, in both themes, are checked by the crawl in site.spec.

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

test('no page can load mermaid JavaScript: no script in the export contains it', () => {
  // Every script a page could ever load is a file of the export, so reading them all covers every page.
  const scripts = (readdirSync('out', { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const withMermaid = scripts.filter((file) => /mermaidAPI|flowchart-v2|sequenceDiagram/.test(readFileSync(path.join('out', file), 'utf8')));
  expect(withMermaid).toEqual([]);
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

test('lesson text ships once: in the HTML, not again in the React payload', async ({ request }) => {
  for (const lesson of lessons) {
    const html = await (await request.get(`/lessons/${lesson.slug}/`)).text();
    const firstHeading = /<h2 id="([^"]+)"/.exec(html)?.[1];
    expect(firstHeading, `${lesson.slug} has its body in the HTML`).toBeTruthy();
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
    expect(payload).not.toContain(`id=\\"${firstHeading}\\"`);
    expect(payload).not.toContain('<svg');
  }
});

test('a lesson reached by client-side navigation shows its full text and diagrams', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`/lessons/${lessons[0]!.slug}/`);
  const target = lessons[1]!;
  await page.getByRole('navigation', { name: 'Course', exact: true }).getByRole('link', { name: target.title }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${target.slug}/$`));
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  await expect(page.locator('figure.diagram').first()).toBeVisible();
  // Going back shows the first lesson's own text again, not the second's.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title);
  const firstH2 = await page.locator('.lesson-body h2').first().textContent();
  const expected = await (await page.request.get(`/lessons/${lessons[0]!.slug}/`)).text();
  expect(expected).toContain(`${firstH2}</a></h2>`);
  expect(errors).toEqual([]);
});
