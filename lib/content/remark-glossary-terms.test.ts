import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLessonBody } from '@/components/mdx/render-body';
import { buildCourse } from './build-course';
import type { DiagramRenderer } from './diagram-render';

const noDiagrams: DiagramRenderer = async () => {
  throw new Error('these lessons draw no diagrams');
};

const FRONTMATTER = `---
title: "Terms lesson"
summary: "A lesson that links glossary terms from its text."
minutes: 3
objectives:
  - "Link a glossary term"
  - "Show its definition as a tooltip"
sources:
  - { title: "Nothing", url: "https://example.org/nothing", accessed: "2026-12-07" }
---
`;

const GLOSSARY = {
  terms: [
    { id: 'wal', term: 'WAL (write-ahead log)', definition: 'A log of every change, flushed before the change counts as committed.', lesson: 'terms' },
    { id: 'mvcc', term: 'MVCC', definition: 'Readers see a snapshot of row versions while writers add new versions.' },
  ],
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dfg-terms-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Builds a one-lesson course whose lesson body is `body`, with the glossary above. */
async function buildLesson(body: string) {
  const contentDir = path.join(root, 'content');
  mkdirSync(path.join(contentDir, 'lessons', 'terms'), { recursive: true });
  writeFileSync(path.join(contentDir, 'lessons', 'terms', 'index.mdx'), `${FRONTMATTER}\n${body}\n`);
  writeFileSync(path.join(contentDir, 'glossary.json'), JSON.stringify(GLOSSARY));
  writeFileSync(
    path.join(contentDir, 'course.json'),
    JSON.stringify({ title: 'Terms', tagline: 'A course with glossary terms.', outcomes: ['Link terms'], modules: [{ id: 'only', title: 'Only module', summary: 'Holds the one lesson.', lessons: ['terms'] }] }),
  );
  const outDir = path.join(root, 'out');
  await buildCourse({ contentDir, outDir, cacheDir: path.join(root, 'cache'), render: noDiagrams, renderBody: renderLessonBody });
  const lesson = JSON.parse(readFileSync(path.join(outDir, 'lessons', 'terms.json'), 'utf8')) as { segments: Array<{ html?: string }> };
  return lesson.segments.map((segment) => segment.html ?? '').join('');
}

describe('<Term> in a lesson', () => {
  it('renders a link to the glossary with the definition as a tooltip it is described by', async () => {
    const html = await buildLesson('Every commit goes to the <Term id="wal">WAL</Term> first.');
    expect(html).toContain('<a href="/glossary/#term-wal" class="term-link" aria-describedby="term-tip-1">WAL</a>');
    expect(html).toContain('<span role="tooltip" id="term-tip-1" class="term-tooltip" data-pagefind-ignore="all">');
    expect(html).toContain('<strong class="term-tooltip-name">WAL (write-ahead log)</strong> A log of every change');
  });

  it('gives every term on the page its own tooltip id', async () => {
    const html = await buildLesson('The <Term id="wal">WAL</Term> and <Term id="mvcc">MVCC</Term>, then the <Term id="wal">log</Term> again.');
    expect(html.match(/id="term-tip-\d+"/g)).toEqual(['id="term-tip-1"', 'id="term-tip-2"', 'id="term-tip-3"']);
  });

  it('fails the build on an unknown term, naming the file, the line and the id', async () => {
    await expect(buildLesson('Text.\n\nThe <Term id="walrus">WAL</Term>.')).rejects.toThrow(
      /lessons\/terms\/index\.mdx: line 14: <Term id="walrus"> names no term in content\/glossary\.json/,
    );
  });

  it('fails the build on a term without a literal id', async () => {
    await expect(buildLesson('The <Term>WAL</Term>.')).rejects.toThrow(/index\.mdx: line 12: <Term> needs id="…"/);
    await expect(buildLesson('The <Term id={"wal"}>WAL</Term>.')).rejects.toThrow(/<Term> needs id="…"/);
  });
});
