/**
 * Fails when readers could see talk of the course's background documents, or an undated price:
 * in the authored content and the code (always), and in the built export (`--export out`).
 * Usage: tsx scripts/check-reader-wording.ts [--export <outDir>]
 */
import path from 'node:path';
import { scanCode, scanContent, scanExport } from '../lib/content/wording-scan';

const root = process.cwd();
const exportIndex = process.argv.indexOf('--export');
const problems =
  exportIndex >= 0
    ? scanExport(path.resolve(process.argv[exportIndex + 1] ?? 'out'))
    : [...scanContent(path.join(root, 'content')), ...scanCode(root, ['app', 'components', 'lib', 'scripts', 'e2e'])];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s): readers never see the course's background documents, and every price says when it was read.`);
  process.exit(1);
}
console.log(exportIndex >= 0 ? 'reader wording: the export is clean' : 'reader wording: content and code are clean');
