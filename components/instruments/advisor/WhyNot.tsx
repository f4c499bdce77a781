'use client';

import { memo, useState } from 'react';
import { CATALOG_ENTRIES, type DatabaseId, isDatabaseId } from '@/lib/advisor';
import { Heading, type HeadingTag } from '../kit/headings';

/** "Why not X?" for any database in the catalog, answered from the advice's own decision. */
export const WhyNot = memo(function WhyNot({
  id,
  answerFor,
  suggested,
  level,
}: {
  id: string;
  /** The answer for a database (AdvisorView.whyNot). */
  answerFor: (id: DatabaseId) => string;
  /** Shown until the reader picks one: the first alternative. */
  suggested: DatabaseId;
  level: HeadingTag;
}) {
  const [picked, setPicked] = useState<DatabaseId | null>(null);
  const chosen = picked ?? suggested;
  const answer = answerFor(chosen);
  return (
    <div role="group" aria-labelledby={`${id}-heading`}>
      <Heading as={level} id={`${id}-heading`} className="advisor-heading">
        Why not another database?
      </Heading>
      <label htmlFor={`${id}-select`} className="mt-2 block text-sm font-medium">
        Why not…
      </label>
      <select
        id={`${id}-select`}
        className="widget-input mt-1 max-w-xs"
        value={chosen}
        onChange={(event) => {
          if (isDatabaseId(event.target.value)) setPicked(event.target.value);
        }}
      >
        {CATALOG_ENTRIES.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      <p className="advisor-item mt-2 text-sm" aria-live="polite" id={`${id}-answer`}>
        {answer}
      </p>
    </div>
  );
});
