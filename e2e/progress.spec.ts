import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { QuizQuestion } from '../lib/quiz/schema';
import { collectErrors, course, lessons } from './helpers';

const KEY = 'dfg-progress';
const lesson = lessons[0]!;
const module = course.modules.find((m) => m.lessons.some((l) => l.slug === lesson.slug))!;
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Course', exact: true });
const notice = (page: Page) => page.locator('.storage-notice');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A sidebar link's accessible name: the title, then the progress it shows (", read", ", quiz passed"). */
const withBadges = (title: string, ...badges: string[]) => new RegExp(`${escape(title)}${badges.map((b) => `\\s*,\\s*${b}`).join('')}`);

function quizOf(slug: string): QuizQuestion[] {
  const compiled = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'lessons', `${slug}.json`), 'utf8')) as { quiz: { questions: QuizQuestion[] } | null };
  return compiled.quiz?.questions ?? [];
}

/** Presses Tab until the focused element passes `test` (run in the page); fails after `limit` presses. */
async function tabUntil(page: Page, test: string, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${test})); })()`)) return;
  }
  throw new Error(`Tab never reached an element where ${test}`);
}
const focusedIs = (selector: string, name?: string) =>
  `el.matches(${JSON.stringify(selector)})${name === undefined ? '' : ` && (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === ${JSON.stringify(name)}`}`;

/** Answers the question whose card holds the focus, correctly, with the keyboard alone; focus ends on its Check button. */
async function answerWithKeyboard(page: Page, question: QuizQuestion) {
  const inCard = `el.closest('.quiz-question')?.querySelector('.quiz-prompt')?.textContent === ${JSON.stringify(question.prompt)}`;
  switch (question.type) {
    case 'single':
    case 'pick-database': {
      await tabUntil(page, `${inCard} && el.matches('input[type=radio]')`);
      const order = await page.evaluate(() => [...(document.activeElement?.closest('.quiz-options')?.querySelectorAll('input') ?? [])].map((i) => i.value));
      const target = order.indexOf(question.options.find((o) => o.correct)!.id);
      if (target === 0) await page.keyboard.press('Space');
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      break;
    }
    case 'multiple': {
      // Visit the correct boxes in the order this attempt shows them, tabbing forward.
      const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
      await tabUntil(page, `${inCard} && el.matches('input[type=checkbox]')`);
      const order = await page.evaluate(() => [...(document.activeElement?.closest('.quiz-options')?.querySelectorAll('input') ?? [])].map((i) => i.value));
      for (const id of order.filter((value) => correct.has(value))) {
        if (!(await page.evaluate((value) => (document.activeElement as HTMLInputElement | null)?.value === value, id))) {
          await tabUntil(page, `${inCard} && el.matches('input[type=checkbox][value=${JSON.stringify(id)}]')`, 20);
        }
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'numeric':
      await tabUntil(page, `${inCard} && el.matches('input[type=text]')`);
      await page.keyboard.type(String(question.answer));
      break;
    case 'ordering':
      for (const [target, item] of question.items.entries()) {
        const order = await page.evaluate(
          (prompt) =>
            [...([...document.querySelectorAll('.quiz-question')].find((c) => c.querySelector('.quiz-prompt')?.textContent === prompt)?.querySelectorAll('.quiz-order-text') ?? [])].map((e) =>
              (e.textContent ?? '').trim(),
            ),
          question.prompt,
        );
        const at = order.indexOf(item.text);
        if (at <= target) continue;
        // Items above `target` are already in place, so the button is always further on in tab order.
        await tabUntil(page, `${inCard} && ${focusedIs('button', `Move up: ${item.text}`)}`, 60);
        for (let i = at; i > target; i--) await page.keyboard.press('Enter');
      }
      break;
  }
  await tabUntil(page, `${inCard} && ${focusedIs('button', 'Check answer')}`, 60);
}

test('with the keyboard alone: read a lesson to its end, pass its quiz, and see the home page change', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`/lessons/${lesson.slug}/`);
  await expect(sidebar(page).getByRole('link', { name: lesson.title })).toBeVisible();

  // Jumping to the end counts as reaching it.
  await page.keyboard.press('End');
  await expect(page.getByText('End of the lesson. Marked as read on this device.')).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: withBadges(lesson.title, 'read') })).toBeVisible();

  const questions = quizOf(lesson.slug);
  // From the top of the page, Tab into the quiz: its first question in this attempt's order.
  await page.keyboard.press('Home');
  const shownOrder = await page.locator('.quiz-prompt').allInnerTexts();
  for (const [index, prompt] of shownOrder.entries()) {
    const question = questions.find((q) => q.prompt === prompt)!;
    await answerWithKeyboard(page, question);
    await page.keyboard.press('Enter');
    const card = page.locator('.quiz-question').filter({ has: page.getByRole('group', { name: prompt }) });
    await expect(card.getByRole('status')).toHaveText(/Correct\./);
    const next = index === shownOrder.length - 1 ? 'See your score' : 'Next question';
    await expect(card.getByRole('button', { name: next })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /Your score: (\d+) of \1 \(100%\)/ })).toBeFocused();

  // Home by keyboard: the pager's link back to the course home.
  await tabUntil(page, `el.matches('a.pager-link[href="/"]')`, 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  const card = page.getByRole('link', { name: new RegExp(lesson.title) }).filter({ hasText: lesson.summary });
  await expect(card.getByText('Read', { exact: true })).toBeVisible();
  await expect(card.getByText('Quiz passed · best 100%')).toBeVisible();
  const moduleCard = page.locator('.module-card').filter({ has: page.getByRole('heading', { name: module.title }) });
  await expect(moduleCard.getByText(`1 of ${module.lessons.length} read · 1 of ${module.lessons.length} mastered`)).toBeVisible();
  await expect(page.getByText(`Your progress: 1 of ${lessons.length} lessons read, 1 of ${lessons.length} mastered`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('scrolling to the end of a lesson marks it read in the sidebar and on the home page, and a reload keeps it', async ({ page }) => {
  await page.goto(`/lessons/${lesson.slug}/`);
  await expect(page.locator('.read-sentinel')).toHaveAttribute('data-read', 'false');
  await page.locator('.read-sentinel').scrollIntoViewIfNeeded();
  await expect(page.locator('.read-sentinel')).toHaveAttribute('data-read', 'true');
  await page.reload();
  await expect(sidebar(page).getByRole('link', { name: withBadges(lesson.title, 'read') })).toBeVisible();
  await sidebar(page).getByRole('link', { name: lessons[1]!.title }).click();
  await page.getByRole('link', { name: 'Database Field Guide' }).click();
  await expect(page.getByText(`Your progress: 1 of ${lessons.length} lessons read, 0 of ${lessons.length} mastered`)).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
  expect(stored).toMatchObject({ version: 1, data: { lessons: { [lesson.slug]: { readAt: expect.any(String) } } } });
});

for (const [name, value] of [
  ['garbage', '{"version": 1, "data": {"lessons": '],
  ['another app’s data', JSON.stringify({ user: 'x', theme: 'dark' })],
  ['data that fails the schema', JSON.stringify({ version: 1, data: { lessons: { [lesson.slug]: { readAt: 12, quiz: { best: -3 } } } } })],
  ['a version from the future', JSON.stringify({ version: 99, data: {} })],
] as const) {
  test(`${name} in storage gives a notice, a clean reset and a working page, never an error`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    // Wait for hydration first, or this page would read (and reset) the bad value before the reload.
    await expect(page.getByText(`Your progress: 0 of ${lessons.length} lessons read`)).toBeVisible();
    await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, value] as const);
    await page.reload();
    await expect(notice(page)).toHaveText(/Your saved progress on this device could not be read, so it was reset\./);
    await expect(page.getByRole('status').filter({ has: notice(page) })).toBeVisible();
    await expect(page.getByText(`Your progress: 0 of ${lessons.length} lessons read`)).toBeVisible();
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
    expect(stored).toEqual({ version: 1, data: { lessons: {} } });
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice(page)).toHaveCount(0);
    // Reset once: the next load has nothing to say.
    await page.reload();
    await expect(page.getByText(`Your progress: 0 of ${lessons.length} lessons read`)).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('with storage blocked (private mode), progress works in memory for the visit, with a notice', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`/lessons/${lesson.slug}/`);
  await expect(notice(page)).toHaveText(/not letting the site save your progress/);
  await page.locator('.read-sentinel').scrollIntoViewIfNeeded();
  await expect(page.locator('.read-sentinel')).toHaveAttribute('data-read', 'true');
  // Client-side navigation keeps the in-memory progress.
  await page.getByRole('link', { name: 'Database Field Guide' }).click();
  await expect(page.getByText(`Your progress: 1 of ${lessons.length} lessons read, 0 of ${lessons.length} mastered (this tab only)`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('reset asks first, can be cancelled, and then erases progress', async ({ page }) => {
  await page.goto(`/lessons/${lesson.slug}/`);
  await page.locator('.read-sentinel').scrollIntoViewIfNeeded();
  await expect(page.locator('.read-sentinel')).toHaveAttribute('data-read', 'true');
  await page.goto('/');
  const summary = page.getByText(`Your progress: 1 of ${lessons.length} lessons read`);
  await expect(summary).toBeVisible();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const confirm = page.getByRole('group', { name: /Erase which lessons you have read/ });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();
  await expect(summary).toBeVisible();
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Erase progress' }).click();
  await expect(page.getByText('Progress erased.')).toBeVisible();
  await expect(page.getByText(`Your progress: 0 of ${lessons.length} lessons read`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Your progress: 0 of ${lessons.length} lessons read`)).toBeVisible();
});

test('stored progress appears without a flash or a layout shift', async ({ page }) => {
  const stored = { version: 1, data: { lessons: { [lesson.slug]: { readAt: '2025-01-01T00:00:00.000Z', quiz: { best: 8, total: 8, attempts: 1, passedAt: '2025-01-01T00:00:00.000Z' } } } } };
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
      // Record every layout shift from the very start of the load.
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    },
    [KEY, JSON.stringify(stored)] as const,
  );
  for (const pagePath of ['/', `/lessons/${lesson.slug}/`]) {
    await page.goto(pagePath);
    await expect(sidebar(page).getByRole('link', { name: withBadges(lesson.title, 'read', 'quiz passed') })).toBeVisible();
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
  }

  // Before any JavaScript runs the badges are empty boxes of their final size, never a guess.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/');
  const slots = sidebar(page).locator('.progress-slots');
  await expect(slots.first()).toHaveAttribute('data-progress', 'unknown');
  expect(await slots.first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(20);
  await expect(page.getByText(/Quiz passed|lessons read/)).toHaveCount(0);
});
