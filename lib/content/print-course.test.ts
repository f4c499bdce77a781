import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from './compile-lesson';
import type { CompiledCourse } from './course-types';
import { instrumentLabel, printableLessonHtml, printCourseHtml } from './print-course';

function lesson(slug: string, title: string, segments: CompiledLesson['segments']): CompiledLesson {
  return {
    slug,
    frontmatter: {
      title,
      summary: `What ${slug} teaches, in one sentence.`,
      minutes: 10,
      objectives: ['Explain the first idea well', 'Apply the second idea'],
      sources: [{ title: 'A reference', publisher: 'A publisher', note: 'figures in section 2', url: 'https://example.org/a?b=1&c=2', accessed: '2026-12-07' }],
    },
    segments,
    toc: [],
    words: 100,
    readingMinutes: 1,
    quiz: null,
  } as CompiledLesson;
}

const bodyWithSummary = (extra = '') =>
  `<h2 id="summary"><a class="heading-anchor" href="#summary">Summary</a></h2><p>See <a href="#summary">above</a> and <a href="/lessons/other/#x">another lesson</a>.</p>${extra}`;

const diagram =
  '<figure class="diagram"><div class="diagram-light"><svg id="dgm-aaa"><use href="#dgm-aaa-arrow"/></svg></div><div class="diagram-dark"><svg id="dgm-bbb"><g></g></svg></div><figcaption>A flow</figcaption></figure>';

const course: CompiledCourse = {
  title: 'Course',
  tagline: 'Tagline',
  outcomes: [],
  modules: [
    {
      id: 'm1',
      title: 'Foundations & <basics>',
      summary: '',
      lessons: [
        { slug: 'first', title: 'First', summary: '', minutes: 10, readingMinutes: 1 },
        { slug: 'second', title: 'Second', summary: '', minutes: 10, readingMinutes: 1 },
      ],
    },
  ],
};

const lessons = [
  lesson('first', 'First <lesson>', [
    { kind: 'html', html: bodyWithSummary(diagram) },
    { kind: 'island', name: 'StorageCalculator', props: {} },
    { kind: 'html', html: '<h3 id="more">More</h3><span class="term" aria-describedby="tip-1"><span id="tip-1" role="tooltip">x</span></span>' },
  ]),
  lesson('second', 'Second', [{ kind: 'html', html: bodyWithSummary() }]),
];

const html = printCourseHtml(course, lessons, (slug) => `https://guide.example/lessons/${slug}/`);
const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('the whole-course print view', () => {
  it('gives every element a unique id, though two lessons both have a "summary" heading', () => {
    expect(ids).toContain('first--summary');
    expect(ids).toContain('second--summary');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points in-page links and aria references at the prefixed ids, and leaves links to other pages alone', () => {
    expect(html).toContain('href="#first--summary"');
    expect(html).toContain('href="#second--summary"');
    expect(html).toContain('aria-describedby="first--tip-1"');
    expect(html).toContain('href="/lessons/other/#x"');
    for (const [, target] of html.matchAll(/href="#(?!dgm-)([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('keeps diagram ids as they are, since their own styles and markers refer to them', () => {
    expect(html).toContain('<svg id="dgm-aaa"><use href="#dgm-aaa-arrow"/>');
  });

  it('moves lesson headings one level down under the lesson title', () => {
    expect(html).toContain('<h2 id="first">First &lt;lesson&gt;</h2>');
    expect(html).toContain('<h3 id="first--summary">');
    expect(html).toContain('<h4 id="first--more">More</h4>');
    expect(html).not.toMatch(/<h2 id="(first|second)--/);
  });

  it('prints only the light copy of each diagram', () => {
    expect(html).toContain('diagram-light');
    expect(html).not.toContain('diagram-dark');
    expect(html).not.toContain('dgm-bbb');
    expect(html.match(/<svg/g)).toHaveLength(html.match(/<\/svg>/g)!.length);
  });

  it('replaces each instrument by a line naming it and the address where it can be used', () => {
    expect(html).toContain('<strong>Interactive: Storage calculator.</strong> Use it in the lesson online at https://guide.example/lessons/first/');
  });

  it('escapes titles, module names and sources, and lists each lesson in course order with its sources', () => {
    expect(html).toContain('Foundations &amp; &lt;basics&gt;');
    expect(html).toContain('https://example.org/a?b=1&amp;c=2');
    expect(html).toContain('A reference, A publisher, accessed 7 December 2026. figures in section 2');
    expect(html.indexOf('id="first"')).toBeLessThan(html.indexOf('id="second"'));
  });

  it('fails the build when a lesson in the course was not compiled', () => {
    expect(() => printCourseHtml(course, lessons.slice(0, 1), () => '')).toThrow(/second/);
  });

  it('names instruments as readers know them, and demotes every heading level', () => {
    expect(instrumentLabel('BTreeVisualizer')).toBe('B-tree visualizer');
    expect(instrumentLabel('SomethingNew')).toBe('SomethingNew');
    expect(printableLessonHtml('s', '<h5 id="a">x</h5>')).toBe('<h6 id="s--a">x</h6>');
  });
});
