import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, seriousViolationsInBothThemes } from './helpers';

const TOOL = '/tools/replication/';
const LESSON = '/lessons/replication-partitioning-cap/';

/** Opens a page and waits for the replication timeline (scrolling to it on the lesson, where it loads near the viewport). */
async function openTimeline(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  if (path.startsWith('/lessons/')) await page.locator('.viz-island').first().scrollIntoViewIfNeeded();
  const viz = page.getByRole('region', { name: 'Replication timeline', exact: true });
  await expect(viz).toBeVisible({ timeout: 20_000 });
  return viz;
}

const stat = (viz: Locator, label: string) => viz.locator('.viz-stat').filter({ has: viz.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('.viz-stat-value');
const readRow = (viz: Locator, at: string) => viz.getByRole('region', { name: 'Reads' }).getByRole('row').filter({ hasText: new RegExp(`^${at}`) });
const caption = (viz: Locator) => viz.locator('.viz-caption');

test.describe('Replication timeline', () => {
  test('raising the lag makes a read stale, and read-your-writes routing makes it fresh again', async ({ page }) => {
    const errors = collectErrors(page);
    const viz = await openTimeline(page, `${TOOL}?lag=100`);
    // Write at 100 ms, flushed at 101; with 100 ms of lag the replica has it at 201, before the read at 250.
    await expect(readRow(viz, '250 ms')).toContainText('✓ fresh');
    await expect(stat(viz, 'Stale reads')).toHaveText('0');

    const lag = viz.getByRole('slider', { name: /Replica 1 lag/ });
    await lag.focus();
    for (let i = 0; i < 10; i++) await lag.press('ArrowRight');
    await expect(lag).toHaveValue('200');
    await expect(readRow(viz, '250 ms')).toContainText('✗ stale (the primary had x = 1)');
    await expect(stat(viz, 'Stale reads')).toHaveText('1');
    await expect(page).not.toHaveURL(/lag=/);

    await viz.getByRole('combobox', { name: 'Read routing' }).selectOption('ryw');
    await expect(readRow(viz, '250 ms')).toContainText('the primary');
    await expect(readRow(viz, '250 ms')).toContainText('✓ fresh');
    await expect(stat(viz, 'Stale reads')).toHaveText('0');
    await expect(page).toHaveURL(/route=ryw/);

    // The step controls walk the same events; the caption announces each.
    await expect(caption(viz)).toHaveAttribute('aria-live', 'polite');
    const timeline = viz.getByRole('slider', { name: 'Timeline' });
    await timeline.focus();
    await timeline.press('Home');
    await expect(caption(viz)).toContainText('Before anything happens');
    await viz.getByRole('button', { name: 'Next' }).click();
    await expect(caption(viz)).toContainText('At 101 ms: You write x = 1 at 100 ms');
    await viz.getByRole('button', { name: 'Next' }).click();
    await viz.getByRole('button', { name: 'Next' }).click();
    await expect(caption(viz)).toContainText('read-your-writes sends the read to the primary');
    expect(errors).toEqual([]);
  });

  test('a crash loses the acknowledged write under asynchronous commit, and none under synchronous commit', async ({ page }) => {
    const errors = collectErrors(page);
    const viz = await openTimeline(page, TOOL);
    await viz.getByRole('combobox', { name: 'Scenario' }).selectOption('crash-async');
    await expect(stat(viz, 'Lost acknowledged writes')).toHaveText('1');
    await expect(viz.getByRole('region', { name: 'Writes' })).toContainText('✗ acknowledged, then lost in the failover');
    await expect(viz.getByRole('region', { name: 'Reads' })).toContainText('✓ current, but your acknowledged write is gone');

    await viz.getByRole('combobox', { name: 'Commit mode' }).selectOption('sync');
    await expect(stat(viz, 'Lost acknowledged writes')).toHaveText('0');
    await expect(viz.getByRole('region', { name: 'Writes' })).toContainText('✕ never acknowledged (crash)');
    await expect(stat(viz, 'Write ack, median')).toHaveText('56 ms');
    await expect(viz.getByRole('combobox', { name: 'Scenario' })).toHaveValue('crash-sync');

    // The crash time has its own labelled slider; the link keeps it.
    const crash = viz.getByRole('slider', { name: /Crash at/ });
    await expect(crash).toHaveValue('400');
    await page.reload();
    await expect(viz.getByRole('combobox', { name: 'Commit mode' })).toHaveValue('sync');
    await expect(stat(viz, 'Lost acknowledged writes')).toHaveText('0');
    await viz.getByLabel('Crash the primary').uncheck();
    await expect(stat(viz, 'Lost acknowledged writes')).toHaveText('0');
    await expect(page).not.toHaveURL(/crash=/);
    await page.goBack();
    await expect(viz.getByLabel('Crash the primary')).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('adding and removing reads and writes, with a clear message for a bad time', async ({ page }) => {
    const viz = await openTimeline(page, TOOL);
    await viz.getByLabel('At (ms)').fill('soon');
    await viz.getByRole('button', { name: 'Add to the timeline' }).click();
    await expect(viz.getByRole('alert')).toHaveText('Type the time in ms as a whole number from 0 to 5000.');
    await expect(viz.getByLabel('At (ms)')).toHaveAttribute('aria-invalid', 'true');
    await viz.getByLabel('At (ms)').fill('150');
    await viz.getByLabel('Who').selectOption('other');
    await viz.getByRole('button', { name: 'Add to the timeline' }).click();
    await expect(viz.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveURL(/acts=100wx1\.o150rx\.250rx\.600rx/);
    await expect(readRow(viz, '150 ms')).toContainText('Another user');
    await viz.getByRole('button', { name: 'Remove: at 150 ms, another user read x' }).click();
    await expect(page).not.toHaveURL(/acts=/);
  });

  test('a shared link restores the timeline, and a bad one falls back with a notice', async ({ page }) => {
    let viz = await openTimeline(page, `${TOOL}?lag=50.300&route=primary&crash=400&acts=100wx1.300wx2.380wx3.1000rx`);
    await expect(viz.getByRole('combobox', { name: 'Scenario' })).toHaveValue('crash-async');
    await expect(viz.getByRole('slider', { name: /Replica 2 lag/ })).toHaveValue('300');
    await expect(stat(viz, 'Lost acknowledged writes')).toHaveText('1');

    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    viz = await openTimeline(page, `${TOOL}?lag=%3Cscript%3Ealert(1)%3C/script%3E&route=nearest&acts=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    const notice = viz.locator('p[role="status"]');
    await expect(notice).toContainText('Part of this link could not be used');
    await expect(notice).toContainText('the replica lags');
    await expect(notice).toContainText('the read routing');
    await expect(notice).not.toContainText('script');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(viz.getByRole('slider', { name: /Replica 1 lag/ })).toHaveValue('200');
    await expect(stat(viz, 'Stale reads')).toHaveText('1');
    expect(dialogs).toBe(0);
  });

  test('the lesson embeds the timeline in its replica-lag section', async ({ page }) => {
    const viz = await openTimeline(page, LESSON);
    const heading = page.getByRole('heading', { name: 'Try it: lag, routing and a crash' });
    await expect(heading).toBeVisible();
    await expect(viz.getByRole('combobox', { name: 'Scenario' })).toHaveValue('profile-reload');
    // The timeline follows its heading, before the next section.
    const order = await page.evaluate(() => {
      const h = [...document.querySelectorAll('h3')].find((el) => el.textContent?.startsWith('Try it: lag'));
      const section = document.querySelector('section.viz');
      const next = [...document.querySelectorAll('h2')].find((el) => el.textContent?.startsWith('Multi-leader'));
      if (!h || !section || !next) return false;
      return Boolean(h.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING) && Boolean(section.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
  });
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  for (const path of [TOOL, `${TOOL}?lag=50.300.20&route=ryw&crash=400&acts=100wx1.o120rx.300wx2.380wx3.400rx.o700wx4.1000rx`, LESSON]) {
    test(`${path} has no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      const viz = await openTimeline(page, path);
      for (const summary of await viz.locator('details > summary').all()) await summary.click();
      // On the lesson, the timeline alone: the crawl (site.spec) checks the whole lesson in both themes.
      expect(await seriousViolationsInBothThemes(page, { within: path === LESSON ? '.viz-island' : undefined })).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [TOOL, LESSON]) {
    test(`${path} never scrolls sideways at 390 px, and works by touch`, async ({ page }) => {
      const viz = await openTimeline(page, path);
      for (const summary of await viz.locator('details > summary').all()) await summary.tap();
      await viz.getByRole('button', { name: 'Back' }).tap();
      await expect(viz.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled', 'true');
      await viz.getByRole('combobox', { name: 'Scenario' }).selectOption('crash-async');
      await expect(stat(viz, 'Lost acknowledged writes')).toHaveText('1');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the same steps are there, shown as discrete steps', async ({ page }) => {
    const viz = await openTimeline(page, TOOL);
    await expect(viz.getByText('Reduced motion is on')).toBeVisible();
    await viz.getByRole('combobox', { name: 'Scenario' }).selectOption('crash-sync');
    await expect(viz.locator('.viz-position')).toHaveText(/^(\d+) \/ \1$/);
    await viz.getByRole('button', { name: 'Back' }).click();
    await expect(caption(viz)).toContainText('At 1,200 ms: Replica 2 follows the new primary');
  });
});
