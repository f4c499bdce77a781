import { describe, expect, it } from 'vitest';
import { ContentError, parseCourseManifest, parseFrontmatter } from './schema';

const valid = {
  title: 'A lesson',
  summary: 'A summary long enough to pass the schema.',
  minutes: 10,
  objectives: ['Explain one thing well', 'Apply it to a case'],
  sources: [{ title: 'A source', url: 'https://example.org/doc', accessed: '2026-12-07' }],
};

describe('parseFrontmatter', () => {
  it('accepts a complete lesson frontmatter', () => {
    expect(parseFrontmatter('x.mdx', valid)).toEqual(valid);
  });

  it('accepts a book identified by edition and ISBN instead of a url', () => {
    const book = { title: 'A book', edition: '1st edition, 2017', isbn: '978-1-4493-7332-0', accessed: '2026-12-07' };
    expect(parseFrontmatter('x.mdx', { ...valid, sources: [book] }).sources).toEqual([book]);
  });

  it.each([
    ['title', { title: undefined }],
    ['minutes', { minutes: 'ten' }],
    ['minutes', { minutes: 2.5 }],
    ['objectives', { objectives: ['Only one objective'] }],
    ['sources', { sources: [] }],
    ['sources.0.url', { sources: [{ title: 'Plain http', url: 'http://example.org', accessed: '2026-12-07' }] }],
    ['sources.0.url', { sources: [{ title: 'Nowhere to look', publisher: 'Someone', accessed: '2026-12-07' }] }],
    ['sources.0.url', { sources: [{ title: 'A book', isbn: '978-1-4493-7332-0', accessed: '2026-12-07' }] }],
    ['sources.0.accessed', { sources: [{ title: 'Undated', url: 'https://example.org/doc' }] }],
    ['sources.0.accessed', { sources: [{ title: 'Month only', url: 'https://example.org/doc', accessed: '2026-12' }] }],
    ['sources.0.isbn', { sources: [{ title: 'A book', edition: '1st edition', isbn: '12345', accessed: '2026-12-07' }] }],
    ['(root)', { extra: 'unknown keys are typos' }],
  ])('rejects a bad %s and names the file and field', (field, change) => {
    const call = () => parseFrontmatter('content/lessons/x/index.mdx', { ...valid, ...change });
    expect(call).toThrow(ContentError);
    expect(call).toThrow(new RegExp(`^content/lessons/x/index\\.mdx: invalid frontmatter[\\s\\S]*- ${field.replace(/[().]/g, '\\$&')}:`));
  });
});

describe('parseCourseManifest', () => {
  const manifest = {
    title: 'Course',
    tagline: 'A tagline of some length.',
    outcomes: ['Do something useful'],
    modules: [{ id: 'one', title: 'One', summary: 'The first module.', lessons: ['a', 'b'] }],
  };

  it('accepts a manifest', () => {
    expect(parseCourseManifest('course.json', manifest).modules[0]?.lessons).toEqual(['a', 'b']);
  });

  it('rejects a lesson listed twice and a slug that is not a folder name', () => {
    const twice = { ...manifest, modules: [...manifest.modules, { ...manifest.modules[0], id: 'two' }] };
    expect(() => parseCourseManifest('course.json', twice)).toThrow(/"a" is listed twice/);
    const badSlug = { ...manifest, modules: [{ ...manifest.modules[0], lessons: ['Not A Slug'] }] };
    expect(() => parseCourseManifest('course.json', badSlug)).toThrow(/lowercase words joined by hyphens/);
  });
});
