import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, seriousViolationsInBothThemes } from './helpers';

const TOOL = '/tools/isolation-lab/';
const LESSON = '/lessons/transactions-and-acid/';

/** The lab on a page (a region named by its heading, "Isolation lab: <scenario>"). */
function labOf(page: Page, scenario?: string | RegExp): Locator {
  return page.getByRole('region', { name: scenario ?? /^Isolation lab/ }).first();
}

/** Waits until the lab has loaded (its code is fetched after the page; a busy machine can take a while). */
async function loaded(lab: Locator): Promise<Locator> {
  await expect(lab.getByLabel('Timeline')).toBeVisible({ timeout: 20_000 });
  return lab;
}

async function openTool(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${TOOL}${query}`);
  return loaded(labOf(page));
}

/** The current step's one-sentence explanation. */
function headline(lab: Locator): Locator {
  return lab.locator('.lab-headline');
}

async function forward(lab: Locator, times: number) {
  for (let i = 0; i < times; i++) await lab.getByRole('button', { name: 'Forward' }).click();
}

test('lost update: READ COMMITTED calls the anomaly out, REPEATABLE READ fails B with 40001 instead', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  await expect(lab.getByLabel('Scenario')).toHaveValue('lost-update');
  await expect(lab.getByRole('radio', { name: 'READ COMMITTED' })).toBeChecked();
  await expect(lab.getByText('Before the first step')).toBeVisible();

  await forward(lab, 8);
  await expect(lab.getByText('Anomaly: lost update')).toHaveCount(0);
  await forward(lab, 1);
  await expect(headline(lab)).toHaveText('observer reads value = 120.');
  await expect(lab.getByText('Anomaly: lost update')).toBeVisible();
  await expect(lab.getByText(/B wrote 120 over A’s committed 110/)).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Step 9 of 9. observer reads value = 120. Lost update.' })).toHaveCount(1);

  await lab.getByRole('radio', { name: 'REPEATABLE READ' }).check();
  await expect(headline(lab)).toHaveText('observer reads value = 110.');
  await expect(lab.getByText(/No lost update at REPEATABLE READ\. B’s UPDATE failed with 40001 at step 7/)).toBeVisible();
  await lab.getByLabel('Timeline').fill('7');
  await expect(headline(lab)).toHaveText('A commits xid 5; B resumes.');
  await expect(lab.locator('.lab-step').getByText('ERROR 40001')).toBeVisible();
  await expect(lab.getByText(/could not serialize access due to concurrent update/).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a blocked session is shown waiting, with the statement that releases it', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  await lab.getByLabel('Timeline').fill('6');
  await expect(headline(lab)).toHaveText('B’s UPDATE waits for A.');
  const waiting = lab.locator('.lab-waiting');
  await expect(waiting).toContainText('B is waiting (since step 6) for A’s transaction, xid 5.');
  await expect(waiting).toContainText('Released at step 7 by A: COMMIT');
  await expect(lab.getByRole('img', { name: /Sequence diagram of the run: steps 1 to 6 of 9/ })).toBeVisible();
  await expect(lab.locator('.lab-svg-wait')).toContainText('waits for A (xid 5)');
  await expect(lab.getByRole('cell', { name: /waiting for a lock/ })).toBeVisible();

  await waiting.getByRole('button', { name: 'Go to step 7' }).click();
  await expect(lab.getByLabel('Timeline')).toHaveValue('7');
  await expect(headline(lab)).toHaveText('A commits xid 5; B resumes.');
  await expect(lab.locator('.lab-waiting')).toHaveCount(0);
  await expect(lab.getByText(/re-checks the WHERE clause on it \(EvalPlanQual\)/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the timeline scrubs with the mouse and the keyboard, and the buttons step and reset', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  const timeline = lab.getByLabel('Timeline');
  await expect(timeline).toHaveAttribute('max', '9');
  await timeline.fill('3');
  await expect(lab.locator('output')).toHaveText('Step 3 of 9');
  await expect(headline(lab)).toHaveText('B starts a READ COMMITTED transaction.');
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(timeline).toHaveValue('4');
  await expect(timeline).toHaveAttribute('aria-valuetext', 'Step 4 of 9: B: SELECT value FROM counters WHERE id = 1');
  await page.keyboard.press('Home');
  await expect(timeline).toHaveValue('0');

  const forwardButton = lab.getByRole('button', { name: 'Forward' });
  await forwardButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(timeline).toHaveValue('2');
  await lab.getByRole('button', { name: 'Back' }).click();
  await expect(timeline).toHaveValue('1');
  await lab.getByRole('button', { name: 'Go to step 5' }).click();
  await expect(timeline).toHaveValue('5');
  await expect(lab.locator('tr[aria-current="step"]')).toContainText('UPDATE counters SET value = 110');
  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(timeline).toHaveValue('0');
  await expect(lab.getByRole('button', { name: 'Back' })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('play steps on its own, also with reduced motion, and pauses', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = await openTool(page, '?scenario=deadlock&level=read-committed&step=0');
  await lab.getByLabel('Speed').selectOption('4');
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab.getByLabel('Timeline')).not.toHaveValue('0');
  const latest = lab.locator('.lab-svg-latest').first();
  expect(await latest.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await expect(lab.getByLabel('Timeline')).toHaveValue('8');
  await expect(lab.getByRole('button', { name: 'Play' })).toBeVisible(); // stopped at the end
  await expect(lab.getByText('Anomaly: deadlock')).toBeVisible();
  await lab.getByRole('button', { name: 'Play' }).click(); // from the end: starts again
  await expect(lab.getByLabel('Timeline')).not.toHaveValue('8');
  await lab.getByRole('button', { name: 'Pause' }).click();
  const paused = await lab.getByLabel('Timeline').inputValue();
  await page.waitForTimeout(800);
  await expect(lab.getByLabel('Timeline')).toHaveValue(paused);
  expect(errors).toEqual([]);
});

test('invalid SQL shows an inline error with its line and column; the fixed script runs and is shared by URL', async ({ page, context }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  await lab.getByText('Edit the SQL, or write your own scenario').click();
  const script = lab.getByLabel('Script', { exact: true });
  await expect(script).toBeVisible();
  const original = await script.inputValue();
  expect(original.split('\n')[0]).toBe('setup: CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)');

  const broken = original.replace('B: UPDATE counters SET value = 120 WHERE id = 1', 'B: UPDATE counters SET value = 120 WEHRE id = 1');
  await script.fill(broken);
  const line = broken.split('\n').findIndex((l) => l.includes('WEHRE')) + 1;
  const column = broken.split('\n')[line - 1]!.indexOf('WEHRE') + 1;
  await expect(lab.getByText(`Line ${line}, column ${column}: syntax error at or near "WEHRE" (SQLSTATE 42601)`)).toBeVisible();
  await expect(lab.locator('.lab-caret')).toHaveText(`B: UPDATE counters SET value = 120 WEHRE id = 1\n${' '.repeat(column - 1)}^`);
  await expect(script).toHaveAttribute('aria-invalid', 'true');
  await lab.getByRole('button', { name: 'Run script' }).click();
  await expect(script).toBeFocused();
  await expect(lab.getByLabel('Scenario')).toHaveValue('lost-update'); // nothing changed

  await script.fill(original.replace('value = 120', 'value = 130'));
  await expect(lab.locator('.lab-problems')).toHaveCount(0);
  await expect(script).toHaveAttribute('aria-invalid', 'false');
  await lab.getByRole('button', { name: 'Run script' }).click();
  await expect(lab.getByLabel('Scenario')).toHaveValue('custom');
  await expect(labOf(page, 'Isolation lab: Your script')).toBeVisible();
  await lab.getByLabel('Timeline').fill('9');
  await expect(headline(lab)).toHaveText('observer reads value = 130.');
  await expect(page).toHaveURL(/scenario=custom&level=read-committed&step=9&script=/);

  // The link reopens the reader's own script at the same step.
  const shared = await context.newPage();
  const sharedErrors = collectErrors(shared);
  await shared.goto(page.url());
  const reopened = await loaded(labOf(shared, 'Isolation lab: Your script'));
  await expect(reopened.getByLabel('Timeline')).toHaveValue('9');
  await expect(headline(reopened)).toHaveText('observer reads value = 130.');
  await expect(reopened.getByLabel('Scenario')).toHaveValue('custom');
  expect(errors).toEqual([]);
  expect(sharedErrors).toEqual([]);
});

test('a shared link opens the same scenario, level and step', async ({ page, context }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  await lab.getByLabel('Scenario').selectOption('write-skew');
  await lab.getByRole('radio', { name: 'SERIALIZABLE' }).check();
  await forward(lab, 8);
  await expect(headline(lab)).toHaveText(/^B’s COMMIT fails: could not serialize access due to read\/write dependencies/);
  await expect(page).toHaveURL(/\?scenario=write-skew&level=serializable&step=8$/);

  const other = await context.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(page.url());
  const reopened = await loaded(labOf(other, 'Isolation lab: Write skew: doctors on call'));
  await expect(reopened.getByLabel('Scenario')).toHaveValue('write-skew');
  await expect(reopened.getByRole('radio', { name: 'SERIALIZABLE' })).toBeChecked();
  await expect(reopened.getByLabel('Timeline')).toHaveValue('8');
  await expect(headline(reopened)).toHaveText(/^B’s COMMIT fails: could not serialize access/);
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('a hostile link falls back to the defaults with a notice, and renders nothing it carries', async ({ page }) => {
  const errors = collectErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const hostile = new URLSearchParams({
    scenario: 'custom',
    script: "A: SELECT 1\n<img src=x onerror=alert(1)>: SELECT '<script>alert(2)</script>'",
    level: '"><svg onload=alert(3)>',
    step: '99999999',
  });
  const lab = await openTool(page, `?${hostile.toString()}`);
  await expect(lab.getByRole('status').filter({ hasText: 'Part of this link could not be used' })).toContainText(
    'the script (it is missing or has errors), the isolation level, the step',
  );
  await expect(lab.getByLabel('Scenario')).toHaveValue('lost-update');
  await expect(lab.getByRole('radio', { name: 'READ COMMITTED' })).toBeChecked();
  await expect(lab.getByLabel('Timeline')).toHaveValue('0');
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);

  await page.goto(`${TOOL}?scenario=lost-update&step=42`);
  await loaded(labOf(page));
  await expect(labOf(page).locator('p[role="status"]')).toHaveText('The step in this link is past the end of the run, so the lab starts at the beginning.');

  // Text that looks like HTML in a valid script stays text.
  const script = "A: SELECT '<b>bold</b><script>alert(4)</script>'";
  await page.goto(`${TOOL}?${new URLSearchParams({ scenario: 'custom', script, step: '1', level: 'read-committed' }).toString()}`);
  await loaded(labOf(page));
  await expect(headline(labOf(page))).toHaveText("A reads ?column? = '<b>bold</b><script>alert(4)</script>'.");
  expect(await page.locator('.lab b').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('the lesson ships no lab code until the lab nears the viewport, then loads it', async ({ page }) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  const hasLab = () => scripts.some((body) => body.includes('lab-svg-lifeline'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(hasLab()).toBe(false);
  await expect(page.locator('#lab-lost-update').getByText('Isolation lab')).toBeVisible();

  await page.locator('#lab-lost-update').scrollIntoViewIfNeeded();
  const lab = await loaded(labOf(page, 'Isolation lab: Lost update by read-modify-write'));
  await expect.poll(hasLab).toBe(true);
  await lab.getByRole('button', { name: 'Forward' }).click();
  await expect(page).toHaveURL(/lost-update\.scenario=lost-update&lost-update\.level=read-committed&lost-update\.step=1/);
  expect(errors).toEqual([]);
});

test('a link to a lesson’s lab loads that lab at once, in the shared state', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${LESSON}?write-skew.scenario=write-skew&write-skew.level=repeatable-read&write-skew.step=9#lab-write-skew`);
  const lab = await loaded(labOf(page, 'Isolation lab: Write skew: doctors on call'));
  await expect(lab.getByLabel('Timeline')).toHaveValue('9');
  await expect(lab.getByText('Anomaly: write skew')).toBeVisible();
  await expect(lab.getByRole('radio', { name: 'REPEATABLE READ' })).toBeChecked();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the lesson says the lab needs JavaScript and still shows the generated level table', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.locator('#lab-lost-update').getByText('The lab needs JavaScript')).toBeVisible();
    const matrix = page.locator('.isolation-matrix');
    await expect(matrix.getByRole('rowheader', { name: 'REPEATABLE READ', exact: true })).toBeVisible();
    await expect(matrix.getByRole('link', { name: /^Prevented: 40001 — open lost update at REPEATABLE READ in the isolation lab$/ })).toHaveAttribute(
      'href',
      '/tools/isolation-lab/?scenario=lost-update&level=repeatable-read&step=9',
    );
  });
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  test(`the lab page has no serious accessibility violations`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openTool(page, '?scenario=lost-update&level=repeatable-read&step=7');
    await expect(headline(lab)).toHaveText('A commits xid 5; B resumes.');
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    await lab.getByText('Edit the SQL, or write your own scenario').click();
    await lab.getByLabel('Script', { exact: true }).fill('A: SELEC 1\nB SELECT 1');
    await expect(lab.locator('.lab-problem')).toHaveCount(2);
    await lab.getByRole('radio', { name: 'READ UNCOMMITTED' }).check();
    await lab.getByLabel('Timeline').fill('6');
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`the ACID lesson with its labs loaded has no serious accessibility violations`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(LESSON);
    for (const [id, name] of [
      ['#lab-lost-update', 'Isolation lab: Lost update by read-modify-write'],
      ['#lab-write-skew', 'Isolation lab: Write skew: doctors on call'],
    ] as const) {
      await page.locator(id).scrollIntoViewIfNeeded();
      await loaded(labOf(page, name));
    }
    await labOf(page, 'Isolation lab: Write skew: doctors on call').getByLabel('Timeline').fill('9');
    // The labs themselves; the crawl (site.spec) checks the whole lesson in both themes.
    expect(await seriousViolationsInBothThemes(page, { within: '.lesson-island' })).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [path, name] of [
    [`${TOOL}?scenario=read-only-anomaly&level=serializable&step=12`, 'Isolation lab: Read-only serialization anomaly (batch receipts)'],
    [LESSON, 'Isolation lab: Write skew: doctors on call'],
  ] as const) {
    test(`${path.split('?')[0]} never scrolls sideways, the diagram scrolls in its own box`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(path);
      if (path === LESSON) await page.locator('#lab-write-skew').scrollIntoViewIfNeeded();
      const lab = await loaded(labOf(page, name));
      // Keyboard, not a click: the lesson's off-screen diagrams settle their size while the page scrolls.
      // The lesson's lab starts before its first step, when there is no diagram yet: one step draws it.
      if (path === LESSON) {
        await lab.getByRole('button', { name: 'Forward' }).focus();
        await page.keyboard.press('Enter');
      }
      await lab.getByText('Edit the SQL, or write your own scenario').focus();
      await page.keyboard.press('Enter');
      await expect(lab.getByLabel('Script', { exact: true })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = lab.getByRole('region', { name: 'Sequence diagram (scrolls sideways)' });
      const { scroll, client, style } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, style: getComputedStyle(el).overflowX }));
      expect(style).toBe('auto');
      expect(scroll).toBeGreaterThan(client);
      expect(errors).toEqual([]);
    });
  }
});

