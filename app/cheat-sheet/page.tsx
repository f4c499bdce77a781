import type { Metadata } from 'next';
import Link from 'next/link';
import { PrintButton } from '@/components/ui/PrintButton';
import { loadCheatSheet } from '@/lib/content/load';
import { lessonHref } from '@/lib/content/routes';

export const metadata: Metadata = {
  title: 'Interview cheat sheet',
  description: 'One printable page: the answer template, decision rules, numbers to remember and red flags for database design interviews.',
};

export default function CheatSheetPage() {
  const { html } = loadCheatSheet();
  return (
    <div className="cheat-sheet-page">
      <header className="cheat-sheet-header">
        <p className="eyebrow print-hidden">One page, for print</p>
        <h1 className="lesson-title" data-pagefind-meta="title">Database interview cheat sheet</h1>
        <p className="lesson-meta print-hidden">
          The condensed form of the <Link href={lessonHref('interview-playbook')} className="text-link">interview playbook</Link>; its sources
          are listed at the end of that lesson. Prints on one A4 or Letter page.
        </p>
        <div className="mt-4 print-hidden">
          <PrintButton />
        </div>
      </header>
      {/* Compiled at build time from content/cheat-sheet.md: our own content, not reader input. */}
      <div className="cheat-sheet prose prose-slate dark:prose-invert" data-pagefind-body dangerouslySetInnerHTML={{ __html: html }} />
      <p className="cheat-sheet-footer">Database Field Guide · sources: the Interview playbook lesson</p>
    </div>
  );
}
