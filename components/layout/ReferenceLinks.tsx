import { NavLink } from './NavLink';

/** Pages to look things up in rather than read in order: under the course in the sidebar and the phone menu. */
export function ReferenceLinks({ label }: { label: string }) {
  return (
    <nav aria-label={label} className="reference-nav">
      <p className="nav-module-number">Reference</p>
      <ul className="mt-2 space-y-1">
        <li>
          <NavLink href="/glossary/" className="nav-lesson">
            Glossary
          </NavLink>
        </li>
        <li>
          <NavLink href="/cheat-sheet/" className="nav-lesson">
            Interview cheat sheet
          </NavLink>
        </li>
        <li>
          <NavLink href="/print/" className="nav-lesson">
            Whole course for print
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
