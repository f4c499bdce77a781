import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/content/mdx-names';

const LABELS: Record<CalloutType, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  interview: 'In an interview',
};

const ICONS: Record<CalloutType, string> = { note: 'i', tip: '✓', warning: '!', interview: '“' };

/** A boxed aside in a lesson: a note, a tip, a warning, or what to say in an interview. */
export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const label = title ?? LABELS[type];
  return (
    <aside className={`callout callout-${type}`} aria-label={label}>
      <p className="callout-title">
        <span className="callout-icon" aria-hidden="true">
          {ICONS[type]}
        </span>
        {label}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
