import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

/** A drawn chart: recharts' main surface (its legend icons are small surfaces of their own). */
const CHART = '.recharts-wrapper > svg.recharts-surface';

/** Opens a calculator page and waits until its charts have drawn, which also means React has hydrated it. */
async function openTool(page: Page, path: string) {
  await page.goto(path);
  const figures = page.locator('figure');
  // Charts draw as they near the viewport, as a reader scrolls to them; once drawn they stay.
  for (const figure of [figures.first(), figures.last()]) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(CHART)).toBeVisible();
  }
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test.describe('storage calculator', () => {
  test('changing an input moves the numbers, the formula and the charts', async ({ page }) => {
    const errors = collectErrors(page);
    await openTool(page, '/tools/storage/');
    await expect(page.getByText('Raw data: 250 B × 200,000,000 records/day × 1,825 days = 91.25 TB (82.99 TiB)')).toBeVisible();
    await expect(page.getByText('153.45 PB', { exact: true }).first()).toBeVisible();
    const growth = page.getByRole('figure', { name: 'Growth over the retention period' });
    await expect(growth.locator(CHART).getByText('Years since the first record')).toBeVisible();

    await field(page, 'Retention (days)').fill('365');
    // 250 B × 2e8 × 365 = 1.825e13 B; blobs 2e8 × 20% × 2 MiB × 365 = 3.06e16 B; total 30.69 PB
    await expect(page.getByText('Raw data: 250 B × 200,000,000 records/day × 365 days = 18.25 TB (16.60 TiB)')).toBeVisible();
    await expect(page.getByText('30.69 PB', { exact: true }).first()).toBeVisible();
    await expect(growth.locator(CHART).getByText('Months since the first record')).toBeVisible();
    await expect(growth.getByText(/from 0 B to 30\.69 PB over 365 days/)).toBeVisible();
    await expect(page).toHaveURL(/[?&]retentionDays=365(&|$)/);

    // Decimal and binary side by side, always labelled.
    const table = page.getByRole('table', { name: 'Storage after 365 days of retention' });
    await expect(table.getByRole('row', { name: /Raw data \(one copy\) 18\.25 TB 16\.60 TiB/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('bad input shows a message beside the field and keeps the last result', async ({ page }) => {
    const errors = collectErrors(page);
    await openTool(page, '/tools/storage/');
    const size = field(page, 'Record size (B)');
    const formula = page.getByText('Raw data: 250 B × 200,000,000 records/day × 1,825 days = 91.25 TB (82.99 TiB)');
    for (const [text, message] of [
      ['', 'Enter a number.'],
      ['lots', 'Enter a number using digits, e.g. 1,500 or 2.5.'],
      ['-5', 'Must not be negative.'],
      ['1e30', 'Must be at most 1,000,000,000,000 B.'],
    ] as const) {
      await size.fill(text);
      await expect(size).toHaveAttribute('aria-invalid', 'true');
      await expect(size).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}`));
      await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expect(formula).toBeVisible();
      await expect(page.getByText('One field needs fixing; the result below is for the last valid values.')).toBeVisible();
      await expect(page.getByRole('figure', { name: 'Where the bytes go' }).locator(CHART)).toBeVisible();
    }
    await size.fill('500');
    await expect(size).not.toHaveAttribute('aria-invalid');
    await expect(page.getByText('Raw data: 500 B × 200,000,000 records/day × 1,825 days = 182.50 TB (165.98 TiB)')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a shared link reopens the same calculation', async ({ page }) => {
    await openTool(page, '/tools/storage/?bytesPerRecord=500&retentionDays=730&blobFraction=0');
    await expect(field(page, 'Record size (B)')).toHaveValue('500');
    await expect(field(page, 'Retention (days)')).toHaveValue('730');
    await expect(field(page, 'Records with a blob (%)')).toHaveValue('0');
    // 500 × 2e8 × 730 = 7.3e13 B = 73 TB; × 3 × 1.3 = 284.70 TB, no blobs
    await expect(page.getByText('Raw data: 500 B × 200,000,000 records/day × 730 days = 73.00 TB (66.39 TiB)')).toBeVisible();
    await expect(page.getByText('284.70 TB', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Worked example' })).toHaveValue('');

    // A preset's link selects the preset again.
    await openTool(page, '/tools/storage/?bytesPerRecord=239&recordsPerDay=100000000&blobFraction=0&blobSizeBytes=0');
    await expect(page.getByRole('combobox', { name: 'Worked example' })).toHaveValue('url-shortener');
  });

  test('a hostile or malformed link falls back to the defaults with a notice, and renders no markup', async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    await openTool(page, `/tools/storage/?bytesPerRecord=${hostile}&retentionDays=1e30&recordsPerDay=1000`);
    await expect(page.getByRole('status').filter({ hasText: 'Some values in this link could not be used' })).toHaveText(
      'Some values in this link could not be used, so the defaults are shown for: Record size, Retention.',
    );
    await expect(field(page, 'Record size (B)')).toHaveValue('250');
    await expect(field(page, 'Retention (days)')).toHaveValue('1,825');
    await expect(field(page, 'New records per day (records/day)')).toHaveValue('1,000');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByText('onerror')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  test('Back restores the previous values after a preset and after typing', async ({ page }) => {
    await openTool(page, '/tools/storage/');
    const preset = page.getByRole('combobox', { name: 'Worked example' });
    await preset.selectOption({ label: 'URL shortener' });
    await expect(field(page, 'Record size (B)')).toHaveValue('239');
    await expect(page).toHaveURL(/bytesPerRecord=239/);

    const retention = field(page, 'Retention (days)');
    await retention.fill('30');
    await retention.blur();
    await expect(page).toHaveURL(/retentionDays=30(&|$)/);
    await retention.fill('90');
    await retention.blur();
    await expect(page).toHaveURL(/retentionDays=90(&|$)/);

    await page.goBack();
    await expect(retention).toHaveValue('30');
    await page.goBack();
    await expect(retention).toHaveValue('1,825');
    await expect(preset).toHaveValue('url-shortener');
    await page.goBack();
    await expect(preset).toHaveValue('twitter-feed');
    await expect(field(page, 'Record size (B)')).toHaveValue('250');
    await page.goForward();
    await expect(field(page, 'Record size (B)')).toHaveValue('239');
  });

  test('copies the result table as Markdown and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTool(page, '/tools/storage/');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied the table as Markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('**Storage after 1,825 days of retention**');
    expect(copied).toContain('| Layer | Decimal | Binary |');
    expect(copied).toContain('| Raw data (one copy) | 91.25 TB | 82.99 TiB |');
  });

  test('without a clipboard, offers the Markdown to copy by hand', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await openTool(page, '/tools/storage/');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'did not allow' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'The result table as Markdown' })).toHaveValue(/\| Total \| 153\.45 PB \| 136\.29 PiB \|/);
  });

  test('a key typed just before a preset is chosen neither sticks in the field nor is lost while typing', async ({ page }) => {
    await openTool(page, '/tools/storage/');
    const record = field(page, 'Record size (B)');
    // The field shows each key at once and hands the text to the calculator a frame later.
    await record.click();
    await page.keyboard.press('End');
    await page.keyboard.type('99', { delay: 0 });
    await expect(record).toHaveValue('25099');
    await page.getByRole('combobox', { name: 'Worked example' }).selectOption({ label: 'URL shortener' });
    await expect(record).toHaveValue('239');
    await expect(page.getByText(/^Raw data: 239 B ×/)).toBeVisible();
    await record.fill('512');
    await expect(page.getByText(/^Raw data: 512 B ×/)).toBeVisible();
  });

  test('a preset chosen while a typed key is still on its way to the calculator wins over that key', async ({ page }) => {
    await openTool(page, '/tools/storage/');
    const record = field(page, 'Record size (B)');
    // A key and a preset in the same task: the field hands its text over only after the next frame, so the preset
    // arrives first.
    await page.evaluate(() => {
      const setValue = (element: HTMLInputElement | HTMLSelectElement, value: string) =>
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!.call(element, value);
      const input = [...document.querySelectorAll('input')].find((i) => i.labels?.[0]?.textContent?.startsWith('Record size'))!;
      setValue(input, '777');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent?.includes('Worked example'))!;
      setValue(select, [...select.options].find((option) => option.text === 'URL shortener')!.value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(record).toHaveValue('239');
    await expect(page.getByText(/^Raw data: 239 B ×/)).toBeVisible();
    // Longer than the field waits before handing a key over: the dropped key must not come back.
    await page.waitForTimeout(300);
    await expect(record).toHaveValue('239');
    await expect(page.getByText(/^Raw data: 239 B ×/)).toBeVisible();
  });

  test('a number typed before the page is interactive is the one the calculator uses', async ({ page }) => {
    // Hold the page's code back so the reader types into the server-rendered field first.
    await page.route('**/_next/static/chunks/**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto('/tools/storage/', { waitUntil: 'domcontentloaded' });
    const record = field(page, 'Record size (B)');
    await record.click();
    await record.press('End');
    await page.keyboard.type('9');
    await expect(record).toHaveValue('2509');
    await expect(page.getByText(/^Raw data: 2,509 B ×/)).toBeVisible({ timeout: 15_000 });
    await expect(record).toHaveValue('2509');
  });

  test('is operable with the keyboard alone', async ({ page }) => {
    await openTool(page, '/tools/storage/');
    await page.getByRole('combobox', { name: 'Worked example' }).focus();
    await page.keyboard.press('Tab'); // the "Where these numbers come from" disclosure
    await page.keyboard.press('Tab');
    await expect(field(page, 'Record size (B)')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1000');
    await expect(page.getByText(/^Raw data: 1,000 B ×/)).toBeVisible();
  });
});

test.describe('other calculators', () => {
  test('throughput: users and activity become operations per second', async ({ page }) => {
    const errors = collectErrors(page);
    await openTool(page, '/tools/throughput/');
    await expect(page.getByText('2,314.8 writes/s', { exact: true }).first()).toBeVisible();
    await field(page, 'Peak ÷ average (×)').fill('3');
    // 2,314.8 × 3 = 6,944.4 writes/s
    await expect(page.getByText('6,944.4 writes/s', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Peak writes are 69.4% of the 10,000 writes/s planning ceiling for one relational primary.')).toBeVisible();
    await field(page, 'Daily active users (users)').fill('many');
    await expect(page.getByText('Enter a number using digits, e.g. 1,500 or 2.5.')).toBeVisible();
    await expect(page.getByText('6,944.4 writes/s', { exact: true }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('write ceiling: headroom and months until the ceiling', async ({ page }) => {
    const errors = collectErrors(page);
    await openTool(page, '/tools/write-ceiling/');
    await expect(page.getByText('Already over', { exact: true }).first()).toBeVisible();
    await field(page, 'Peak writes today (writes/s)').fill('5000');
    // ln(10,000 ÷ 5,000) ÷ ln(1.05) = 14.2 months
    await expect(page.getByText('14.2 months', { exact: true })).toBeVisible();
    await expect(page.getByText("This ceiling is inside the course's planning range for one PostgreSQL primary (5,000–50,000 writes/s).")).toBeVisible();
    await field(page, 'Write ceiling (writes/s)').fill('60000');
    await expect(
      page.getByText("This ceiling is above the course's planning range for one PostgreSQL primary (5,000–50,000 writes/s): measure it with pgbench before relying on it."),
    ).toBeVisible();
    await field(page, 'Growth per month (%)').fill('150');
    await expect(page.getByText('Must be at most 100%.')).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Peak writes as they grow' }).locator(CHART)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('connection pool: a pooler in transaction mode and Back to the previous mode', async ({ page }) => {
    const errors = collectErrors(page);
    await openTool(page, '/tools/connection-pool/');
    await expect(page.getByText('Transaction mode: 50 connections × 10 MB = 500.00 MB (476.84 MiB)')).toBeVisible();
    await page.getByRole('radio', { name: 'Session mode' }).check();
    await expect(page.getByText('With every client connected at once, 9,950 of them wait for a free server connection.')).toBeVisible();
    await expect(page).toHaveURL(/poolMode=session/);
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Transaction mode' })).toBeChecked();
    await field(page, 'Pool size (connections)').fill('12.5');
    await expect(page.getByText('Must be a whole number.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('TCO: the break-even moves with the engineer rate and the editable table', async ({ page }) => {
    const errors = collectErrors(page);
    await openTool(page, '/tools/tco/');
    // RDS at mid: (771 + 2,314) ÷ 2 = 1,542.50 + 3 h × $200 = 2,142.50; (2,142.50 − 1,330 for Cassandra) ÷ 200 = 4.06 h
    await expect(page.getByText('4.1 h a month', { exact: true })).toBeVisible();
    await field(page, 'Engineer cost (USD/h)').fill('100');
    // 1,542.50 + 3 h × $100 = 1,842.50; (1,842.50 − 1,330) ÷ 100 = 5.125 h, shown as 5.1 h
    await expect(page.getByText('5.1 h a month', { exact: true })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Where self-hosting stops being cheaper' }).getByText(/the lines cross at 5\.1 h\./)).toBeVisible();

    await page.getByText('Edit the options table: prices and ops hours').click();
    const cassandra = page.getByRole('group', { name: /^Cassandra self-hosted/ });
    await cassandra.getByRole('textbox', { name: 'Infrastructure, low (USD/month)' }).fill('2000');
    await expect(cassandra.getByText('The low end must not be above the high end.')).toBeVisible();
    await expect(page.getByText('5.1 h a month', { exact: true })).toBeVisible();
    await cassandra.getByRole('textbox', { name: 'Infrastructure, high (USD/month)' }).fill('2000');
    await expect(page.getByText('None', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/cassandra-self-hosted\.infraLow=2000/);
    expect(errors).toEqual([]);
  });
});
