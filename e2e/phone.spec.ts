import { expect, test } from '@playwright/test';
import { lessons, sitePages } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const pagePath of sitePages) {
  test(`${pagePath} never scrolls sideways at 390 px`, async ({ page }) => {
    await page.goto(pagePath);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.mouse.wheel(400, 0);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });
}

test('wide tables scroll inside their own box', async ({ page }) => {
  await page.goto(`/lessons/${lessons[0]!.slug}/`);
  const boxes = page.locator('.table-scroll');
  expect(await boxes.count()).toBeGreaterThan(0);
  const widths = await boxes.evaluateAll((els) => els.map((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, style: getComputedStyle(el).overflowX })));
  for (const w of widths) expect(w.style).toBe('auto');
  expect(widths.some((w) => w.scroll > w.client)).toBe(true);
});

test('the sidebar becomes a menu that opens, navigates and closes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Course', exact: true })).toBeHidden();
  const button = page.getByRole('button', { name: 'Open course menu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  const menu = page.getByRole('navigation', { name: 'Course (menu)' });
  await expect(menu).toBeVisible();
  // The open menu covers the screen below the header, and its last lesson can be scrolled to and seen
  // (a panel sized against the header's box instead of the viewport showed one row).
  const viewport = page.viewportSize()!;
  const panel = await page.locator('.mobile-menu-panel').boundingBox();
  expect(panel!.height).toBeGreaterThan(viewport.height * 0.8);
  const last = menu.getByRole('link', { name: lessons.at(-1)!.title });
  await last.scrollIntoViewIfNeeded();
  const lastBox = await last.boundingBox();
  expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(viewport.height);
  expect(lastBox!.y).toBeGreaterThanOrEqual(panel!.y);
  await menu.getByRole('link', { name: lessons[1]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessons[1]!.slug}/$`));
  await expect(menu).toBeHidden();
  await page.getByRole('button', { name: 'Open course menu' }).click();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});
