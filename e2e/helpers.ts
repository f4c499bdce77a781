import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { CompiledCourse } from '../lib/content/course-types';
import { lessonHref } from '../lib/content/routes';

/** The compiled manifest the site was built from (npm test builds before it runs these tests). */
export const course = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'course.json'), 'utf8')) as CompiledCourse;

/** Every lesson in reading order. */
export const lessons = course.modules.flatMap((m) => m.lessons);

/** Every page a reader can reach from the navigation: the home page and each lesson. */
export const sitePages = ['/', ...lessons.map((lesson) => lessonHref(lesson.slug))];

/** Starts recording console errors and uncaught exceptions on a page; read the array after the checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** axe's serious and critical violations on the page as it is now, one line each (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const report = await new AxeBuilder({ page }).analyze();
  return report.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
