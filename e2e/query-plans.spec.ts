import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { DOWNLOAD_MEGABYTES } from '../lib/instruments/query-plans/assets';
import { collectErrors, seriousViolationsInBothThemes } from './helpers';

const TOOL = '/tools/query-plans/';
const LESSON = '/lessons/indexing/';
/** A lesson with other widgets but no playground. */
const OTHER_LESSON = '/lessons/storage-engines/';

// PGlite's start, initdb and the 100,000-row seed take a few seconds on a laptop and far longer on a busy
// two-core CI machine.
const LOAD_TIMEOUT = 150_000;
test.setTimeout(240_000);

/** A request that belongs to PGlite: its assets, or a script holding PGlite's own code. */
function isPgliteAsset(url: string): boolean {
  return /\/pglite\/|\.wasm|\.data(\?|$)/.test(url);
}

/** Watches a page's requests and remembers any that fetched PGlite, including scripts whose text is PGlite's. */
function watchPglite(page: Page): { hits: string[]; all: Request[] } {
  const hits: string[] = [];
  const all: Request[] = [];
  page.on('request', (request) => {
    all.push(request);
    if (isPgliteAsset(request.url())) hits.push(request.url());
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    // "INITDB failed to initialize" is an error message inside PGlite's code, in no other script.
    const body = await response.text().catch(() => '');
    if (body.includes('INITDB failed to initialize')) hits.push(response.url());
  });
  // Scripts a worker loads arrive through the worker, not the page.
  page.on('worker', (worker) => hits.push(`worker ${worker.url()}`));
  return { hits, all };
}

function playground(page: Page): Locator {
  return page.getByRole('region', { name: 'Query plan playground' });
}

