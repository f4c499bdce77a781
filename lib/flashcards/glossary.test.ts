import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGlossary } from './build-glossary';
import { parseGlossary } from './glossary-schema';

const term = (id: string, extra: Record<string, unknown> = {}) => ({ id, term: `Term ${id}`, definition: `A definition of ${id} long enough to explain it.`, ...extra });

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dfg-glossary-'));
  mkdirSync(path.join(root, 'content'));
  mkdirSync(path.join(root, 'out'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const build = (content: unknown) => {
  if (content !== undefined) writeFileSync(path.join(root, 'content', 'glossary.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return buildGlossary({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'out'), courseLessons: ['acid'] });
};

describe('glossary in the content build', () => {
  it('validates and writes the glossary to the compiled output', () => {
    const glossary = { terms: [term('wal', { lesson: 'acid' }), term('cap')] };
    expect(build(glossary)).toEqual(glossary);
    expect(JSON.parse(readFileSync(path.join(root, 'out', 'glossary.json'), 'utf8'))).toEqual(glossary);
  });

  it('builds without a glossary file', () => {
    expect(build(undefined)).toBeNull();
  });

  it.each([
    ['not JSON', '{ "terms": [', /glossary\.json: is not valid JSON/],
    ['a duplicate id', { terms: [term('wal'), term('wal', { term: 'Other' })] }, /terms\.1\.id: duplicate term id "wal"/],
    ['a term defined twice', { terms: [term('wal'), term('wal-2', { term: 'term WAL' })] }, /terms\.1\.term: "term WAL" is defined twice/],
    ['a definition too short', { terms: [term('wal', { definition: 'A log.' })] }, /terms\.0\.definition: a definition explains/],
    ['a missing definition', { terms: [{ id: 'wal', term: 'WAL' }] }, /terms\.0\.definition/],
    ['a lesson the course does not have', { terms: [term('wal', { lesson: 'indexing' })] }, /terms\.0\.lesson: "indexing" is not a lesson/],
    ['an unknown field', { terms: [term('wal', { see: 'acid' })] }, /terms\.0: Unrecognized key/],
  ])('fails on %s, naming the file', (_name, content, message) => {
    expect(() => build(content)).toThrow(/glossary\.json: /);
    expect(() => build(content)).toThrow(message);
  });
});

describe('content/glossary.json', () => {
  it('is valid and links only lessons in the course', () => {
    const course = JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'course.json'), 'utf8')) as { modules: Array<{ lessons: string[] }> };
    const raw = JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'glossary.json'), 'utf8'));
    const glossary = parseGlossary('content/glossary.json', raw, course.modules.flatMap((m) => m.lessons));
    expect(glossary.terms.length).toBeGreaterThanOrEqual(30);
  });
});
