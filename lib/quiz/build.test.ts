import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLessonBody } from '@/components/mdx/render-body';
import { compileLessonFolder } from '@/lib/content/build-course';
import { DiagramCache } from '@/lib/content/diagram-cache';
import type { DiagramRenderer } from '@/lib/content/diagram-render';

// The build step, end to end: a lesson folder whose quiz.json is wrong fails with the file named.
const LESSON = `---
title: "Fixture lesson"
summary: "A small lesson that exists so its quiz can be checked."
minutes: 5
objectives:
  - "Check that a quiz beside a lesson is validated"
  - "Check that the error names the quiz file"
sources:
  - title: "PostgreSQL documentation"
    url: "https://www.postgresql.org/docs/current/"
    accessed: "2026-12-07"
---

## Only section

Text.
`;

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Because option ${id} is what it is.` });
const single = (id: string) => ({ id, type: 'single', prompt: 'Which one?', options: [option('a', true), option('b', false)] });
const goodQuiz = { questions: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map(single) };
const noDiagrams: DiagramRenderer = async () => {
  throw new Error('the fixtures have no diagrams');
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dfg-quiz-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A lesson folder named `name` holding the fixture lesson and, when given, a quiz.json with this text. */
function lessonFolder(name: string, quiz?: unknown): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.mdx'), LESSON);
  if (quiz !== undefined) writeFileSync(path.join(folder, 'quiz.json'), typeof quiz === 'string' ? quiz : JSON.stringify(quiz));
  return folder;
}

const compile = (folder: string) =>
  compileLessonFolder(folder, { cache: new DiagramCache(path.join(root, 'cache')), render: noDiagrams, renderBody: renderLessonBody });

describe('quiz.json in the content build', () => {
  it('compiles a valid quiz into the lesson, and a lesson without one gets null', async () => {
    expect((await compile(lessonFolder('good', goodQuiz))).quiz?.questions).toHaveLength(6);
    expect((await compile(lessonFolder('none'))).quiz).toBeNull();
  });

  it.each([
    ['no-correct', { questions: goodQuiz.questions.map((q, i) => (i === 2 ? { ...q, options: [option('a', false), option('b', false)] } : q)) }, /questions\.2: a single-choice question has exactly one correct option/],
    ['duplicate-ids', { questions: goodQuiz.questions.map((q, i) => (i === 4 ? { ...q, id: 'q1' } : q)) }, /questions\.4\.id: duplicate question id "q1"/],
    ['missing-explanation', { questions: goodQuiz.questions.map((q, i) => (i === 0 ? { ...q, options: [{ id: 'a', text: 'Option a', correct: true }, option('b', false)] } : q)) }, /questions\.0\.options\.0\.explanation/],
    ['not-json', '{ "questions": [', /is not valid JSON/],
  ])('fails on %s, naming the quiz file and the problem', async (name, quiz, problem) => {
    const error = await compile(lessonFolder(name, quiz)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(new RegExp(`${name}/quiz\\.json: `));
    expect((error as Error).message).toMatch(problem);
  });
});
