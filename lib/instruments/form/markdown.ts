/** A table of text a calculator shows and can copy: a caption, column headings and rows of cells. */
export interface ResultTable {
  /** What the table shows, e.g. "Storage for the Twitter-like feed". */
  caption: string;
  /** Column headings. */
  headers: readonly string[];
  /** Which columns hold numbers (right-aligned), by index. */
  numeric?: readonly number[];
  /** One array of cells per row, as long as `headers`. */
  rows: readonly (readonly string[])[];
}

// A pipe ends a cell and a newline ends a row; backslashes escape Markdown's other punctuation.
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/** The table as GitHub-flavoured Markdown, caption in bold above it (numeric columns right-aligned). */
export function toMarkdown(table: ResultTable): string {
  const numeric = new Set(table.numeric ?? []);
  const line = (cells: readonly string[]) => `| ${table.headers.map((_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${table.headers.map((_, i) => (numeric.has(i) ? '---:' : '---')).join(' | ')} |`;
  return [`**${cell(table.caption)}**`, '', line(table.headers), rule, ...table.rows.map(line)].join('\n');
}
