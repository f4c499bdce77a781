import { expect, test } from '@playwright/test';
import { collectErrors, pdfPageCount } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the cheat sheet prints on one A4 or Letter page, dark text on white', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto('/cheat-sheet/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Database interview cheat sheet');
      await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
      for (const format of ['A4', 'Letter'] as const) {
        expect(pdfPageCount(await page.pdf({ format })), format).toBe(1);
      }
      await page.emulateMedia({ media: 'print' });
      const colours = await page.evaluate(() => {
        const cell = document.querySelector('.cheat-sheet td')!;
        return [getComputedStyle(document.body).backgroundColor, getComputedStyle(cell).color];
      });
      expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      await expect(page.locator('.site-header')).toBeHidden();
      expect(errors).toEqual([]);
    });
  });
}
