import type { ComponentPropsWithoutRef } from 'react';

/** A table that scrolls sideways inside its own box on narrow screens (focusable, so keyboards can scroll it). */
export function ResponsiveTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table (scrolls sideways)" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
