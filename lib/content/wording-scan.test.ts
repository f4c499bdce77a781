import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerTextOfHtml, scanCode, scanContent, scanExport } from './wording-scan';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wording-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('scanContent', () => {
  it('finds source-document wording and undated prices in lessons, quizzes and the glossary', () => {
    const root = tree({
      'content/lessons/a/index.mdx': '---\ntitle: A\n---\n\n## Cost\n\nA node costs $400 a month.\n\n## Seeds\n\nThe seed says so.\n',
      'content/lessons/a/quiz.json': JSON.stringify({ questions: [{ prompt: 'Which costs $2?' }] }),
      'content/glossary.json': JSON.stringify({ terms: [{ id: 't', definition: 'As a seed document says' }] }),
      'content/diagram-cache/x.json': '"seed"',
    });
    const problems = scanContent(path.join(root, 'content'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/lessons\/a\/index\.mdx:7: the price \$400/),
        expect.stringMatching(/^content\/lessons\/a\/index\.mdx:9: "Seeds"/),
        expect.stringMatching(/^content\/lessons\/a\/index\.mdx:11: "seed"/),
        expect.stringMatching(/^content\/lessons\/a\/quiz\.json:1: the price \$2/),
        expect.stringMatching(/^content\/glossary\.json:1: "seed"/),
      ]),
    );
    expect(problems).toHaveLength(5);
  });
});

describe('scanCode', () => {
  it('refuses document names and tracker numbers in code, but not a random seed', () => {
    const root = tree({ 'lib/a.ts': '// Seed 001 puts it at 10k\nconst seed = 42; // see issue #17\n', 'lib/b.ts': 'shuffle(items, seed);\n' });
    expect(scanCode(root, ['lib'])).toEqual([
      'lib/a.ts:1: "Seed 001": cite a public source or say why instead',
      'lib/a.ts:2: "issue #17": cite a public source or say why instead',
    ]);
  });
});

describe('scanExport', () => {
  it('reads what a reader sees in pages, not the markup or inline scripts', () => {
    const root = tree({
      'index.html': '<html><body><p data-seed="1">Rows in a seeded table</p><script>const seeds = 1</script></body></html>',
      'lessons/a/index.html': '<p>per one seed</p><img alt="the seeds" />',
      '_next/chunk.js': 'var seed=1;var note="Seed 001 says";',
    });
    expect(scanExport(root).sort()).toEqual([
      '_next/chunk.js: "Seed 001" in a script the reader\'s page runs',
      expect.stringMatching(/^lessons\/a\/index\.html: "seed"/),
      expect.stringMatching(/^lessons\/a\/index\.html: "seeds"/),
    ]);
  });

  it('keeps text and the attributes read aloud', () => {
    expect(readerTextOfHtml('<a title="T" href="/x">Link</a><style>p{}</style>')).toMatch(/Link[\s\S]*T/);
  });
});

describe('the course itself', () => {
  const root = process.cwd();
  it('speaks of no background documents and dates every price, in content and code', () => {
    expect([...scanContent(path.join(root, 'content')), ...scanCode(root, ['app', 'components', 'lib', 'scripts', 'e2e'])]).toEqual([]);
  });
});
