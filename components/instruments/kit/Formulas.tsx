/** The arithmetic behind a result, with the reader's own numbers in it. */
export function Formulas({ lines, label = 'How it is calculated' }: { lines: readonly string[]; label?: string }) {
  return (
    <div className="widget-formulas">
      <p className="text-sm font-semibold">{label}</p>
      <ul className="mt-2 space-y-1">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
