import { expect, test, type Locator, type Page } from '@playwright/test';
import { INSTRUMENTS, instrumentHref } from '../lib/instruments/registry';
import { collectErrors, lessons, seriousViolationsInBothThemes } from './helpers';

const toolPages = INSTRUMENTS.filter((tool) => tool.family === 'visualizer').map((tool) => instrumentHref(tool.slug));
const lessonPages = ['/lessons/storage-engines/', '/lessons/indexing/'];
const VISUALIZER_NAMES = ['B-tree visualizer', 'LSM-tree visualizer', 'Composite index checker'];

/** Opens a page and waits until every visualizer on it has loaded (scrolling each into view on lessons). */
async function openWithVisualizers(page: Page, path: string, expected: number) {
  await page.goto(path);
  const sections = page.locator('section.viz');
  if (path.startsWith('/lessons/')) {
    // Islands load as they near the viewport.
    for (let i = 0; i < expected; i++) {
      await page.locator('.viz-island').nth(i).scrollIntoViewIfNeeded();
      await expect(sections).toHaveCount(i + 1, { timeout: 20_000 });
    }
  }
  // The visualizer's chunk may take a while on a busy machine.
  await expect(sections).toHaveCount(expected, { timeout: 20_000 });
  for (const section of await sections.all()) await expect(section.getByRole('heading').first()).toBeVisible();
}

/** The visualizer whose heading is `name`. */
const visualizer = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Sets a range input by keyboard (Home/End, then arrows). */
async function slideTo(slider: Locator, value: number) {
  const min = Number(await slider.getAttribute('min'));
  await slider.focus();
  await slider.press('Home');
  for (let v = min; v < value; v++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(value));
}

