import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, seriousViolationsInBothThemes } from './helpers';

const TOOL = '/tools/quorum-simulator/';
const LESSON = '/lessons/leaderless-replication/';

/** Opens a page and waits for the quorum simulator (scrolling to it on the lesson, where it loads near the viewport). */
async function openSimulator(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  if (path.startsWith('/lessons/')) await page.locator('.viz-island').first().scrollIntoViewIfNeeded();
  const sim = page.getByRole('region', { name: 'Quorum simulator', exact: true });
  await expect(sim).toBeVisible({ timeout: 20_000 });
  return sim;
}

const stat = (sim: Locator, label: string) => sim.locator('.viz-stat').filter({ has: sim.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('.viz-stat-value');
const caption = (sim: Locator) => sim.locator('.viz-caption');
const field = (sim: Locator, letter: 'N' | 'R' | 'W') => sim.getByRole('spinbutton', { name: new RegExp(`^${letter},`) });

test.describe('Quorum simulator', () => {
  test('R + W ≤ N reads stale; raising R makes the same steps fresh, and a bad R is explained beside the field', async ({ page }) => {
    const errors = collectErrors(page);
    const sim = await openSimulator(page, TOOL);
    await expect(sim.getByRole('combobox', { name: 'Scenario' })).toHaveValue('stale-read');
    await expect(caption(sim)).toContainText('Step 5: C asks C (R = 1): C has v1. It returns v1');
    await expect(caption(sim)).toContainText('stale');
    await expect(stat(sim, 'Stale reads')).toHaveText('1');

    await field(sim, 'R').fill('2');
    await expect(page).toHaveURL(/[?&]r=2(&|$)/);
    await expect(caption(sim)).toContainText('C asks C and A (R = 2)');
    await expect(caption(sim)).toContainText('fresh');
    await expect(stat(sim, 'Stale reads')).toHaveText('0');

    await field(sim, 'R').fill('9');
    await expect(sim.getByRole('alert')).toHaveText('R must be a whole number from 1 to N (3).');
    await expect(field(sim, 'R')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/[?&]r=2(&|$)/);
    await expect(stat(sim, 'Stale reads')).toHaveText('0');
    await field(sim, 'R').fill('');
    await expect(sim.getByRole('alert')).toBeVisible();
    await expect(sim).not.toContainText('NaN');

    // Back undoes the change of R.
    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]r=/);
    await expect(field(sim, 'R')).toHaveValue('1');
    await expect(stat(sim, 'Stale reads')).toHaveText('1');
    expect(errors).toEqual([]);
  });

  test('building a scenario with the buttons, stepping through it, and Back removing the last action', async ({ page }) => {
    const errors = collectErrors(page);
    const sim = await openSimulator(page, TOOL);
    await sim.getByRole('button', { name: 'Remove every step' }).click();
    await expect(caption(sim)).toContainText('Before the first step');
    await sim.getByRole('button', { name: 'Write a new version' }).click();
    await expect(caption(sim)).toContainText('A coordinates write v1');
    await sim.getByRole('button', { name: 'Cut C off' }).click();
    await sim.getByRole('button', { name: 'Write a new version' }).click();
    await expect(caption(sim)).toContainText('A and B acknowledge');
    await expect(caption(sim)).toContainText('C never answers');
    await sim.getByRole('button', { name: 'Reconnect C' }).click();
    await sim.getByRole('combobox', { name: 'Coordinator' }).selectOption('2');
    await sim.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(caption(sim)).toContainText('stale');
    // These are the default scenario's steps, so the address is clean again and the picker names them.
    await expect(sim.getByRole('combobox', { name: 'Scenario' })).toHaveValue('stale-read');
    await expect(page).not.toHaveURL(/ops=/);

    // The step controls walk back through the same steps, and the node cards follow.
    await sim.getByRole('button', { name: 'Back' }).click();
    await expect(caption(sim)).toContainText('Step 4: The partition heals');
    await sim.getByRole('button', { name: 'Back' }).click();
    await expect(caption(sim)).toContainText('Step 3:');
    const nodes = sim.getByRole('list', { name: 'Nodes at this step' });
    await expect(nodes.getByRole('listitem').nth(2)).toContainText('cut off');
    await expect(nodes.getByRole('listitem').nth(2)).toContainText('no answer');
    await sim.getByRole('button', { name: 'Next' }).click();
    await expect(caption(sim)).toContainText('Step 4:');

    // The browser's Back removes the last action.
    await page.goBack();
    await expect(page).toHaveURL(/ops=wA\.cC\.wA\.jC(&|$)/);
    await expect(stat(sim, 'Stale reads')).toHaveText('0');
    expect(errors).toEqual([]);
  });

  test('too few replicas up: writes and reads are refused, and a sloppy quorum keeps writing through stand-ins', async ({ page }) => {
    const errors = collectErrors(page);
    const sim = await openSimulator(page, TOOL);
    await sim.getByRole('combobox', { name: 'Scenario' }).selectOption('unavailable');
    await expect(stat(sim, 'Requests refused or timed out')).toHaveText('2');
    await sim.getByRole('slider', { name: 'Timeline' }).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(caption(sim)).toContainText('A refuses write v2 at once: only 1 node it may write to is up, and W = 2');

    await sim.getByRole('combobox', { name: 'Scenario' }).selectOption('sloppy-hints');
    await expect(stat(sim, 'Requests refused or timed out')).toHaveText('0');
    await expect(stat(sim, 'Replicas repaired')).toHaveText('2');
    await expect(sim.getByText('2 by hints, 0 by read repair, 0 by anti-entropy')).toBeVisible();
    const history = sim.locator('details', { hasText: 'Every step' });
    await history.locator('summary').click();
    await history.getByRole('button', { name: /D stands in for B/ }).click();
    await expect(caption(sim)).toContainText('D stands in for B and keeps v2 as a hint for it');
    await expect(sim.getByRole('list', { name: 'Nodes at this step' }).getByRole('listitem').nth(3)).toContainText('Hints: v2 for B');
    expect(errors).toEqual([]);
  });

  test('read repair fixes the stale replica, and a fast clock loses an acknowledged write', async ({ page }) => {
    const sim = await openSimulator(page, `${TOOL}?r=2&w=2&rr=on&ops=wA.cC.wA.jC.rB.rC`);
    await expect(sim.getByRole('combobox', { name: 'Scenario' })).toHaveValue('read-repair');
    await expect(stat(sim, 'Replicas repaired')).toHaveText('1');
    await sim.getByRole('button', { name: 'Back' }).click();
    await expect(caption(sim)).toContainText('Read repair writes v2 back to C, which had v1.');
    await sim.getByLabel('Read repair').uncheck();
    await expect(stat(sim, 'Replicas repaired')).toHaveText('0');
    await expect(page).not.toHaveURL(/rr=on/);

    await sim.getByRole('combobox', { name: 'Scenario' }).selectOption('clock-skew');
    await expect(stat(sim, 'Writes lost to clocks')).toHaveText('1');
    await expect(caption(sim)).toContainText('A skewed clock has lost an acknowledged write');
    await sim.locator('details', { hasText: 'Clocks' }).locator('summary').click();
    const clock = sim.getByRole('slider', { name: /^A’s clock/ });
    await clock.focus();
    for (let i = 0; i < 8; i++) await clock.press('ArrowLeft');
    await expect(clock).toHaveValue('500');
    await expect(stat(sim, 'Writes lost to clocks')).toHaveText('0');
  });

  test('a shared link restores the scenario, and a bad one falls back with a notice', async ({ page }) => {
    let sim = await openSimulator(page, `${TOOL}?n=5&r=3&w=3&ops=fD.fE.wA.rB`);
    await expect(field(sim, 'N')).toHaveValue('5');
    await expect(sim.getByText('R + W = 6 > N = 5')).toBeVisible();
    await expect(caption(sim)).toContainText('fresh');
    await expect(sim.getByRole('button', { name: 'Recover D' })).toBeVisible();

    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    sim = await openSimulator(page, `${TOOL}?n=%3Cscript%3Ealert(1)%3C/script%3E&mode=lazy&ops=uA.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    const notice = sim.locator('p[role="status"]');
    await expect(notice).toContainText('Part of this link could not be used');
    await expect(notice).toContainText('N (3 to 7)');
    await expect(notice).toContainText('the quorum mode');
    await expect(notice).toContainText('the steps');
    await expect(notice).not.toContainText('script');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(field(sim, 'N')).toHaveValue('3');
    expect(dialogs).toBe(0);
  });

  test('the lesson embeds the simulator after its quorum section', async ({ page }) => {
    const sim = await openSimulator(page, LESSON);
    await expect(page.getByRole('heading', { name: 'Try it: quorums, failures and repair' })).toBeVisible();
    await expect(sim.getByRole('combobox', { name: 'Scenario' })).toHaveValue('stale-read');
  });
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  for (const path of [TOOL, `${TOOL}?mode=sloppy&ops=wA.fB.fC.wA`, LESSON]) {
    test(`${path} has no console errors and no serious accessibility violations`, async ({ page }) => {
      const errors = collectErrors(page);
      const sim = await openSimulator(page, path);
      for (const summary of await sim.locator('details > summary').all()) await summary.click();
      expect(await seriousViolationsInBothThemes(page, { within: path === LESSON ? '.viz-island' : undefined })).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [TOOL, LESSON]) {
    test(`${path} never scrolls sideways at 390 px, and works by touch`, async ({ page }) => {
      const sim = await openSimulator(page, path);
      await sim.getByRole('button', { name: 'Crash B' }).tap();
      await expect(caption(sim)).toContainText('B crashes');
      await sim.getByRole('button', { name: 'Back' }).tap();
      await expect(sim.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled', 'true');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('each action jumps to its result, and the steps are still there', async ({ page }) => {
    const sim = await openSimulator(page, TOOL);
    await expect(sim.getByText('Reduced motion is on')).toBeVisible();
    await sim.getByRole('combobox', { name: 'Scenario' }).selectOption('sloppy-hints');
    await expect(sim.locator('.viz-position')).toHaveText('8 / 8');
    await sim.getByRole('button', { name: 'Back' }).click();
    await expect(caption(sim)).toContainText('Step 6: C restarts');
  });
});
