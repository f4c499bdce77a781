import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, seriousViolationsInBothThemes } from './helpers';

const ADVISOR = '/tools/advisor/';
const DIAGNOSIS = '/tools/migration-diagnosis/';

/** Opens a page and waits until its widget runs in the browser (hydrated), so inputs respond. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-widget-ready="true"]')).toHaveCount(1);
}

/** Opens every disclosure (presets' sources, assumptions, pattern legend) the way a reader would, by its summary. */
async function openDisclosures(page: Page) {
  const summaries = page.locator('details > summary');
  for (let i = 0; i < (await summaries.count()); i++) {
    const details = summaries.nth(i).locator('..');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summaries.nth(i).click();
  }
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const preset = (page: Page) => page.getByRole('combobox', { name: 'Worked example' });
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^Recommended:/ });
const primary = (page: Page) => page.getByRole('heading', { level: 2 }).first();

/** The path diagram's step for one factor (its direct children are the steps; the branch chips are nested lists). */
function step(page: Page, factor: string): Locator {
  return page
    .getByRole('list', { name: 'Path through the framework' })
    .locator(':scope > li')
    .filter({ has: page.locator('.advisor-step-title', { hasText: new RegExp(`^${factor.replace(/[/]/g, '\\/')}`) }) });
}

/** The branch the diagram marks as taken at a factor: ticked, filled, and named "(taken)" for screen readers. */
function taken(page: Page, factor: string): Locator {
  return step(page, factor).getByRole('listitem').filter({ hasText: '(taken)' });
}

