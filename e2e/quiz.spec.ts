import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { QuizQuestion } from '../lib/quiz/schema';
import { collectErrors, course, lessons, seriousViolationsInBothThemes } from './helpers';

/** A lesson's quiz questions, from the compiled content the site was built from. */
function quizOf(slug: string): QuizQuestion[] {
  const lesson = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'lessons', `${slug}.json`), 'utf8')) as { quiz: { questions: QuizQuestion[] } | null };
  return lesson.quiz?.questions ?? [];
}

/** The card of the question with this prompt (its fieldset is a group named by the prompt). */
const cardFor = (scope: Page | Locator, prompt: string) => scope.locator('.quiz-question').filter({ has: scope.getByRole('group', { name: prompt }) });

/** Answers a question with the mouse, right or wrong. */
async function answer(card: Locator, question: QuizQuestion, correctly: boolean) {
  switch (question.type) {
    case 'single':
    case 'pick-database':
    case 'multiple': {
      const picks = correctly ? question.options.filter((o) => o.correct) : question.options.filter((o) => !o.correct).slice(0, 1);
      for (const option of picks) await card.getByLabel(option.text, { exact: true }).check();
      break;
    }
    case 'numeric':
      await card.getByLabel('Your answer').fill(String(correctly ? question.answer : question.answer * 3 + 1));
      break;
    case 'ordering':
      for (const [target, item] of question.items.entries()) {
        const texts = (await card.locator('.quiz-order-text').allInnerTexts()).map((text) => text.trim());
        for (let at = texts.indexOf(item.text); at > target; at--) {
          await card.getByRole('button', { name: `Move up: ${item.text}`, exact: true }).click();
        }
      }
      // Wrong on purpose: the right order with the first two swapped.
      if (!correctly) await card.getByRole('button', { name: `Move down: ${question.items[0]!.text}`, exact: true }).click();
      break;
  }
}

const optionLabels = (page: Page) => page.locator('.quiz-option-label').allInnerTexts();

