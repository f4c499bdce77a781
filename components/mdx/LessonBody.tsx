import type { ComponentType } from 'react';
import type { BodySegment } from '@/lib/content/body-segments';
import { islandComponents } from './islands';

/** A lesson body: build-time HTML for the text, with interactive widgets mounted where the lesson places them. */
export function LessonBody({ segments }: { segments: BodySegment[] }) {
  return segments.map((segment, index) => {
    if (segment.kind === 'html') {
      // Our own build output from the lesson's MDX (no reader input reaches it).
      return <div key={index} className="lesson-chunk" dangerouslySetInnerHTML={{ __html: segment.html }} />;
    }
    const Widget = (islandComponents as Record<string, ComponentType<Record<string, unknown>> | undefined>)[segment.name];
    if (!Widget) throw new Error(`No island component named ${segment.name}; add it to components/mdx/islands.tsx`);
    return (
      <div key={index} className="lesson-island not-prose">
        <Widget {...segment.props} />
      </div>
    );
  });
}
