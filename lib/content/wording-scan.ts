/**
 * Runs the reader-wording checks (./reader-wording.ts) over the course's files: the authored content,
 * the code's comments and strings, and the built export. Build-time only (reads the file system).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describeFindings, findSourceDocumentWording, findUndatedPrices, markdownSections } from './reader-wording';

function filesUnder(dir: string, keep: (file: string) => boolean, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : filesUnder(full, keep, skip);
    return keep(full) ? [full] : [];
  });
}

/** Each question of a quiz (and each key fact) as one block of text, so a price is dated where it is asked. */
function quizBlocks(json: string): Array<{ text: string; startLine: number }> {
  const quiz = JSON.parse(json) as { questions?: unknown[]; keyFacts?: unknown[] };
  return [...(quiz.questions ?? []), ...(quiz.keyFacts ?? [])].map((item) => ({ text: JSON.stringify(item), startLine: 1 }));
}

/**
 * Problems in the authored content under `contentDir`: lessons (MDX and quiz), the glossary, the cheat
 * sheet and the course manifest. Returns one line per problem, empty when all is well.
 */
export function scanContent(contentDir: string): string[] {
  const problems: string[] = [];
  const relative = (file: string) => path.relative(path.dirname(contentDir), file);
  const files = filesUnder(contentDir, (file) => /\.(mdx|md|json)$/.test(file), new Set(['diagram-cache']));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    problems.push(...describeFindings(relative(file), findSourceDocumentWording(text)));
    // The reviewers' log quotes prices as claims with the month they were checked in its heading, not per row.
    if (path.basename(file) === 'fact-check.md') continue;
    const blocks = file.endsWith('quiz.json')
      ? quizBlocks(text)
      : file.endsWith('glossary.json')
        ? ((JSON.parse(text) as { terms: unknown[] }).terms ?? []).map((term) => ({ text: JSON.stringify(term), startLine: 1 }))
        : /\.mdx?$/.test(file)
          ? markdownSections(text)
          : [];
    problems.push(...describeFindings(relative(file), findUndatedPrices(blocks)));
  }
  return problems;
}

/**
 * Code may use "seed" for a random seed, so in code only the names of background documents and
 * tracker references are refused: a comment cites a public source or says why.
 */
const CODE_PATTERNS: readonly RegExp[] = [/\bseed\s*0*\d+\b/gi, /\bseed documents?\b/gi, /\bHowToHLD\b/gi, /\bTheSimplifiedTech\b/gi, /\bissue\s*#\d+/gi];

/** Problems in the code under the given folders (TypeScript, JavaScript and CSS). */
export function scanCode(root: string, folders: readonly string[]): string[] {
  const problems: string[] = [];
  for (const folder of folders) {
    const files = filesUnder(path.join(root, folder), (file) => /\.(ts|tsx|mjs|js|css)$/.test(file), new Set(['node_modules', '__fixtures__']));
    for (const file of files) {
      // This scanner and its rules name the words they refuse.
      if (/reader-wording|wording-scan/.test(path.basename(file))) continue;
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, index) => {
        for (const pattern of CODE_PATTERNS) {
          for (const match of line.matchAll(pattern)) {
            problems.push(`${path.relative(root, file)}:${index + 1}: "${match[0]}": cite a public source or say why instead`);
          }
        }
      });
    }
  }
  return problems;
}

/** The text of an HTML page a reader can see or hear: text nodes and the alt, title, aria-label, placeholder and meta content attributes. */
export function readerTextOfHtml(html: string): string {
  const attributes = [...html.matchAll(/\s(?:alt|title|aria-label|placeholder|content)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return `${text}\n${attributes.join('\n')}`;
}

/**
 * Problems in a built export: source-document wording in any page's reader text, and in the scripts
 * (where instruments keep their strings) the names of background documents.
 */
export function scanExport(outDir: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(outDir, (f) => /\.(html|js)$/.test(f), new Set(['pglite', 'pagefind']))) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(outDir, file);
    if (file.endsWith('.html')) {
      problems.push(...describeFindings(where, findSourceDocumentWording(readerTextOfHtml(text))).map((line) => line.replace(/:\d+: /, ': ')));
    } else {
      for (const pattern of CODE_PATTERNS) {
        for (const match of text.matchAll(pattern)) problems.push(`${where}: "${match[0]}" in a script the reader's page runs`);
      }
    }
  }
  return problems;
}