test('a lesson quiz explains every option, scores, reviews mistakes, retries in a new order, and survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  const slug = lessons[0]!.slug;
  const questions = quizOf(slug);
  expect(questions.length).toBeGreaterThanOrEqual(6);
  await page.goto(`/lessons/${slug}/`);
  const quiz = page.getByRole('region', { name: 'Check yourself' });
  await expect(quiz.locator('.quiz-question')).toHaveCount(questions.length);

  // The first question, answered wrong: a verdict in words, and every option explained.
  const [first, ...rest] = questions as [QuizQuestion, ...QuizQuestion[]];
  const firstCard = cardFor(page, first.prompt);
  await firstCard.getByRole('button', { name: 'Check answer' }).click();
  await expect(firstCard.getByRole('alert')).toContainText(/Pick (an option|at least one option) first/);
  await answer(firstCard, first, false);
  await firstCard.getByRole('button', { name: 'Check answer' }).click();
  await expect(firstCard.getByRole('status')).toHaveText(/Not quite\./);
  if ('options' in first) {
    for (const option of first.options) await expect(firstCard.getByText(option.explanation)).toBeVisible();
    await expect(firstCard.locator('.quiz-mark-wrong')).toContainText('Your pick,');
  }
  await expect(firstCard.getByRole('button', { name: 'Check answer' })).toHaveCount(0);

  // A number that is not a number is refused with a reason, not scored.
  const numeric = rest.find((q) => q.type === 'numeric');
  if (numeric) {
    const card = cardFor(page, numeric.prompt);
    await card.getByLabel('Your answer').fill('about six');
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByRole('alert')).toHaveText(/not a number/);
    await expect(card.getByLabel('Your answer')).toHaveAttribute('aria-invalid', 'true');
  }

  // The rest, answered right.
  for (const question of rest) {
    const card = cardFor(page, question.prompt);
    await answer(card, question, true);
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByRole('status')).toHaveText(/Correct\./);
  }

  const total = questions.length;
  const percent = Math.round(((total - 1) / total) * 100);
  // Once every question is answered, each card's button leads to the score.
  await expect(quiz.getByRole('button', { name: 'Next question' })).toHaveCount(0);
  await cardFor(page, rest.at(-1)!.prompt).getByRole('button', { name: 'See your score' }).click();
  const result = quiz.getByRole('heading', { name: `Your score: ${total - 1} of ${total} (${percent}%)` });
  await expect(result).toBeFocused();
  await expect(quiz.getByText('Passed. This lesson now counts as mastered on this device.')).toBeVisible();

  // Review my mistakes: only the wrong one, then everything again.
  await quiz.getByRole('button', { name: 'Review my mistakes (1)' }).click();
  await expect(quiz.locator('.quiz-question')).toHaveCount(1);
  await expect(cardFor(page, first.prompt)).toBeVisible();
  await quiz.getByRole('button', { name: 'Show all questions' }).click();
  await expect(quiz.locator('.quiz-question')).toHaveCount(total);

  // Try again: a fresh attempt with the options in a new order.
  const before = await optionLabels(page);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.getByRole('heading', { name: 'Check yourself' })).toBeFocused();
  await expect(quiz.getByRole('button', { name: 'Check answer' })).toHaveCount(total);
  await expect(quiz.locator('.quiz-verdict')).toHaveCount(0);
  expect(await optionLabels(page)).not.toEqual(before);

  // Reload: the pass is remembered, on the quiz and in the sidebar.
  await page.reload();
  await expect(quiz.getByText(`Mastered on this device. Best score ${percent}%.`)).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Course', exact: true });
  await expect(sidebar.getByRole('link', { name: new RegExp(`${lessons[0]!.title}.*quiz passed`) })).toBeVisible();
  // The first attempt after a load is laid out the same every time (the seeded shuffle).
  expect(await optionLabels(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('the final exam draws from every lesson, scores each module, explains every answer, and draws anew', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/exam/');
  const pool = lessons.map((lesson) => ({ lesson, questions: quizOf(lesson.slug) })).filter((l) => l.questions.length > 0);
  const cards = page.locator('.quiz-question');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(pool.length * 2);

  // Every lesson with a quiz contributes the same number of questions, and each card names its lesson.
  const drawn: Array<{ question: QuizQuestion; lessonTitle: string; moduleTitle: string }> = [];
  for (const { lesson, questions } of pool) {
    const moduleTitle = course.modules.find((m) => m.lessons.some((l) => l.slug === lesson.slug))!.title;
    for (const question of questions) {
      if ((await cardFor(page, question.prompt).count()) > 0) drawn.push({ question, lessonTitle: lesson.title, moduleTitle });
    }
    expect(drawn.filter((d) => d.lessonTitle === lesson.title).length).toBe(count / pool.length);
  }
  expect(drawn).toHaveLength(count);

  // Answer all right except one question of the first module.
  const missed = drawn[0]!;
  for (const { question } of drawn) await answer(cardFor(page, question.prompt), question, question !== missed.question);
  await expect(page.getByText(`${count} of ${count} answered`)).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Your score: ${count - 1} of ${count} `) })).toBeFocused();

  const table = page.getByRole('region', { name: 'Score by module' });
  for (const module of course.modules) {
    const own = drawn.filter((d) => d.moduleTitle === module.title);
    if (own.length === 0) continue;
    const right = own.length - (missed.moduleTitle === module.title ? 1 : 0);
    const row = table.getByRole('row', { name: new RegExp(`^${module.title}`) });
    await expect(row).toContainText(`${right} of ${own.length}`);
    await expect(row).toContainText(right / own.length >= 0.8 ? 'Passed' : 'Below 80%');
  }
  await expect(cardFor(page, missed.question.prompt).locator('.quiz-verdict')).toHaveText(/Not quite\./);
  if ('options' in missed.question) {
    for (const option of missed.question.options) await expect(cardFor(page, missed.question.prompt).getByText(option.explanation)).toBeVisible();
  }

  await page.getByRole('button', { name: 'Review my mistakes (1)' }).click();
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: 'Show all questions' }).click();

  // A new exam: nothing answered, and (almost surely) a different draw.
  const prompts = await page.locator('.quiz-prompt').allInnerTexts();
  await page.getByRole('button', { name: 'New exam' }).click();
  await expect(page.getByRole('button', { name: 'Submit exam' })).toBeVisible();
  await expect(page.getByText(`0 of ${count} answered`)).toBeVisible();
  expect(await page.locator('.quiz-prompt').allInnerTexts()).not.toEqual(prompts);
  expect(errors).toEqual([]);
});

test('the exam asks before scoring unanswered questions, and a numeric answer that is not a number is named while typing', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/exam/');
  const count = await page.locator('.quiz-question').count();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  // Nothing is scored yet: the reader is asked, and can go back to the first question.
  const confirm = page.getByRole('group', { name: 'Confirm submitting' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(`${count} questions are unanswered and will count as wrong.`);
  await expect(page.getByRole('region', { name: 'Score by module' })).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Keep answering' }).click();
  await expect(page.locator('.quiz-legend').first()).toBeFocused();
  await expect(page.getByRole('button', { name: 'Submit exam' })).toBeVisible();

  const numeric = page.locator('.quiz-input').first();
  if ((await numeric.count()) > 0) {
    await numeric.fill('abc');
    await expect(page.getByText('That is not a number. Type digits, like 6 or 86.4.')).toBeVisible();
    await expect(numeric).toHaveAttribute('aria-invalid', 'true');
    await numeric.fill('1e309');
    await expect(page.getByText('That number is too large to use. Type a smaller one.')).toBeVisible();
    await numeric.fill('42');
    await expect(numeric).not.toHaveAttribute('aria-invalid', 'true');
  }

  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: /^Submit with \d+ unanswered$/ }).click();
  await expect(page.getByRole('heading', { name: /Your score: / })).toBeFocused();
  expect(errors).toEqual([]);
});

test('a lesson’s flashcards link opens the flashcards on that lesson’s deck', async ({ page }) => {
  const lesson = lessons[0]!;
  await page.goto(`/lessons/${lesson.slug}/`);
  await page.getByRole('link', { name: 'Flashcards for this lesson' }).click();
  await expect(page).toHaveURL(new RegExp(`/flashcards/\\?deck=${lesson.slug}$`));
  await expect(page.getByLabel('Deck')).toHaveValue(lesson.slug);
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
});

// Each check runs in the light theme, then again for colour contrast once the system switches to dark.
test.describe('in both themes', () => {
  test('a lesson with its quiz answered, right and wrong, has no serious accessibility violations', async ({ page }) => {
    const errors = collectErrors(page);
    const slug = lessons[0]!.slug;
    await page.goto(`/lessons/${slug}/`);
    for (const [index, question] of quizOf(slug).entries()) {
      const card = cardFor(page, question.prompt);
      await answer(card, question, index % 2 === 0);
      await card.getByRole('button', { name: 'Check answer' }).click();
    }
    await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
    // The quiz itself; the crawl (site.spec) checks the whole lesson in both themes.
    expect(await seriousViolationsInBothThemes(page, { within: '.quiz' })).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the exam, before and after submitting, has no serious accessibility violations', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/exam/');
    await expect(page.getByText(/No exam taken on this device yet|Best exam score/)).toBeVisible();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    await page.getByRole('button', { name: /^Submit with \d+ unanswered$/ }).click();
    await expect(page.getByRole('region', { name: 'Score by module' })).toBeVisible();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the flashcards, front and back, have no serious accessibility violations', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/flashcards/');
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible();
    expect(await seriousViolationsInBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const pagePath of ['/exam/', '/flashcards/', `/lessons/${lessons[0]!.slug}/`]) {
    test(`${pagePath} never scrolls sideways, answered or not`, async ({ page }) => {
      await page.goto(pagePath);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      if (pagePath === '/exam/') await page.getByRole('button', { name: 'Submit exam' }).click();
      else if (pagePath === '/flashcards/') await page.getByRole('button', { name: 'Show answer' }).click();
      else {
        for (const question of quizOf(lessons[0]!.slug)) {
          const card = cardFor(page, question.prompt);
          await answer(card, question, false);
          await card.getByRole('button', { name: 'Check answer' }).click();
        }
      }
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }
});
