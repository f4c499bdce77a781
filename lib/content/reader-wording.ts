/**
 * Checks on text a reader sees: it never speaks of the background documents the course was written
 * from (readers cannot see them, so "the seed says" points nowhere), and every price carries the month
 * it was read ("as of December 2026") or is labelled as the course's own assumption.
 */

/** One problem found in a piece of text, with the words that tripped it. */
export interface WordingFinding {
  rule: 'source-document' | 'undated-price';
  /** The matched words, or for a price the first price in the block. */
  match: string;
  /** 1-based line of the match in the text that was checked. */
  line: number;
}

/**
 * Wording that refers to unpublished background documents. "seeded" (a PGlite table seeded with rows,
 * a seeded shuffle) is a different word and passes; "seed" and "seeds" as nouns do not.
 */
const SOURCE_DOCUMENT_PATTERNS: readonly RegExp[] = [
  /\bseeds?\b/gi,
  /\bsource documents?\b/gi,
  /\bcourse documents?\b/gi,
  /\bHowToHLD\b/gi,
  /\bTheSimplifiedTech\b/gi,
];

/** A US-dollar amount: "$0.25", "$1,200", "$3k". */
const PRICE = /\$\s?\d[\d,.]*\s?(?:[kKmM]\b)?/;
/** "as of December 2026" (or "as of Dec 2026"): the month a price was read. */
const AS_OF_MONTH = /\bas of (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}\b/i;
/** A figure the course chose itself and says so. */
const ASSUMPTION = /\b(?:assum(?:e|ed|es|ing|ption|ptions)|hypothetical)\b/i;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every place the text speaks of the course's background documents. */
export function findSourceDocumentWording(text: string): WordingFinding[] {
  const findings: WordingFinding[] = [];
  for (const pattern of SOURCE_DOCUMENT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ rule: 'source-document', match: match[0], line: lineOf(text, match.index) });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/**
 * Prices without a date: each block (a lesson section, a quiz question) that names a dollar amount must
 * say "as of <Month> <YYYY>" or label the amount as an assumption. `startLine` is the block's first line
 * in its file, so findings point at the file.
 */
export function findUndatedPrices(blocks: ReadonlyArray<{ text: string; startLine: number }>): WordingFinding[] {
  const findings: WordingFinding[] = [];
  for (const block of blocks) {
    const price = PRICE.exec(block.text);
    if (!price) continue;
    if (AS_OF_MONTH.test(block.text) || ASSUMPTION.test(block.text)) continue;
    findings.push({ rule: 'undated-price', match: price[0].trim(), line: block.startLine + lineOf(block.text, price.index) - 1 });
  }
  return findings;
}

/** Splits Markdown into sections at `##` headings (fenced code kept whole), each with its first line. */
export function markdownSections(markdown: string): Array<{ text: string; startLine: number }> {
  const lines = markdown.split('\n');
  const sections: Array<{ text: string; startLine: number }> = [];
  let start = 0;
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && /^##\s/.test(line) && index > start) {
      sections.push({ text: lines.slice(start, index).join('\n'), startLine: start + 1 });
      start = index;
    }
  });
  sections.push({ text: lines.slice(start).join('\n'), startLine: start + 1 });
  return sections;
}

/** Describes findings as lines "file:line: message", for a check's output. */
export function describeFindings(file: string, findings: readonly WordingFinding[]): string[] {
  return findings.map((finding) =>
    finding.rule === 'source-document'
      ? `${file}:${finding.line}: "${finding.match}" speaks of a document readers cannot see; state the fact and cite a public source`
      : `${file}:${finding.line}: the price ${finding.match} has no "as of <Month> <YYYY>" and is not labelled as an assumption`,
  );
}