async function loadDatabase(pg: Locator) {
  await pg.getByRole('button', { name: /^Load PostgreSQL in your browser \(≈\d\.\d MB\)$/ }).click();
  await expect(pg.getByRole('button', { name: 'EXPLAIN ANALYZE' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(pg.getByRole('status').filter({ hasText: /^Ready: orders has 100,000 rows/ })).toBeVisible();
}

/** The top node's title in the plan tree. */
function topNode(pg: Locator): Locator {
  return pg.getByRole('list', { name: 'Query plan, top node first' }).locator('.qp-node-title').first();
}

/** Loads PostgreSQL, explains the example, creates its index and explains again; checks the top node each time. */
async function explainBeforeAndAfter(pg: Locator, columns: string, topBefore: string, topAfter: string) {
  await loadDatabase(pg);
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  await expect(topNode(pg)).toHaveText(topBefore, { timeout: 30_000 });
  await pg.getByRole('button', { name: `Create index on orders (${columns})` }).click();
  await expect(pg.getByText(/^Index on orders: orders_\w+_idx/)).toBeVisible({ timeout: 30_000 });
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  await expect(topNode(pg)).toHaveText(topAfter, { timeout: 30_000 });
  await pg.getByText('PostgreSQL’s text plan').click();
}

test('loads PostgreSQL only on demand, then shows a sequential scan turn into an index scan', async ({ page }) => {
  const errors = collectErrors(page);
  const watch = watchPglite(page);
  await page.goto(TOOL);
  const pg = playground(page);
  await expect(pg.getByLabel('Example query')).toHaveValue('one-day');
  await page.waitForLoadState('networkidle');
  expect(watch.hits).toEqual([]);

  const before = watch.all.length;
  await loadDatabase(pg);
  expect(watch.hits.some((url) => url.includes('/pglite/0.5.16/pglite.wasm.gz'))).toBe(true);
  // What the browser received after the click matches the figure on the button (within 0.2 MB).
  let received = 0;
  for (const request of watch.all.slice(before)) received += (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
  expect(Math.abs(received / 1e6 - DOWNLOAD_MEGABYTES)).toBeLessThan(0.2);

  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  await expect(topNode(pg)).toHaveText('Seq Scan on orders', { timeout: 30_000 });
  await expect(pg.getByText('Sequential scan of orders: read 100,000 rows, kept 288')).toBeVisible();
  await pg.getByText('PostgreSQL’s text plan').click();
  await expect(pg.getByLabel('Text plan')).toContainText('Seq Scan on orders');
  await expect(pg.getByLabel('Text plan')).toContainText('Rows Removed by Filter: 99712');

  await pg.getByRole('button', { name: 'Create index on orders (created_at)' }).click();
  await expect(pg.getByText('Index on orders: orders_created_at_idx (created_at).')).toBeVisible({ timeout: 30_000 });
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  await expect(topNode(pg)).toHaveText('Index Scan using orders_created_at_idx on orders', { timeout: 30_000 });
  await expect(pg.getByText('Index scan of orders using orders_created_at_idx: found 288 rows through the index')).toBeVisible();

  const comparison = pg.getByRole('table', { name: /without the index against the latest run with it/ });
  await expect(comparison.getByRole('row', { name: /Execution time/ })).toContainText(/ms/);
  await expect(comparison.getByRole('row', { name: /Rows examined/ })).toContainText('100,000');
  await expect(comparison.getByRole('row', { name: /Rows examined/ })).toContainText('288');
  await expect(pg.locator('.qp-verdict')).toContainText('the plan changed from Seq Scan on orders to Index Scan using orders_created_at_idx on orders');

  await pg.getByRole('button', { name: 'Drop index' }).click();
  await expect(pg.getByText('No index on orders besides its primary key (id).')).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('PostgreSQL’s errors appear next to the query, and the chosen example lives in the URL', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${TOOL}?qp=shipped`);
  const pg = playground(page);
  await expect(pg.getByLabel('Example query')).toHaveValue('shipped');
  await expect(pg.getByLabel('Index columns')).toHaveValue('status');
  await pg.getByLabel('Index columns').fill('status, email');
  await expect(pg.getByText(/“email” is not a column of orders/)).toBeVisible();
  await expect(pg.getByLabel('Index columns')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/qpi=status%2C\+email/);
  await pg.getByLabel('Index columns').fill('status');

  await loadDatabase(pg);
  await pg.getByLabel('Query', { exact: true }).fill('SELECT id FROM orders WHERE custmer_id = 1');
  await expect(pg.getByLabel('Example query')).toHaveValue('');
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  const alert = pg.getByRole('alert');
  await expect(alert).toContainText('PostgreSQL: column "custmer_id" does not exist (line 1, column 29).', { timeout: 30_000 });
  await expect(pg.getByLabel('Query', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // A statement that changes a table is refused in plain words, before PostgreSQL sees it.
  await pg.getByLabel('Query', { exact: true }).fill('DROP TABLE orders');
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  await expect(alert).toHaveText(
    'DROP changes tables, so it is refused: the playground runs only SELECT queries (and EXPLAIN of a SELECT) against the sample orders table.',
  );
  await expect(alert).not.toContainText('syntax error');
  await expect(pg.getByRole('status').filter({ hasText: 'Nothing was run' })).toBeVisible();
  // An empty field asks for a query next to it; the status line does not blame PostgreSQL.
  await pg.getByLabel('Query', { exact: true }).fill('');
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).click();
  await expect(alert).toHaveText('Type a SELECT query to see its plan.');
  await expect(pg.getByText('PostgreSQL reported an error')).toHaveCount(0);
  await expect(pg.getByLabel('Query', { exact: true })).toHaveAttribute('aria-describedby', /-query-error/);

  // Keyboard only: choose the example back and explain it.
  await pg.getByLabel('Example query').selectOption('shipped');
  await expect(alert).toHaveCount(0);
  await pg.getByRole('button', { name: 'EXPLAIN ANALYZE' }).focus();
  await page.keyboard.press('Enter');
  await expect(topNode(pg)).toHaveText('Seq Scan on orders', { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('the indexing lesson loads the playground’s code but not PostgreSQL; other lessons load neither', async ({ page }) => {
  const errors = collectErrors(page);
  const watch = watchPglite(page);
  await page.goto(LESSON);
  const island = page.locator('.viz-island').filter({ hasText: 'Query plan playground' });
  await island.scrollIntoViewIfNeeded();
  await expect(playground(page).getByRole('button', { name: /^Load PostgreSQL/ })).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  expect(watch.hits).toEqual([]);

  await page.goto(OTHER_LESSON);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(watch.hits).toEqual([]);
  expect(errors).toEqual([]);
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  test(`no serious accessibility violations before and after a plan`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${TOOL}?qp=latest-five`);
    const pg = playground(page);
    await expect(pg.getByRole('button', { name: /^Load PostgreSQL/ })).toBeVisible();
    await pg.getByText('The orders table').click();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);

    await explainBeforeAndAfter(pg, 'customer_id, created_at', 'Limit', 'Limit');
    await expect(pg.getByText(/Index scan of orders using orders_customer_id_created_at_idx, read backwards/)).toBeVisible();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the playground never scrolls the page sideways at 390 px', async ({ page }) => {
    await page.goto(`${TOOL}?qp=one-customer`);
    const pg = playground(page);
    await pg.getByText('The orders table').tap();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await explainBeforeAndAfter(pg, 'customer_id', 'Seq Scan on orders', 'Bitmap Heap Scan on orders');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