test('scenario text shows its code as code, not as backticks', async ({ page }) => {
  const errors = collectErrors(page);
  for (const [scenario, code] of [
    ['lost-update-atomic', 'SET value = value + n'],
    ['oversell-guard', 'sold < capacity'],
  ] as const) {
    const lab = await openTool(page, `?scenario=${scenario}`);
    const description = lab.locator('.lab-description');
    await expect(description.locator('code')).toHaveText(code);
    await expect(description).not.toContainText('`');
    await expect(lab.locator('.lab-headline')).not.toContainText('`');
  }
  expect(errors).toEqual([]);
});

test('before the first step the snapshots are described in words and the diagram says how to start', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  const sessions = lab.locator('.lab-sessions');
  await expect(sessions.locator('li').first()).toContainText(
    'no snapshot yet; its next statement would take one: xmin 5, xmax 5, none in progress (PostgreSQL writes this as 5:5:)',
  );
  await expect(sessions).not.toContainText('would take 5:5:');
  await expect(lab.getByText('Step through the run to draw it here')).toBeVisible();
  await expect(lab.getByRole('img', { name: /Sequence diagram of the run/ })).toHaveCount(0);

  await forward(lab, 2);
  await expect(lab.getByText('Step through the run to draw it here')).toHaveCount(0);
  await expect(lab.getByRole('img', { name: /Sequence diagram of the run: steps 1 to 2 of 9/ })).toBeVisible();
  // At READ COMMITTED a session holds no snapshot between statements: its next one takes a fresh one.
  await expect(sessions.locator('li').first()).toContainText('its next statement would take one: xmin');
  expect(errors).toEqual([]);
});

