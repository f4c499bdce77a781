import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLessonBody } from '@/components/mdx/render-body';
import { buildCourse as buildWith, type BuildCourseOptions } from './build-course';
import type { DiagramRenderer } from './diagram-render';

const buildCourse = (options: Omit<BuildCourseOptions, 'renderBody'>) => buildWith({ ...options, renderBody: renderLessonBody });

const FIXTURES = path.join(import.meta.dirname, '__fixtures__');

/** A renderer that draws a labelled placeholder SVG and counts how often it was asked. */
function countingRenderer() {
  const calls: Array<{ theme: string; sources: string[] }> = [];
  const render: DiagramRenderer = async (sources, theme) => {
    calls.push({ theme, sources });
    return sources.map(() => ({ ok: true, svg: `<svg id="mermaid-${theme}-0" viewBox="0 0 400 100"><text>${theme}</text></svg>` }));
  };
  return { calls, render };
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dfg-content-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Lays out a content folder holding the named fixture lessons and a manifest listing them. */
function contentWith(...lessons: string[]) {
  const contentDir = path.join(root, 'content');
  for (const lesson of lessons) cpSync(path.join(FIXTURES, lesson), path.join(contentDir, 'lessons', lesson), { recursive: true });
  writeFileSync(
    path.join(contentDir, 'course.json'),
    JSON.stringify({
      title: 'Fixture course',
      tagline: 'A course made of test fixtures.',
      outcomes: ['Prove the content build works'],
      modules: [{ id: 'only', title: 'Only module', summary: 'Holds every fixture lesson.', lessons }],
    }),
  );
  return { contentDir, outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache') };
}

describe('buildCourse', () => {
  it('compiles a lesson: frontmatter, table of contents, diagram with both themes, manifest', async () => {
    const dirs = contentWith('good');
    const { calls, render } = countingRenderer();
    const course = await buildCourse({ ...dirs, render });
    expect(course.modules[0]?.lessons[0]).toMatchObject({ slug: 'good', title: 'Fixture lesson', minutes: 5 });
    const lesson = JSON.parse(readFileSync(path.join(dirs.outDir, 'lessons', 'good.json'), 'utf8'));
    expect(lesson.toc).toEqual([
      { id: 'first-section', text: 'First section', depth: 2 },
      { id: 'a-subsection', text: 'A subsection', depth: 3 },
    ]);
    const html = lesson.segments.map((s: { html?: string }) => s.html ?? '').join('');
    expect(lesson.segments).toHaveLength(1);
    expect(html).toContain('<figcaption>Two boxes</figcaption>');
    expect(html).toContain('role="img" aria-label="A flowchart with box A pointing to box B."');
    expect(html).toMatch(/<div class="diagram-dark"><svg id="dgm-[0-9a-f]{20}"/);
    expect(html).toContain('<aside class="callout callout-tip" aria-label="Tip">');
    expect(html).toMatch(/<div class="table-scroll" role="region"[^>]*tabindex="0"><table>/);
    expect(html).toContain('<h3 id="a-subsection"><a class="heading-anchor" href="#a-subsection">A subsection</a></h3>');
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light-default github-dark-default"/);
    expect(calls.map((c) => c.theme)).toEqual(['light', 'dark']);
    expect(readdirSync(dirs.cacheDir)).toHaveLength(2);
  });

  it('takes unchanged diagrams from the cache without drawing (no browser needed)', async () => {
    const dirs = contentWith('good');
    await buildCourse({ ...dirs, render: countingRenderer().render });
    const failing: DiagramRenderer = async () => {
      throw new Error('no browser here');
    };
    await expect(buildCourse({ ...dirs, render: failing })).resolves.toBeTruthy();
  });

  it('redraws a changed diagram, and with no browser fails naming the file and how to get one', async () => {
    const dirs = contentWith('good');
    await buildCourse({ ...dirs, render: countingRenderer().render });
    const file = path.join(dirs.contentDir, 'lessons', 'good', 'index.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Box B', 'Box C'));
    const noBrowser: DiagramRenderer = async () => {
      throw new Error('Diagrams changed and need drawing, but No Chromium found. Install one with `apt-get install -y chromium`');
    };
    await expect(buildCourse({ ...dirs, render: noBrowser })).rejects.toThrow(
      /content\/lessons\/good\/index\.mdx: .*apt-get install -y chromium/s,
    );
  });

  it('rejects bad frontmatter, naming the file and each bad field', async () => {
    const dirs = contentWith('bad-frontmatter');
    const error = await buildCourse({ ...dirs, render: countingRenderer().render }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/bad-frontmatter\/index\.mdx: invalid frontmatter/);
    for (const field of ['summary', 'minutes', 'objectives', 'sources']) expect(message).toContain(`- ${field}:`);
  });

  it('rejects an MDX component the registry does not provide, naming the file and the tag', async () => {
    const dirs = contentWith('unknown-component');
    await expect(buildCourse({ ...dirs, render: countingRenderer().render })).rejects.toThrow(
      /unknown-component\/index\.mdx: line 14: <Flashy> is not a known MDX component/,
    );
  });

  it('rejects an instrument told to start from an example it does not have, listing the ones it has', async () => {
    const dirs = contentWith('unknown-preset');
    await expect(buildCourse({ ...dirs, render: countingRenderer().render })).rejects.toThrow(
      /unknown-preset\/index\.mdx: line 14: <StorageCalculator preset="url-shortner"> names no example it has \(known: [^)]*url-shortener/,
    );
  });

  it('rejects a diagram without a text alternative', async () => {
    const dirs = contentWith('missing-alt');
    await expect(buildCourse({ ...dirs, render: countingRenderer().render })).rejects.toThrow(
      /missing-alt\/index\.mdx: line 12: the diagram needs alt=/,
    );
  });

  it('rejects a diagram the renderer cannot parse, quoting its complaint', async () => {
    const dirs = contentWith('bad-diagram');
    const render: DiagramRenderer = async (sources) => sources.map(() => ({ ok: false, error: 'Parse error on line 2' }));
    await expect(buildCourse({ ...dirs, render })).rejects.toThrow(
      /bad-diagram\/index\.mdx: line 12: the diagram "Broken" does not parse: Parse error on line 2/,
    );
  });

  it('rejects a manifest that lists a missing lesson or misses a lesson folder', async () => {
    const dirs = contentWith('good');
    const manifestFile = path.join(dirs.contentDir, 'course.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.modules[0].lessons = ['good', 'ghost'];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(buildCourse({ ...dirs, render: countingRenderer().render })).rejects.toThrow(/course\.json: lists "ghost"/);
    manifest.modules[0].lessons = [];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(buildCourse({ ...dirs, render: countingRenderer().render })).rejects.toThrow(/course\.json: invalid course manifest/);
  });
});

describe('diagram cache pruning', () => {
  it('keeps the diagrams of drafts that the course does not list yet', async () => {
    const dirs = contentWith('good');
    cpSync(path.join(FIXTURES, 'good'), path.join(dirs.contentDir, 'drafts', 'draft-lesson'), { recursive: true });
    const draftFile = path.join(dirs.contentDir, 'drafts', 'draft-lesson', 'index.mdx');
    writeFileSync(draftFile, readFileSync(draftFile, 'utf8').replace('Box B', 'Box D'));
    // A draft's SVGs as check-lesson would have left them in the cache.
    const { diagramKeysIn } = await import('./diagram-cache');
    const draftKeys = diagramKeysIn(readFileSync(draftFile, 'utf8'));
    mkdirSync(dirs.cacheDir, { recursive: true });
    for (const key of [...draftKeys, 'stale0000000000000000']) writeFileSync(path.join(dirs.cacheDir, `${key}.svg`), '<svg/>');
    await buildCourse({ ...dirs, render: countingRenderer().render });
    const left = readdirSync(dirs.cacheDir).map((f) => f.replace('.svg', ''));
    expect(left).toEqual(expect.arrayContaining(draftKeys));
    expect(left).not.toContain('stale0000000000000000');
  });
});
