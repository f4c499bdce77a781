/**
 * Shown only where JavaScript does not run: says that the instrument in this place needs it. Lesson
 * text, tables and diagrams are plain HTML and read fine without it.
 */
export function NoScriptNote({ what }: { what: string }) {
  return (
    <noscript>
      <p className="noscript-note">
        <strong>The {what} needs JavaScript.</strong> The rest of the page works without it.
      </p>
    </noscript>
  );
}
