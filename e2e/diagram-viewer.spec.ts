import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

// Mermaid draws its labels at 16 px; a diagram is never shown smaller than 11 px text (components/ui/Diagram.tsx).
const DRAWN_FONT_PX = 16;
const MIN_TEXT_PX = 11;

/** Each visible diagram's rendered width over its drawn width, times the drawn font size: its text size on screen. */
async function textSizes(page: Page): Promise<{ caption: string; px: number }[]> {
  const figures = page.locator('figure.diagram');
  const sizes: { caption: string; px: number }[] = [];
  for (let i = 0; i < (await figures.count()); i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    const svg = figure.locator('.diagram-light > svg');
    const drawn = Number((await svg.getAttribute('viewBox'))!.split(/\s+/)[2]);
    const box = await svg.boundingBox();
    sizes.push({ caption: (await figure.locator('figcaption').textContent()) ?? '', px: ((box?.width ?? 0) / drawn) * DRAWN_FONT_PX });
  }
  return sizes;
}

test.describe('diagrams on a desktop screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const slug of ['access-patterns', 'storage-engines']) {
    test(`${slug}: no diagram's text is drawn smaller than ${MIN_TEXT_PX} px; a wider one scrolls in its frame`, async ({ page }) => {
      await page.goto(`/lessons/${slug}/`);
      for (const { caption, px } of await textSizes(page)) expect(px, caption).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('a diagram opens full-screen from its Enlarge button and closes with Escape, focus back on the button', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/lessons/access-patterns/');
    const figure = page.locator('figure.diagram').first();
    const caption = (await figure.locator('figcaption').textContent())!;
    const button = figure.getByRole('button', { name: `Enlarge the diagram: ${caption}` });
    await button.scrollIntoViewIfNeeded();
    await button.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: caption });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    const alt = await figure.locator('.diagram-canvas').getAttribute('aria-label');
    const enlarged = dialog.getByRole('img', { name: alt! });
    await expect(enlarged).toBeVisible();
    // Larger than on the page, and the copy's ids do not repeat the page's.
    const onPage = (await figure.locator('.diagram-light > svg').boundingBox())!.width;
    expect((await enlarged.locator('svg').boundingBox())!.width).toBeGreaterThan(onPage);
    const duplicateIds = await page.evaluate(() => {
      const seen = new Set<string>();
      return [...document.querySelectorAll('[id]')].map((el) => el.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    });
    expect(duplicateIds).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('a click on the drawing enlarges it too, and the Close button closes it', async ({ page }) => {
    await page.goto('/lessons/storage-engines/');
    const figure = page.locator('figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('.diagram-canvas').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe('diagrams and tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a diagram wider than the screen says it scrolls, until its end is reached', async ({ page }) => {
    await page.goto('/lessons/access-patterns/');
    const figure = page.locator('figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    const frame = figure.locator('.diagram-frame');
    const hint = figure.getByText('Scroll sideways →');
    await expect(frame).toHaveAttribute('data-overflow', 'end');
    await expect(hint).toBeVisible();
    await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(frame).toHaveAttribute('data-overflow', 'start');
    await expect(hint).toBeHidden();
    // Text stays readable on the phone too.
    for (const { caption, px } of await textSizes(page)) expect(px, caption).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.1);
  });

  test('a table wider than the screen is marked as scrolling sideways', async ({ page }) => {
    await page.goto('/lessons/access-patterns/');
    const wide = page.locator('.table-scroll[data-overflow~="end"]').first();
    await expect(wide).toBeAttached();
    const hint = await wide.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(hint).toContain('Scroll sideways');
  });
});
