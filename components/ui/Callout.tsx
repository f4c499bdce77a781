import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/content/mdx-names';

const LABELS: Record<CalloutType, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  interview: 'In an interview',
};

const ICONS: Record<CalloutType, string> = { note: 'i', tip: '✓', warning: '!', interview: '“' };

/**
 * A boxed aside in a lesson: a note, a tip, a warning, or what to say in an interview. `label` names the box for
 * screen readers when its visible title repeats on the page (five boxes titled "Model answer" are five landmarks
 * that need five names).
 */
export function Callout({ type = 'note', title, label, children }: { type?: CalloutType; title?: string; label?: string; children: ReactNode }) {
  const heading = title ?? LABELS[type];
  return (
    <aside className={`callout callout-${type}`} aria-label={label ?? heading}>
      <p className="callout-title">
        <span className="callout-icon" aria-hidden="true">
          {ICONS[type]}
        </span>
        {heading}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
