import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, seriousViolationsInBothThemes } from './helpers';

const TOOL = '/tools/history-checker/';
const LESSON = '/lessons/consistency-and-consensus/';

/** Opens a page and waits for the checker (scrolling to it on the lesson, where it loads near the viewport). */
async function openChecker(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  if (path.startsWith('/lessons/')) await page.locator('.viz-island').first().scrollIntoViewIfNeeded();
  const viz = page.getByRole('region', { name: 'History checker', exact: true });
  await expect(viz).toBeVisible({ timeout: 20_000 });
  return viz;
}

const verdict = (viz: Locator) => viz.locator('.viz-hc-verdict-title');
const caption = (viz: Locator) => viz.locator('.viz-caption');
const operation = (viz: Locator, n: number) => viz.getByRole('group', { name: `Operation ${n}`, exact: true });

test.describe('History checker', () => {
  test('a stale read is sequentially consistent but not linearizable; overlapping the write makes it linearizable', async ({ page }) => {
    const errors = collectErrors(page);
    const viz = await openChecker(page, TOOL);
    await expect(viz.getByRole('combobox', { name: 'Example history' })).toHaveValue('stale-read');
    await expect(verdict(viz)).toHaveText('Sequentially consistent, not linearizable');
    await expect(viz.getByRole('status').filter({ hasText: 'Sequentially consistent' })).toHaveAttribute('aria-live', 'polite');

    // The linearization search ends at its dead end, naming the read.
    await expect(caption(viz)).toContainText('Stuck with x = 1: Operation 2 (client 2: read x → 0, 20–30) returned 0, but x holds 1 at this point.');
    await viz.getByRole('button', { name: 'Back' }).click();
    await expect(caption(viz)).toContainText('1. Operation 1 (client 1: write x = 1, 0–10) takes effect at time 0; x is now 1.');

    // The sequential order exists: read first, then the write.
    await viz.getByRole('radio', { name: /Sequential order/ }).check();
    await expect(page).toHaveURL(/show=seq/);
    await expect(caption(viz)).toContainText('2. Operation 1 (client 1: write x = 1, 0–10) takes effect; x is now 1.');

    // Make the read start before the write responds: now it may take effect first.
    const invoke = operation(viz, 2).getByLabel('Invoke');
    await invoke.fill('5');
    await expect(verdict(viz)).toHaveText('Linearizable (so also sequentially consistent)');
    await expect(page).toHaveURL(/ops=1w1_0_10\.2r0_5_30/);
    await expect(viz.getByRole('combobox', { name: 'Example history' })).toHaveValue('');
    // Back undoes the edit.
    await page.goBack();
    await expect(verdict(viz)).toHaveText('Sequentially consistent, not linearizable');
    await expect(operation(viz, 2).getByLabel('Invoke')).toHaveValue('20');
    expect(errors).toEqual([]);
  });

  test('a bad field gets a message beside it, never NaN, and the last valid history stays checked', async ({ page }) => {
    const errors = collectErrors(page);
    const viz = await openChecker(page, TOOL);
    const row = operation(viz, 1);
    await row.getByLabel('Response').fill('soon');
    await expect(row.getByText('Type the response time as a whole number from 0 to 100.')).toBeVisible();
    await expect(row.getByLabel('Response')).toHaveAttribute('aria-invalid', 'true');
    await row.getByLabel('Response').fill('0');
    await expect(row.getByText('The response must come after the invoke (0).')).toBeVisible();
    await row.getByLabel('Value').fill('1.5');
    await expect(row.getByText('Type the value as a whole number from 0 to 999.')).toBeVisible();
    await expect(viz).not.toContainText('NaN');
    await expect(verdict(viz)).toHaveText('Sequentially consistent, not linearizable');
    await row.getByLabel('Value').fill('1');
    await row.getByLabel('Response').fill('10');
    await expect(viz.locator('[aria-invalid="true"]')).toHaveCount(0);

    // A client's operations may not overlap each other.
    await operation(viz, 2).getByLabel('Client').selectOption('1');
    await operation(viz, 2).getByLabel('Invoke').fill('8');
    await expect(operation(viz, 2).getByText(/Client 1 is still waiting for operation 1/)).toBeVisible();
    await operation(viz, 2).getByLabel('Invoke').fill('20');
    await expect(verdict(viz)).toHaveText('Neither linearizable nor sequentially consistent');

    // Add and remove operations.
    await viz.getByRole('button', { name: 'Add an operation' }).click();
    await expect(operation(viz, 3)).toBeVisible();
    await expect(page).toHaveURL(/ops=1w1_0_10\.1r0_20_30\.1r0_32_40/);
    await viz.getByRole('button', { name: 'Remove operation 3' }).click();
    await expect(operation(viz, 3)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a shared link restores the history; a hostile one or one over the limit falls back with a notice', async ({ page }) => {
    let viz = await openChecker(page, `${TOOL}?ops=1w200_0_60.2r200_4_20.3r0_36_56&show=seq`);
    await expect(viz.getByRole('combobox', { name: 'Example history' })).toHaveValue('new-then-old');
    await expect(viz.getByRole('radio', { name: /Sequential order/ })).toBeChecked();
    await expect(verdict(viz)).toHaveText('Sequentially consistent, not linearizable');

    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    viz = await openChecker(page, `${TOOL}?ops=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    const notice = viz.locator('p[role="status"]');
    await expect(notice).toContainText('Part of this link could not be used');
    await expect(notice).not.toContainText('img');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);

    const thirteen = Array.from({ length: 13 }, (_, i) => `1r0_${i * 2}_${i * 2 + 1}`).join('.');
    viz = await openChecker(page, `${TOOL}?ops=${thirteen}`);
    await expect(viz.locator('p[role="status"]')).toHaveText('This link holds more than 12 operations, more than the checker takes, so the example history is shown instead.');
    await expect(verdict(viz)).toHaveText('Sequentially consistent, not linearizable');
  });

  test('keyboard only: pick an example and step through the witness', async ({ page }) => {
    const viz = await openChecker(page, TOOL);
    const picker = viz.getByRole('combobox', { name: 'Example history' });
    await picker.focus();
    await picker.selectOption('busy-register');
    await expect(verdict(viz)).toHaveText('Linearizable (so also sequentially consistent)');
    const slider = viz.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await slider.press('Home');
    await expect(caption(viz)).toContainText('Nothing placed yet; x holds 0.');
    await slider.press('ArrowRight');
    await expect(caption(viz)).toContainText('1. Operation 2 (client 2: read x → 0, 2–8) takes effect at time 2; x is now 0.');
    await expect(viz.locator('.viz-position')).toHaveText('2 / 11');
  });

  test('the lesson embeds the checker in its section on histories', async ({ page }) => {
    const viz = await openChecker(page, LESSON);
    await expect(page.getByRole('heading', { name: 'Try it: check a history' })).toBeVisible();
    await expect(viz.getByRole('combobox', { name: 'Example history' })).toHaveValue('stale-read');
  });
});

test.describe('in both themes', () => {
  for (const path of [TOOL, `${TOOL}?ops=1w1_0_10.1w2_20_30.2r2_40_50.2r1_60_70`, LESSON]) {
    test(`${path} has no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      const viz = await openChecker(page, path);
      for (const summary of await viz.locator('details > summary').all()) await summary.click();
      expect(await seriousViolationsInBothThemes(page, { within: path === LESSON ? '.viz-island' : undefined })).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [TOOL, LESSON]) {
    test(`${path} never scrolls sideways at 390 px, and works by touch`, async ({ page }) => {
      const viz = await openChecker(page, path);
      await viz.getByRole('button', { name: 'Back' }).tap();
      await expect(viz.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled', 'true');
      await viz.getByRole('radio', { name: /Sequential order/ }).tap();
      await expect(viz.getByRole('radio', { name: /Sequential order/ })).toBeChecked();
      await viz.getByRole('button', { name: 'Add an operation' }).tap();
      await expect(operation(viz, 3)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the steps are there, shown as discrete steps', async ({ page }) => {
    const viz = await openChecker(page, TOOL);
    await expect(viz.getByText('Reduced motion is on')).toBeVisible();
    await viz.getByRole('combobox', { name: 'Example history' }).selectOption('overlapping-reads');
    await expect(viz.locator('.viz-position')).toHaveText('4 / 4');
    await viz.getByRole('button', { name: 'Play' }).click();
    await expect(viz.locator('.viz-position')).toHaveText(/^[1-4] \/ 4$/);
  });
});
