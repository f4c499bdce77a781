import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

const KEY = 'dfg-flashcards';

test('flashcards: reveal, grade, and the schedule survives a reload; "again" brings a card back today', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/flashcards/?deck=glossary');
  await expect(page.getByLabel('Deck')).toHaveValue('glossary');
  const counts = page.locator('.flashcards-counts');
  await expect(counts).toHaveText(/Due now: (\d+) · reviewed today: 0/);
  const due = Number((await counts.innerText()).match(/Due now: (\d+)/)?.[1]);
  const front = page.locator('.flashcard-front');
  const first = await front.innerText();

  // Reveal with the keyboard: focus moves to the answer, then to the grades.
  await page.getByRole('button', { name: 'Show answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.flashcard-back')).toBeFocused();
  const grades = page.getByRole('group', { name: 'How well did you recall it?' });
  await expect(grades.getByRole('button')).toHaveText(['Again, next review again today', 'Hard, next review in 1 day', 'Good, next review in 2 days', 'Easy, next review in 4 days']);
  await grades.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
  await expect(front).not.toHaveText(first);
  await expect(counts).toHaveText(`Due now: ${due - 1} · reviewed today: 1`);

  // "Again": the card goes to the back of today's queue.
  const second = await front.innerText();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await grades.getByRole('button', { name: /^Again/ }).click();
  await expect(counts).toHaveText(`Due now: ${due - 1} · reviewed today: 2`);
  await expect(front).not.toHaveText(second);

  await page.reload();
  await expect(counts).toHaveText(`Due now: ${due - 1} · reviewed today: 2`);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
  expect(stored.version).toBe(1);
  expect(Object.keys(stored.data.cards)).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('flashcards: a corrupt schedule is reset with a notice, and reset asks first', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/flashcards/');
  // Wait for hydration first, or this page would read (and reset) the bad value before the reload.
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"data":{"cards":{"term:wal":{"ease":"high"}}}}'), KEY);
  await page.reload();
  await expect(page.getByText('Your saved flashcard schedule on this device could not be read, so it was reset.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.locator('.flashcards-counts')).toHaveText(/reviewed today: 1/);
  await page.getByRole('button', { name: 'Reset flashcard schedule' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Reset schedule' }).click();
  await expect(page.getByText('Flashcard schedule reset.')).toBeVisible();
  await expect(page.locator('.flashcards-counts')).toHaveText(/reviewed today: 0/);
  expect(errors).toEqual([]);
});