test('Back undoes a step, a drag of the timeline and a change of level; Forward redoes them', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  const timeline = lab.getByLabel('Timeline');
  await forward(lab, 2);
  await expect(timeline).toHaveValue('2');
  await expect(page).toHaveURL(/step=2/);

  await page.goBack();
  await expect(timeline).toHaveValue('1');
  await expect(headline(lab)).toHaveText('A starts a READ COMMITTED transaction.');
  await page.goBack();
  await expect(timeline).toHaveValue('0');
  await expect(lab.getByText('Before the first step')).toBeVisible();
  await expect(page).toHaveURL(/\/tools\/isolation-lab\/$/);
  await page.goForward();
  await expect(timeline).toHaveValue('1');

  // A run of arrow keys on the timeline is one move, and one entry.
  await timeline.focus();
  for (let i = 0; i < 4; i++) await timeline.press('ArrowRight');
  await expect(timeline).toHaveValue('5');
  await lab.getByRole('radio', { name: 'REPEATABLE READ' }).check();
  await expect(page).toHaveURL(/level=repeatable-read/);
  await page.goBack();
  await expect(lab.getByRole('radio', { name: 'READ COMMITTED' })).toBeChecked();
  await expect(timeline).toHaveValue('5');
  await page.goBack();
  await expect(timeline).toHaveValue('1');

  // A new step after Back starts a new entry rather than rewriting the one returned to.
  await forward(lab, 1);
  await expect(timeline).toHaveValue('2');
  await page.goBack();
  await expect(timeline).toHaveValue('1');

  // A drag with the mouse, paused half-way with the button still down, is one entry too.
  const box = (await timeline.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.12, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.waitForTimeout(600);
  await page.mouse.move(box.x + box.width - 2, y, { steps: 8 });
  await page.mouse.up();
  await expect(timeline).toHaveValue('9');
  await page.goBack();
  await expect(timeline).toHaveValue('1');
  expect(errors).toEqual([]);
});

