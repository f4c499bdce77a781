import { expect, test } from '@playwright/test';
import { collectErrors, pdfPageCount } from './helpers';

test.describe('the whole course for print', () => {
  test.use({ colorScheme: 'dark' });

  test('lists every lesson once, with its diagrams in the light theme and its instruments as addresses', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/print/');
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    const sidebarLessons = await page.locator('.sidebar .nav-lesson[href^="/lessons/"]').count();
    expect(sidebarLessons).toBeGreaterThan(10);
    await expect(contents).toHaveCount(sidebarLessons);

    // Every contents entry leads to that lesson's title, which is a level-2 heading, in course order.
    const targets = await contents.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')!.slice(1)]));
    let previousTop = -1;
    for (const [title, id] of targets) {
      const heading = page.locator(`h2[id="${id}"]`);
      await expect(heading).toHaveText(title!);
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeGreaterThan(previousTop);
      previousTop = top;
    }

    // One copy of each diagram (the light one), and no id used twice across fourteen lessons.
    const body = page.locator('.print-course');
    await expect(body.locator('.diagram-dark')).toHaveCount(0);
    expect(await body.locator('figure.diagram svg').count()).toBeGreaterThan(20);
    const duplicateIds = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicateIds).toEqual([]);

    // Instruments cannot be printed: each is named with the lesson address where it works.
    await expect(body.getByText('Interactive: Isolation lab.').first()).toBeVisible();
    await expect(body.locator('.print-instrument').first()).toContainText(/\/lessons\/[a-z-]+\//);
    await expect(body.locator('.viz-island, .widget, form')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('prints dark text on white without the site navigation, one lesson per sheet', async ({ page }) => {
    await page.goto('/print/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: /Print the course/ })).toBeHidden();
    // The screen theme is dark (see test.use above): on paper, body text, headings and inline code are black.
    const colours = await page.evaluate(() => {
      const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
      return [getComputedStyle(document.body).backgroundColor, colour('.print-lesson p:not([class])'), colour('.print-lesson h3'), colour('.print-lesson p > code')];
    });
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
    const lessons = await page.locator('.print-lesson').count();
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    // Every lesson starts a sheet, and the lessons are long: many more sheets than lessons.
    expect(pages).toBeGreaterThan(lessons * 3);
  });

  test('shows its light-only diagrams in the dark theme on screen, on a light panel', async ({ page }) => {
    await page.goto('/print/');
    const figure = page.locator('.print-course figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    const svg = figure.locator('.diagram-light > svg');
    await expect(svg).toBeVisible();
    expect((await svg.boundingBox())!.height).toBeGreaterThan(50);
    expect(await figure.locator('.diagram-frame').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('on paper in the dark theme: diagrams drawn in light on white, headings plain, long code wrapped', async ({ page }) => {
    await page.goto('/print/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    const figure = page.locator('.print-course figure.diagram').first();
    await expect(figure.locator('.diagram-light > svg')).toBeVisible();
    expect((await figure.locator('.diagram-light > svg').boundingBox())!.width).toBeGreaterThan(100);
    const looks = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const anchor = style('.print-lesson h4 a.heading-anchor');
      const code = document.querySelector('.print-lesson pre.shiki span[style]') as HTMLElement;
      return {
        body: style('body').backgroundColor,
        frame: style('.print-course .diagram-frame').backgroundColor,
        anchor: [anchor.color, anchor.textDecorationLine],
        pre: [style('.print-lesson pre.shiki').whiteSpace, style('.print-lesson pre.shiki').overflowWrap],
        // Code keeps the light theme's colours, not the dark theme's pale ones.
        code: getComputedStyle(code).color === code.style.color || code.style.color === '',
        tools: style('.print-course .diagram-tools').display,
      };
    });
    expect(looks).toEqual({
      body: 'rgb(255, 255, 255)',
      frame: 'rgb(255, 255, 255)',
      anchor: ['rgb(0, 0, 0)', 'none'],
      pre: ['pre-wrap', 'anywhere'],
      code: true,
      tools: 'none',
    });
    // No line of code runs past its box: everything wraps inside the page.
    const cut = await page.locator('.print-lesson pre').evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length);
    expect(cut).toBe(0);
  });

  test('is linked from the sidebar', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await page.locator('.sidebar').getByRole('link', { name: 'Whole course for print' }).click();
    await expect(page).toHaveURL(/\/print\/$/);
    await expect(page.locator('.print-lesson').first()).toBeVisible();
  });
});
