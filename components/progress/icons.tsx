/** Small status icons; always paired with text, so colour and shape are never the only signal. */
export function ReadIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className={className} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5 8.2l2 2 4-4.2" />
    </svg>
  );
}

export function MasteredIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className={className} fill="currentColor">
      <path d="M8 1.2l1.9 4.1 4.5.5-3.3 3 .9 4.4L8 11l-4 2.2.9-4.4-3.3-3 4.5-.5z" />
    </svg>
  );
}