const fastest = async (viz: Locator) => slideTo(viz.getByRole('slider', { name: 'Speed' }), 4);
const caption = (viz: Locator) => viz.locator('.viz-caption');
const notice = (viz: Locator) => viz.locator('p[role="status"]');
const stat = (viz: Locator, label: string) => viz.locator('.viz-stat').filter({ has: viz.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('.viz-stat-value');

test.describe('B-tree visualizer', () => {
  test('insert splits a full leaf step by step, announces it, and keeps the tree in the URL', async ({ page }) => {
    const errors = collectErrors(page);
    await openWithVisualizers(page, '/tools/btree/', 1);
    const viz = visualizer(page, 'B-tree visualizer');
    await fastest(viz);
    await viz.getByLabel('Key (1–999)').fill('25');
    await viz.getByRole('button', { name: 'Insert', exact: true }).click();
    // The live caption walks through the split and ends on the new root.
    await expect(caption(viz)).toHaveAttribute('aria-live', 'polite');
    await expect(caption(viz)).toContainText('A new root holds the separator 30', { timeout: 10_000 });
    await expect(page).toHaveURL(/[?&]ops=10\.20\.30\.40\.25(&|$)/);
    await expect(stat(viz, 'Splits')).toHaveText('1');

    // Step back through the split with the keyboard: the moment both halves stand without a parent.
    await viz.getByRole('button', { name: 'Back' }).click();
    await expect(caption(viz)).toContainText('Split the root. The left leaf keeps 10, 20, 25; a new right leaf takes 30, 40.');
    const timeline = viz.getByRole('slider', { name: 'Timeline' });
    await timeline.focus();
    await timeline.press('Home');
    await expect(caption(viz)).toContainText('An empty B-tree with fan-out 5');
    await timeline.press('End');
    await expect(caption(viz)).toContainText('new root');

    // Search lights up the path and counts comparisons.
    await viz.getByLabel('Key (1–999)').fill('40');
    await viz.getByRole('button', { name: 'Search' }).click();
    await expect(caption(viz)).toContainText('Found 40', { timeout: 10_000 });
    await expect(stat(viz, 'Pages read')).toHaveText('2');
    await expect(page).toHaveURL(/ops=10\.20\.30\.40\.25\.s40/);

    // The fan-out slider replays the same keys.
    await slideTo(viz.getByRole('slider', { name: /Fan-out/ }), 3);
    await expect(page).toHaveURL(/order=3/);
    await expect(viz.getByRole('img', { name: /The tree at this step/ })).toHaveAttribute('aria-label', /Leaves: /);

    // Back undoes one change at a time: the slider's whole move (two notches) is one history entry, not one
    // per notch, and each operation is another.
    await page.goBack();
    await expect(viz.getByRole('slider', { name: /Fan-out/ })).toHaveValue('5');
    await expect(page).not.toHaveURL(/order=/);
    await expect(page).toHaveURL(/ops=10\.20\.30\.40\.25\.s40(&|$)/);
    await expect(caption(viz)).toContainText('Found 40');
    await page.goBack();
    await expect(page).toHaveURL(/ops=10\.20\.30\.40\.25$/);
    await expect(caption(viz)).toContainText('new root');
    // Forward redoes it.
    await page.goForward();
    await expect(caption(viz)).toContainText('Found 40');
    expect(errors).toEqual([]);
  });

  test('a shared link restores the tree, and a bad value shows the defaults with a notice', async ({ page }) => {
    await openWithVisualizers(page, '/tools/btree/?order=3&ops=5.1.9.7.3.s7', 1);
    const viz = visualizer(page, 'B-tree visualizer');
    await expect(viz.getByRole('slider', { name: /Fan-out/ })).toHaveValue('3');
    await expect(caption(viz)).toContainText('Found 7');
    await expect(viz.getByRole('img', { name: /The tree at this step/ })).toHaveAttribute(
      'aria-label',
      'The tree at this step. Root: 7. Level 2: 5; 9. Leaves: 1 3; 5; 7; 9.',
    );

    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openWithVisualizers(page, '/tools/btree/?order=%3Cscript%3Ealert(1)%3C/script%3E&ops=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 1);
    await expect(notice(viz)).toContainText('Part of this link could not be used');
    await expect(notice(viz)).not.toContainText('script');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(viz.getByRole('slider', { name: /Fan-out/ })).toHaveValue('5');
    expect(dialogs).toBe(0);
  });
});

test.describe('LSM-tree visualizer', () => {
  test('writes flush the memtable and compact Level 0; reads count files with and without filters', async ({ page }) => {
    const errors = collectErrors(page);
    await openWithVisualizers(page, '/tools/lsm-tree/', 1);
    const viz = visualizer(page, 'LSM-tree visualizer');
    await fastest(viz);
    await expect(stat(viz, 'Flushes')).toHaveText('3');
    await expect(stat(viz, 'Compactions')).toHaveText('0');
    await viz.getByRole('button', { name: 'Write 4 random keys' }).click();
    await expect(stat(viz, 'Compactions')).toHaveText('1', { timeout: 10_000 });
    await expect(stat(viz, 'Flushes')).toHaveText('4');
    await expect(caption(viz)).toContainText('into Level 1');
    // 16 writes: 1,600 B to the log, 1,600 B flushed, 1,400 B compacted (two keys were overwritten).
    await expect(caption(viz)).toContainText('dropped 2 older versions');
    await expect(stat(viz, 'Write amplification')).toHaveText('2.88×');
    await expect(page).toHaveURL(/[?&]ops=w42\.w7/);

    await viz.getByLabel('Key (1–999)').fill('42');
    await viz.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(caption(viz)).toContainText(/Read 42: found 42 = v1/, { timeout: 10_000 });
    await expect(stat(viz, 'Read amplification')).toHaveText('1×');

    // A key nobody wrote: with filters most files are skipped.
    await viz.getByLabel('Key (1–999)').fill('500');
    await viz.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(caption(viz)).toContainText('500 is not in the tree', { timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  test('a shared link restores settings and operations; a bad one shows a notice', async ({ page }) => {
    await openWithVisualizers(page, '/tools/lsm-tree/?mem=2&l0=2&ratio=2&ops=w1.w2.w3.w4.w1.w5.w2.w6.r1', 1);
    const viz = visualizer(page, 'LSM-tree visualizer');
    await expect(stat(viz, 'Compactions')).toHaveText('3');
    await expect(stat(viz, 'Write amplification')).toHaveText('3.5×');
    await expect(caption(viz)).toContainText('found 1 = v5 in Level 2');
    await expect(viz.getByRole('slider', { name: /Memtable size/ })).toHaveValue('2');

    await openWithVisualizers(page, '/tools/lsm-tree/?mem=99&ops=w1.%3Cb%3Ebold%3C/b%3E', 1);
    await expect(notice(viz)).toContainText('the memtable size');
    await expect(viz.locator('b', { hasText: 'bold' })).toHaveCount(0);
    await expect(stat(viz, 'Flushes')).toHaveText('3');
  });
});

test.describe('Composite index checker', () => {
  test('defining a query changes the usable prefix, and the URL keeps it', async ({ page }) => {
    const errors = collectErrors(page);
    await openWithVisualizers(page, '/tools/index-checker/', 1);
    const viz = visualizer(page, 'Composite index checker');
    const verdict = viz.locator('.viz-verdict');
    await expect(verdict).toHaveText('The query can use the prefix (user_id) of the index: status has no condition.');
    await viz.getByRole('combobox', { name: 'WHERE status' }).selectOption('eq');
    await expect(verdict).toHaveText('The query can use the prefix (user_id, status) of the index: created_at has no condition.');
    await expect(page).toHaveURL(/where=user_id-eq\.status-eq/);
    await viz.getByRole('combobox', { name: 'WHERE user_id' }).selectOption('range');
    await expect(verdict).toContainText('prefix (user_id)');
    await expect(verdict).toContainText('the range on user_id ends it');

    await viz.getByLabel('Example from the indexing lesson').selectOption('latest-20');
    await expect(verdict).toHaveText('The query can use the prefix (user_id, status) of the index: created_at has no condition.');
    await expect(viz.getByText('The index returns rows already in ORDER BY order, read backwards')).toBeVisible();

    await page.reload();
    await expect(viz.getByLabel('Example from the indexing lesson')).toHaveValue('latest-20');
    await page.goBack();
    await expect(verdict).toContainText('the range on user_id ends it');
    expect(errors).toEqual([]);
  });

  test('a hostile link falls back to the lesson’s example with a notice', async ({ page }) => {
    await openWithVisualizers(page, '/tools/index-checker/?ix=%3Cscript%3E&where=user_id-eq.status-eq', 1);
    const viz = visualizer(page, 'Composite index checker');
    await expect(notice(viz)).toContainText('the index columns');
    await expect(viz.locator('.viz-verdict')).toContainText('prefix (user_id, status)');
  });

  test('the indexing lesson starts the checker from its preset', async ({ page }) => {
    await openWithVisualizers(page, '/lessons/indexing/', 1);
    const viz = visualizer(page, 'Composite index checker');
    await expect(viz.getByLabel('Example from the indexing lesson')).toHaveValue('user-dates');
    await expect(viz.locator('.viz-verdict')).toContainText('prefix (user_id)');
  });
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  for (const path of [...toolPages, ...lessonPages]) {
    test(`${path} has its visualizers, no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      const expected = path === '/lessons/storage-engines/' ? 2 : 1;
      await openWithVisualizers(page, path, expected);
      for (const summary of await page.locator('section.viz details > summary').all()) await summary.click();
      // On a lesson, the visualizers alone: the crawl (site.spec) checks the whole lesson in both themes.
      expect(await seriousViolationsInBothThemes(page, { within: path.startsWith('/lessons/') ? '.viz-island' : undefined })).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [...toolPages, ...lessonPages]) {
    test(`${path} never scrolls sideways at 390 px`, async ({ page }) => {
      await openWithVisualizers(page, path, path === '/lessons/storage-engines/' ? 2 : 1);
      for (const summary of await page.locator('section.viz details > summary').all()) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the B-tree works by touch', async ({ page }) => {
    await openWithVisualizers(page, '/tools/btree/', 1);
    const viz = visualizer(page, 'B-tree visualizer');
    await viz.getByRole('button', { name: 'Insert 5 random keys' }).tap();
    await expect(page).toHaveURL(/ops=10\.20\.30\.40(\.\d+){5}/);
    await viz.getByRole('button', { name: 'Back' }).tap();
    await expect(viz.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled', 'true');
    // The drawing scrolls inside its own box, never the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('an insert jumps to its result as a discrete step, with no transitions', async ({ page }) => {
    await openWithVisualizers(page, '/tools/btree/', 1);
    const viz = visualizer(page, 'B-tree visualizer');
    await expect(viz.getByText('Reduced motion is on')).toBeVisible();
    await viz.getByLabel('Key (1–999)').fill('25');
    await viz.getByRole('button', { name: 'Insert', exact: true }).click();
    // No playing: the result is on screen at once, and every step is still reachable.
    await expect(caption(viz)).toContainText('A new root holds the separator 30', { timeout: 2_000 });
    await expect(viz.getByRole('button', { name: 'Play' })).toBeVisible();
    const transition = await viz.locator('.viz-tree-node').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  });
});

test('visualizer code loads only on pages that use it', async ({ page }) => {
  const scripts: { page: string; body: string }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ page: page.url(), body: await response.text().catch(() => '') });
  });
  // Strings that appear only in the visualizers' own chunks (the engines, the drawings, the checker's SQL).
  const heavy = (body: string) => ['viz-tree-edge', 'viz-lsm-row', 'viz-checker-form', 'CREATE INDEX ON orders', 'Write amplification'].some((name) => body.includes(name));
  const wrapper = (body: string) => body.includes('viz-placeholder');
  const withVisualizers = new Set(['storage-engines', 'indexing']);
  // The lesson route bundles every island's small wrapper together (as for the isolation lab and the advisor);
  // what must never arrive on a lesson without a visualizer is the visualizer itself.
  for (const lesson of lessons.filter((l) => !withVisualizers.has(l.slug))) await page.goto(`/lessons/${lesson.slug}/`, { waitUntil: 'networkidle' });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => heavy(s.body)).map((s) => s.page)).toEqual([]);

  // A lesson with a visualizer ships the small wrapper first, and the visualizer only as the reader nears it.
  scripts.length = 0;
  await page.goto('/lessons/storage-engines/', { waitUntil: 'networkidle' });
  expect(scripts.some((s) => wrapper(s.body))).toBe(true);
  expect(scripts.some((s) => heavy(s.body))).toBe(false);
  await page.locator('.viz-island').first().scrollIntoViewIfNeeded();
  await expect(page.locator('section.viz').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => heavy(s.body))).toBe(true);
});

test('the tools page links to every visualizer', async ({ page }) => {
  await page.goto('/tools/');
  for (const name of VISUALIZER_NAMES) await expect(page.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  await page.getByRole('link', { name: /^LSM-tree visualizer/ }).click();
  await expect(page).toHaveURL(/\/tools\/lsm-tree\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LSM-tree visualizer');
});
