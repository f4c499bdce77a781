import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, lessons, recordScripts, seriousViolationsInBothThemes } from './helpers';

const TOOL = '/tools/hash-ring/';
const LESSON = '/lessons/replication-partitioning-cap/';
const NAME = 'Consistent hashing ring';

/** Opens a page and waits for the ring (scrolling its island into view on a lesson, where it loads lazily). */
async function openRing(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  // The lesson has other visualizers before the ring (the replication timeline): scroll to the ring's own island.
  if (path.startsWith('/lessons/')) await page.locator('.viz-island').filter({ hasText: NAME }).first().scrollIntoViewIfNeeded();
  const viz = page.getByRole('region', { name: NAME, exact: true });
  // The visualizer's chunk may take a while on a busy machine.
  await expect(viz).toBeVisible({ timeout: 20_000 });
  return viz;
}

/** Sets a range input by keyboard: Home, then arrows. */
async function slideTo(slider: Locator, value: number) {
  const min = Number(await slider.getAttribute('min'));
  await slider.focus();
  await slider.press('Home');
  for (let v = min; v < value; v++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(value));
}

const stat = (viz: Locator, label: string) => viz.locator('.viz-stat').filter({ has: viz.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('.viz-stat-value');
const percentOf = async (locator: Locator) => Number((await locator.textContent())?.replace(/[^\d.]/g, ''));

test.describe('consistent hashing ring', () => {
  test('adding a shard shows the moved share for the ring and for hash mod N, step by step, and keeps it in the URL', async ({ page }) => {
    const errors = collectErrors(page);
    const viz = await openRing(page, TOOL);
    await slideTo(viz.getByRole('slider', { name: 'Speed' }), 4);
    // 100 virtual nodes per shard, as in the lesson's script (the next test drives this slider by keyboard).
    const vnodes = viz.getByRole('slider', { name: /Virtual nodes per shard/ });
    await vnodes.fill('100');
    await expect(page).toHaveURL(/[?&]vnodes=100(&|$)/);

    await viz.getByRole('button', { name: 'Add a shard' }).click();
    await expect(viz.locator('.viz-caption')).toContainText('every one of them to E', { timeout: 10_000 });
    await expect(page).toHaveURL(/[?&]ops=a(&|$)/);
    const ring = await percentOf(stat(viz, 'Moved on the ring'));
    const modN = await percentOf(stat(viz, 'Moved by hash mod N'));
    expect(ring).toBeGreaterThan(12);
    expect(ring).toBeLessThan(30);
    expect(modN).toBeGreaterThan(75);
    expect(modN).toBeLessThan(85);
    await expect(viz.getByText(/% moved$/)).toHaveCount(2);
    await expect(viz.getByRole('img', { name: /^hash mod 5: the shard of each of the keys user:0 to user:59\. \d+ moved: / })).toBeVisible();

    // Back to the step where E's tokens are on the ring but no key has moved yet.
    await viz.getByRole('button', { name: 'Back' }).click();
    await expect(viz.locator('.viz-caption')).toContainText('Keys have not moved yet');
    await expect(stat(viz, 'Moved on the ring')).toHaveText('–');
    await expect(viz.getByRole('img', { name: /^The ring: 5 shards/ })).toHaveAttribute('aria-label', /E 0\.0%\. Shard E has just joined/);

    // Removing B moves only B's keys on the ring.
    await viz.getByLabel('Shard to remove').selectOption('B');
    await viz.getByRole('button', { name: 'Remove shard B' }).click();
    await expect(viz.locator('.viz-caption')).toContainText("B's", { timeout: 10_000 });
    await expect(viz.locator('.viz-caption')).toContainText('no other key moved');
    await expect(page).toHaveURL(/ops=a\.rB/);
    expect(errors).toEqual([]);
  });

  test('the virtual-node slider, moved by keyboard, changes how evenly the keys spread', async ({ page }) => {
    const viz = await openRing(page, TOOL);
    const vnodes = viz.getByRole('slider', { name: /Virtual nodes per shard/ });
    await vnodes.focus();
    await vnodes.press('Home');
    await expect(vnodes).toHaveAttribute('aria-valuetext', '1 virtual node per shard');
    const busiest = stat(viz, 'Busiest shard');
    const atOne = await percentOf(busiest);
    await vnodes.press('End');
    await expect(vnodes).toHaveValue('200');
    await expect(busiest).not.toHaveText(`${atOne.toFixed(2)}×`);
    const atTwoHundred = await percentOf(busiest);
    expect(atTwoHundred).toBeLessThan(atOne);
    expect(atTwoHundred).toBeLessThan(1.15);
    // The table behind the chart lists every shard.
    await viz.getByText('Chart data as a table').first().click();
    await expect(viz.getByRole('table').first().getByRole('row')).toHaveCount(5);
  });

  test('salting the hot key lowers the busiest shard and makes reads fan out', async ({ page }) => {
    const viz = await openRing(page, TOOL);
    await slideTo(viz.getByRole('slider', { name: /^Salt/ }), 1);
    await expect(stat(viz, 'Keys a read fetches')).toHaveText('1');
    const unsalted = await percentOf(stat(viz, 'Busiest shard, salted'));
    await slideTo(viz.getByRole('slider', { name: /^Salt/ }), 16);
    await expect(stat(viz, 'Keys a read fetches')).toHaveText('16');
    expect(await percentOf(stat(viz, 'Busiest shard, salted'))).toBeLessThan(unsalted);
    await expect(page).toHaveURL(/[?&]salt=16(&|$)/);
  });

  test('a shared link restores the ring; a bad value shows the defaults with a notice; a bad key count is explained', async ({ page }) => {
    let viz = await openRing(page, `${TOOL}?shards=3&vnodes=150&keys=2000&ops=a.rA&hot=50&salt=4`);
    await expect(viz.getByRole('slider', { name: /Virtual nodes per shard/ })).toHaveValue('150');
    await expect(viz.getByRole('slider', { name: /Shards at the start/ })).toHaveValue('3');
    await expect(viz.getByLabel(/Keys counted/)).toHaveValue('2000');
    await expect(viz.locator('.viz-caption')).toContainText("A's");
    await expect(viz.getByRole('img', { name: /^The ring: 3 shards with 150 tokens each\. Share of the keys: B / })).toBeVisible();
    await expect(viz.getByRole('slider', { name: /hot key’s share/i })).toHaveValue('50');

    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    viz = await openRing(page, `${TOOL}?vnodes=%3Cscript%3Ealert(1)%3C/script%3E&ops=rZ.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    const notice = viz.locator('p[role="status"]');
    await expect(notice).toContainText('Part of this link could not be used');
    await expect(notice).toContainText('the virtual nodes');
    await expect(notice).not.toContainText('script');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(viz.getByRole('slider', { name: /Virtual nodes per shard/ })).toHaveValue('8');
    expect(dialogs).toBe(0);

    const keys = viz.getByLabel(/Keys counted/);
    await keys.fill('12abc');
    await expect(viz.getByRole('alert')).toHaveText('The number of keys must be a whole number from 100 to 50,000.');
    await expect(keys).toHaveAttribute('aria-invalid', 'true');
    await keys.fill('5000');
    await expect(viz.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]keys=5000(&|$)/);
  });
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  for (const path of [TOOL, LESSON]) {
    test(`${path} shows the ring with no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      const viz = await openRing(page, path);
      // A change on screen, so the moved marks are checked too.
      await viz.getByRole('button', { name: 'Add a shard' }).click();
      await expect(stat(viz, 'Moved on the ring')).not.toHaveText('–', { timeout: 15_000 });
      // Charts draw as they near the viewport.
      await viz.locator('.widget-figure').first().scrollIntoViewIfNeeded();
      await expect(viz.locator('.recharts-wrapper').first()).toBeAttached({ timeout: 20_000 });
      for (const summary of await viz.locator('details > summary').all()) await summary.click();
      // On the lesson, its visualizers alone: the crawl (site.spec) checks the whole lesson in both themes.
      expect(await seriousViolationsInBothThemes(page, { within: path === LESSON ? '.viz-island' : undefined })).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [TOOL, LESSON]) {
    test(`${path} never scrolls sideways at 390 px and works by touch`, async ({ page }) => {
      const viz = await openRing(page, path);
      await viz.getByRole('button', { name: 'Add a shard' }).tap();
      await expect(page).toHaveURL(/[?&]ops=a(&|$)/);
      for (const summary of await viz.locator('details > summary').all()) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('adding a shard jumps to the moved keys as one discrete step, with every step still reachable', async ({ page }) => {
    const viz = await openRing(page, TOOL);
    await expect(viz.getByText('Reduced motion is on')).toBeVisible();
    await viz.getByRole('button', { name: 'Add a shard' }).click();
    await expect(viz.locator('.viz-caption')).toContainText('every one of them to E', { timeout: 2_000 });
    await expect(viz.getByRole('button', { name: 'Play' })).toBeVisible();
    const transition = await viz.locator('.viz-ring-key').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  });
});

test('recharts and the ring load only when needed', async ({ page }) => {
  const { loaded, reset } = recordScripts(page);
  // Strings found only in recharts' code and in the ring's own chunk.
  const hasRecharts = (body: string) => body.includes('recharts-surface');
  const hasRing = (body: string) => body.includes('viz-ring-scheme');

  // A lesson without charts or visualizers downloads neither.
  const plain = lessons.find((lesson) => lesson.slug === 'access-patterns') ?? lessons[0]!;
  await page.goto(`/lessons/${plain.slug}/`, { waitUntil: 'networkidle' });
  let scripts = await loaded();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => hasRecharts(s.body) || hasRing(s.body)).map((s) => s.url)).toEqual([]);

  // The partitioning lesson ships the ring's small wrapper first; the ring and recharts only as the reader nears it.
  reset();
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  scripts = await loaded();
  expect(scripts.some((s) => hasRecharts(s.body) || hasRing(s.body))).toBe(false);
  await page.locator('.viz-island').filter({ hasText: NAME }).first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: NAME, exact: true })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('region', { name: NAME, exact: true }).locator('.widget-figure').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-wrapper').first()).toBeAttached({ timeout: 20_000 });
  scripts = await loaded();
  expect(scripts.some((s) => hasRing(s.body))).toBe(true);
  expect(scripts.some((s) => hasRecharts(s.body))).toBe(true);
});
