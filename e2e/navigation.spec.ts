import { expect, test } from '@playwright/test';
import { course, lessons } from './helpers';

test('previous/next links walk the course in manifest order', async ({ page }) => {
  await page.goto(`/lessons/${lessons[0]!.slug}/`);
  for (const lesson of lessons.slice(1)) {
    await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  }
  for (const lesson of lessons.slice(0, -1).reverse()) {
    await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Previous/ }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}/$`));
  }
});

test('the sidebar lists every module and lesson, navigates, and marks the current lesson', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Course', exact: true });
  for (const module of course.modules) await expect(sidebar.getByText(module.title, { exact: true })).toBeVisible();
  for (const lesson of lessons) {
    await sidebar.getByRole('link', { name: lesson.title }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}/$`));
    await expect(sidebar.getByRole('link', { name: lesson.title })).toHaveAttribute('aria-current', 'page');
  }
});

test('opening a lesson fetches no other page: the sidebar and header links load their page when used', async ({ page }) => {
  const payloads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('_rsc=')) payloads.push(request.url());
  });
  await page.goto(`/lessons/${lessons[1]!.slug}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  expect(payloads).toEqual([]);
  const sidebar = page.getByRole('navigation', { name: 'Course', exact: true });
  await sidebar.getByRole('link', { name: lessons[2]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[2]!.title);
  expect(payloads.length).toBeGreaterThan(0);
});

test('the home page presents every module and starts the course at lesson 1', async ({ page }) => {
  await page.goto('/');
  for (const module of course.modules) await expect(page.getByRole('heading', { name: module.title })).toBeVisible();
  await page.getByRole('link', { name: /Start with lesson 1/ }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessons[0]!.slug}/$`));
});

test.describe('theme', () => {
  test('follows the system setting when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/dark/);
  });

  test('the toggle switches theme and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/lessons/${lessons[0]!.slug}/`);
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.reload();
    await expect(page.locator('html')).not.toHaveClass(/dark/);
  });

  // A colour that eases over 0.25 s while the text colour flips at once leaves light text on a light
  // background for a moment (axe caught it on the LSM page's "just flushed" file). The switch is instant.
  test('switching theme, by the system or by the toggle, starts no colour transitions', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/tools/lsm-tree/');
    await expect(page.locator('.viz-file.is-flushed')).toBeVisible();
    // The observer is in place before the switch is asked for: started together, the switch could win.
    const watchNextThemeChange = () =>
      page.evaluate(`window.transitionsAfterThemeChange = new Promise((resolve) => {
        const root = document.documentElement;
        const wasDark = root.classList.contains('dark');
        const observer = new MutationObserver(() => {
          if (root.classList.contains('dark') === wasDark) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.getAnimations()
            .filter((animation) => animation instanceof CSSTransition)
            .map((transition) => transition.effect.target.className + ': ' + transition.transitionProperty))));
        });
        observer.observe(root, { attributes: true, attributeFilter: ['class'] });
      }), undefined`);
    const transitionsStarted = () => page.evaluate('window.transitionsAfterThemeChange');
    await watchNextThemeChange();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await transitionsStarted()).toEqual([]);
    await watchNextThemeChange();
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await transitionsStarted()).toEqual([]);
    await expect(page.locator('html')).not.toHaveClass(/dark/);
  });

  test('the stored theme is applied by the head script before any app JavaScript runs (no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('dfg-theme', 'dark'));
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(11, 17, 32)');
  });
});
