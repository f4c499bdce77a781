import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';

/** The visible text of a React tree (strings and numbers, in order). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** The first row's cells of a table's children (its `thead`, or else its first row), as text. */
function headerCells(children: ReactNode): string[] {
  let cells: string[] = [];
  const visit = (node: ReactNode): boolean => {
    for (const child of Children.toArray(node)) {
      if (!isValidElement<{ children?: ReactNode }>(child)) continue;
      if (child.type === 'tr') {
        cells = Children.toArray(child.props.children).map((cell) => textOf(cell).trim()).filter(Boolean);
        return true;
      }
      if (visit(child.props.children)) return true;
    }
    return false;
  };
  visit(children);
  return cells;
}

const MAX_LABEL_CELLS = 4;

/**
 * The name a table's scrolling box announces: "Table: Level, Dirty read, … (scrolls sideways)". Named after its
 * column headings so that two tables on one page are two distinct regions, not two regions called "Table".
 */
export function tableRegionLabel(children: ReactNode): string {
  const cells = headerCells(children);
  if (cells.length === 0) return 'Table (scrolls sideways)';
  const shown = cells.slice(0, MAX_LABEL_CELLS).join(', ');
  return `Table: ${shown}${cells.length > MAX_LABEL_CELLS ? ', …' : ''} (scrolls sideways)`;
}

/** A table that scrolls sideways inside its own box on narrow screens (focusable, so keyboards can scroll it). */
export function ResponsiveTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label={tableRegionLabel(props.children)} tabIndex={0}>
      <table {...props} />
    </div>
  );
}