test('Back after choosing another scenario brings the first one back, with its script', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page);
  await lab.getByLabel('Scenario').selectOption('oversell-guard');
  await expect(lab.locator('.lab-description code')).toHaveText('sold < capacity');
  await page.goBack();
  await expect(lab.getByLabel('Scenario')).toHaveValue('lost-update');
  await expect(lab.locator('.lab-description')).toContainText('add to it in application code');
  expect(errors).toEqual([]);
});

test('the tools page links to the isolation lab', async ({ page }) => {
  await page.goto('/tools/');
  await page.getByRole('link', { name: /^Isolation lab/ }).click();
  await expect(page).toHaveURL(/\/tools\/isolation-lab\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the engine picker compares PostgreSQL with InnoDB and keeps the choice in the link', async ({ page }) => {
  const errors = collectErrors(page);
  const lab = await openTool(page, '?scenario=lost-update&level=repeatable-read');
  await expect(lab.getByLabel('Engine')).toHaveValue('postgresql');
  await lab.getByLabel('Engine').selectOption('compare');
  const comparison = lab.getByRole('region', { name: 'PostgreSQL and InnoDB compared' });
  await expect(comparison.getByText(/steps? differs? between PostgreSQL and InnoDB/)).toBeVisible();
  await expect(comparison.locator('li[data-differs="true"]').first()).toContainText('differs');
  await expect(comparison.getByText(/PostgreSQL waits for a lock, then fails with SQLSTATE 40001/)).toBeVisible();
  await expect(page).toHaveURL(/engine=compare/);
  await page.reload();
  const reopened = await loaded(labOf(page));
  await expect(reopened.getByLabel('Engine')).toHaveValue('compare');
  expect(errors).toEqual([]);
});