test.describe('database advisor', () => {
  test('a preset, then a changed field, moves the recommendation and the highlighted path', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, ADVISOR);
    await expect(primary(page)).toHaveText('PostgreSQL');
    await expect(preset(page)).toHaveValue('recipe-app');

    await preset(page).selectOption({ label: 'EventFlow ticketing — growth' });
    await expect(page).toHaveURL(/peakReadsPerSecond=12000/);
    await expect(summary(page)).toHaveText('Recommended: PostgreSQL, with Valkey (cache) and Elasticsearch (search).');
    await expect(taken(page, '12-month scale')).toHaveText('Tier 2: replicas and cache for reads (taken)');
    await expect(taken(page, 'PostgreSQL first')).toHaveText('Yes: PostgreSQL (taken)');
    await expect(step(page, '12-month scale')).toContainText('peak reaches 539 writes/s and 21,550 reads/s');

    await field(page, 'Peak writes today (writes/s)').fill('20000');
    await expect(taken(page, '12-month scale')).toHaveText('Tier 3: writes spread over nodes (taken)');
    await expect(taken(page, 'PostgreSQL first')).toHaveText('Yes: PostgreSQL sharded by a domain key (taken)');
    await expect(taken(page, 'Read/write ratio')).toHaveText('Write-heavy (under 3) (taken)');
    await expect(page.getByText('Sharded by a domain key', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/peakWritesPerSecond=20000/);
    await expect(preset(page)).toHaveValue('');

    // Weaker consistency, no joins and no money: the write load leaves PostgreSQL for a wide-column store.
    await page.getByRole('combobox', { name: 'Weakest consistency the data tolerates' }).selectOption({ label: 'Eventual (stale is fine)' });
    await page.getByRole('checkbox', { name: 'Joins across tables' }).uncheck();
    await page.getByRole('checkbox', { name: 'The data handles money (balances, payments, orders)' }).uncheck();
    await expect(primary(page)).toHaveText('Amazon DynamoDB');
    await expect(taken(page, 'Consistency')).toHaveText('Weaker: every store eligible (taken)');
    await expect(taken(page, 'PostgreSQL first')).toHaveText('No: partitioned key-value / wide-column store (taken)');
    await expect(taken(page, 'Operational burden')).toHaveText('Provider-run only (taken)');
    await expect(page.getByRole('list', { name: 'Path through the framework' }).locator(':scope > li').last()).toContainText('Amazon DynamoDB (provider-run only)');
    expect(errors).toEqual([]);
  });

  test('a shared link reopens the same advice in a new page', async ({ page, context }) => {
    await open(page, ADVISOR);
    await preset(page).selectOption({ label: 'Chat messages' });
    await field(page, 'Engineers on the team (engineers)').fill('12');
    await page.getByRole('combobox', { name: 'Database operations experience' }).selectOption('deep');
    await page.getByRole('combobox', { name: 'Prefers managed services' }).selectOption('no');
    await field(page, 'Data stored today (GB)').fill('2,500');
    await field(page, 'Data stored today (GB)').blur();
    await expect(primary(page)).toHaveText('Apache Cassandra');
    await expect(page).toHaveURL(/dataSizeGb=2500/);
    const link = page.url();
    const result = await summary(page).textContent();
    const path = await page.getByRole('list', { name: 'Path through the framework' }).innerText();

    const other = await context.newPage();
    const errors = collectErrors(other);
    await open(other, link);
    await expect(primary(other)).toHaveText('Apache Cassandra');
    await expect(summary(other)).toHaveText(result ?? '');
    expect(await other.getByRole('list', { name: 'Path through the framework' }).innerText()).toBe(path);
    await expect(field(other, 'Engineers on the team (engineers)')).toHaveValue('12');
    await expect(field(other, 'Data stored today (GB)')).toHaveValue('2,500');
    await expect(other.getByRole('combobox', { name: 'Prefers managed services' })).toHaveValue('no');
    await expect(other.getByRole('checkbox', { name: 'Range scans (by time or key)' })).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('bad input shows a message by the field and keeps the last recommendation', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, `${ADVISOR}?peakReadsPerSecond=12000`);
    const before = 'Recommended: PostgreSQL, with Valkey (cache) and Elasticsearch (search).';
    await expect(summary(page)).toHaveText(before);
    const reads = field(page, 'Peak reads today (reads/s)');
    for (const [text, message] of [
      ['', 'Enter a number.'],
      ['lots', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
      ['-5', 'Must not be negative.'],
      ['<b>1</b>', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
    ] as const) {
      await reads.fill(text);
      await expect(reads).toHaveAttribute('aria-invalid', 'true');
      await expect(reads).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}`));
      await expect(page.getByText('One field needs fixing; the result below is for the last valid values.')).toBeVisible();
      await expect(summary(page)).toHaveText(before);
    }
    await expect(page.locator('b', { hasText: '1' })).toHaveCount(0);

    // An optional field may be emptied: "not given" is a valid answer.
    await reads.fill('100');
    const documents = field(page, 'Searchable documents (documents)');
    await documents.fill('');
    await expect(documents).not.toHaveAttribute('aria-invalid');
    await expect(summary(page)).toHaveText('Recommended: PostgreSQL, with no add-ons.');
    await expect(page).toHaveURL(/documentCount=(&|$)/);
    expect(errors).toEqual([]);
  });

  test('answers "why not X?" for any database in the catalog', async ({ page }) => {
    await open(page, ADVISOR);
    const select = page.getByRole('combobox', { name: 'Why not…' });
    await expect(select.locator('option')).toHaveCount(20);
    const answer = page.getByRole('group', { name: 'Why not another database?' });
    // Strong consistency without money: Cassandra's SERIAL reads and lightweight transactions meet it, so the data model decides.
    await select.selectOption({ label: 'Apache Cassandra' });
    await expect(answer.getByText('Apache Cassandra is built for wide-column, key-value and time-series data; this is a relational workload.')).toBeVisible();
    // A store without reads of the latest write is ruled out by the first factor, in its own terms.
    await select.selectOption({ label: 'Valkey' });
    await expect(answer.getByText(/^Valkey cannot be the system of record for this data\. Replication is asynchronous/)).toBeVisible();
    await select.selectOption({ label: 'PostgreSQL' });
    await expect(answer.getByText(/^PostgreSQL is the recommended primary\./)).toBeVisible();
  });

  test('the assumptions panel changes the outcome and shows each source', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, ADVISOR);
    await preset(page).selectOption({ label: 'EventFlow ticketing — growth' });
    await expect(taken(page, 'PostgreSQL first')).toHaveText('Yes: PostgreSQL (taken)');

    await page.getByText('Assumptions', { exact: true }).click();
    const assumptions = page.locator('.advisor-assumptions');
    await expect(
      assumptions.getByText(/^Planning assumption, not a measurement: About 10,000 small write transactions per second for one PostgreSQL primary \(range 5,000–50,000 writes\/s\)\./),
    ).toBeVisible();
    await expect(assumptions.getByText('Default 10,000 writes/s; planning range 5,000–50,000 writes/s')).toBeVisible();
    await expect(assumptions.getByRole('link', { name: 'PostgreSQL documentation: pgbench' }).first()).toHaveAttribute('href', 'https://www.postgresql.org/docs/current/pgbench.html');
    const ceiling = field(page, 'Single-primary write ceiling (writes/s)');
    await ceiling.fill('400');
    // 300 writes/s × 1.05^12 = 539 writes/s, now past a 400 writes/s ceiling: one PostgreSQL primary is no longer enough.
    await expect(taken(page, 'PostgreSQL first')).toHaveText('Yes: PostgreSQL sharded by a domain key (taken)');
    await expect(taken(page, '12-month scale')).toHaveText('Tier 3: writes spread over nodes (taken)');
    await expect(page.getByText('Assumptions (1 changed)')).toBeVisible();
    await expect(page).toHaveURL(/a\.writeCeilingPerSecond=400/);

    await field(page, 'Monthly growth (%)').fill('150');
    await expect(page.getByText('Must be at most 100%.')).toBeVisible();
    await expect(taken(page, 'PostgreSQL first')).toHaveText('Yes: PostgreSQL sharded by a domain key (taken)');
    await field(page, 'Monthly growth (%)').fill('5');

    await page.getByRole('button', { name: 'Reset the assumptions' }).click();
    await expect(taken(page, 'PostgreSQL first')).toHaveText('Yes: PostgreSQL (taken)');
    await expect(page).not.toHaveURL(/a\.writeCeilingPerSecond/);
    expect(errors).toEqual([]);
  });

  test('a hostile or malformed link falls back to the defaults with a notice, and renders no markup', async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    await open(page, `${ADVISOR}?peakWritesPerSecond=${hostile}&consistency=${hostile}&teamSize=NaN&a.writeCeilingPerSecond=-1&peakReadsPerSecond=900`);
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveText(
      'Some values in this link could not be used, so the defaults are shown for: Weakest consistency the data tolerates, Peak writes today, Engineers on the team. Some values in this link could not be used, so the defaults are shown for: Single-primary write ceiling.',
    );
    await expect(field(page, 'Peak writes today (writes/s)')).toHaveValue('29');
    await expect(field(page, 'Peak reads today (reads/s)')).toHaveValue('900');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByText('onerror')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  test('Back returns to the previous preset and to the value before a typing burst', async ({ page }) => {
    await open(page, ADVISOR);
    await preset(page).selectOption({ label: 'User sessions' });
    await expect(primary(page)).toHaveText('Valkey');
    await preset(page).selectOption({ label: 'Analytics dashboard' });
    await expect(primary(page)).toHaveText('ClickHouse');
    const writes = field(page, 'Peak writes today (writes/s)');
    await writes.fill('10');
    await writes.blur();
    await expect(page).toHaveURL(/peakWritesPerSecond=10(&|$)/);
    await page.goBack();
    await expect(writes).toHaveValue('20,000');
    await page.goBack();
    await expect(preset(page)).toHaveValue('user-sessions');
    await expect(primary(page)).toHaveText('Valkey');
    await page.goForward();
    await expect(primary(page)).toHaveText('ClickHouse');
  });

  test('is operable with the keyboard alone', async ({ page }) => {
    await open(page, ADVISOR);
    const fullText = page.getByRole('checkbox', { name: 'Full-text search' });
    await fullText.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('checkbox', { name: 'Aggregations over many rows' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(fullText).not.toBeChecked();
    await expect(page).toHaveURL(/full-text=no/);
    await page.getByText('Assumptions', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(field(page, 'Single-primary write ceiling (writes/s)')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(field(page, 'Single-primary write ceiling (writes/s)')).toBeFocused();
  });
});

test.describe('migration diagnosis', () => {
  test('a symptom gives the cause, what to try first, the target and the pattern; Back restores the last one', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, DIAGNOSIS);
    const symptoms = page.getByRole('group', { name: 'Symptom' });
    await expect(page.getByRole('heading', { name: 'Migration pattern' })).toBeVisible();
    await symptoms.getByRole('radio', { name: 'Writes hit the single-primary ceiling (~10K writes/s)' }).check();
    await expect(page).toHaveURL(/symptom=write-ceiling/);
    await expect(page.getByText('Every write funnels through one primary, where concurrency, CPU per transaction, index maintenance and WAL volume set a ceiling.')).toBeVisible();
    const pattern = page.getByRole('group', { name: 'Migration pattern' });
    await expect(pattern.getByText('Dual write + backfill', { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'If that is not enough, migrate to' })).toContainText('PostgreSQL or Apache Cassandra or ScyllaDB');
    await expect(page.getByRole('heading', { name: 'Try first, before migrating' })).toBeVisible();

    await symptoms.getByRole('radio', { name: 'Full-text search outgrows PostgreSQL' }).check();
    await expect(pattern.getByText('Change data capture', { exact: true })).toBeVisible();
    await page.goBack();
    await expect(symptoms.getByRole('radio', { name: 'Writes hit the single-primary ceiling (~10K writes/s)' })).toBeChecked();
    await expect(pattern.getByText('Dual write + backfill', { exact: true })).toBeVisible();

    // A link with a symptom that does not exist shows the first one, with a notice.
    await open(page, `${DIAGNOSIS}?symptom=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveText(
      'Some values in this link could not be used, so the defaults are shown for: Symptom.',
    );
    await expect(symptoms.getByRole('radio', { checked: true })).toHaveAccessibleName('p99 latency over 500 ms on simple reads');
    expect(errors).toEqual([]);
  });
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  for (const path of [ADVISOR, `${ADVISOR}?consistency=eventual&dataModel=key-value&ttl=yes&peakReadsPerSecond=90000`, DIAGNOSIS, '/tools/']) {
    test(`${path} has no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      if (path === '/tools/') await page.goto(path);
      else await open(page, path);
      await openDisclosures(page);
      expect(await seriousViolationsInBothThemes(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const path of [ADVISOR, DIAGNOSIS]) {
    test(`${path} never scrolls sideways at 390 px`, async ({ page }) => {
      await open(page, path);
      await openDisclosures(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.mouse.wheel(400, 0);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
    });
  }
});

test('the advisor is linked from the tools page, and its code loads only where it is used', async ({ page }) => {
  const scripts: { page: string; body: string }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ page: page.url(), body: await response.text().catch(() => '') });
  });
  // A string only the advisor's catalog contains.
  const hasAdvisor = (body: string) => body.includes('PostgreSQL Licence (permissive, similar to BSD or MIT)');

  await page.goto('/tools/', { waitUntil: 'networkidle' });
  await page.goto('/tools/storage/', { waitUntil: 'networkidle' });
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => hasAdvisor(s.body)).map((s) => s.page)).toEqual([]);

  await page.goto('/tools/');
  await page.getByRole('link', { name: /^Database advisor/ }).click();
  await expect(page).toHaveURL(/\/tools\/advisor\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Database advisor');
  await expect(page.locator('[data-widget-ready="true"]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => hasAdvisor(s.body))).toBe(true);
});

test.describe('in the lessons', () => {
  test('the selection framework embeds the advisor on EventFlow growth, and it recommends with its trace', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/lessons/selection-framework/');
    await page.getByRole('heading', { name: 'Try the framework on a workload' }).scrollIntoViewIfNeeded();
    const advisor = page.getByRole('region', { name: 'Database advisor' });
    await expect(advisor.getByLabel('Worked example')).toHaveValue('eventflow-growth');
    await expect(advisor.getByRole('status').filter({ hasText: /^Recommended:/ })).toContainText('PostgreSQL');
    await expect(advisor.getByRole('list', { name: 'Path through the framework' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the migrations lesson runs the diagnosis and each EventFlow phase as an advisor preset', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/lessons/migrations/');
    const symptoms = page.getByRole('group', { name: 'Symptom' });
    await symptoms.scrollIntoViewIfNeeded();
    await expect(symptoms.getByRole('radio', { name: 'Writes hit the single-primary ceiling (~10K writes/s)' })).toBeChecked();
    await symptoms.getByRole('radio', { name: 'Full-text search outgrows PostgreSQL' }).check();
    await expect(page.getByRole('group', { name: 'Migration pattern' }).getByText('Change data capture', { exact: true })).toBeVisible();

    // Three advisors, one per phase, each with its own preset; the scale phase shards PostgreSQL.
    for (const heading of ['The MVP', 'Growth', 'Scale']) await page.getByRole('heading', { name: heading, exact: true }).scrollIntoViewIfNeeded();
    const advisors = page.getByRole('region', { name: 'Database advisor' });
    await expect(advisors).toHaveCount(3);
    await expect(advisors.nth(0).getByLabel('Worked example')).toHaveValue('eventflow-mvp');
    await expect(advisors.nth(1).getByLabel('Worked example')).toHaveValue('eventflow-growth');
    await expect(advisors.nth(2).getByLabel('Worked example')).toHaveValue('eventflow-scale');
    await expect(advisors.nth(2).getByRole('listitem').filter({ hasText: /^The projected 17,959 writes\/s is past the 10,000/ })).toBeVisible();
    await expect(advisors.nth(0).getByText(/shard the write-hot tables/)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
