'use client';

/** Opens the browser's print dialog (print to paper or to PDF). */
export function PrintButton({ label = 'Print or save as PDF' }: { label?: string }) {
  return (
    <button type="button" className="button-primary print-hidden" onClick={() => window.print()}>
      {label}
    </button>
  );
}
