import type { ComponentType } from 'react';
import type { BodySegment } from '@/lib/content/body-segments';
import { INSTRUMENT_ISLANDS } from '@/components/instruments/islands';
import { StaticHtmlChunk } from './StaticHtmlChunk';

/** A lesson body: build-time HTML for the text, with interactive widgets mounted where the lesson places them. */
export function LessonBody({ segments }: { segments: BodySegment[] }) {
  return segments.map((segment, index) => {
    if (segment.kind === 'html') {
      if (!segment.src) throw new Error('a lesson HTML chunk has no file: run the content build (npm run content)');
      // The HTML itself is added to the exported page after `next build` (scripts/inline-lesson-html.mjs).
      return <StaticHtmlChunk key={segment.src} src={segment.src} />;
    }
    const Widget = (INSTRUMENT_ISLANDS as Record<string, ComponentType<Record<string, unknown>> | undefined>)[segment.name];
    if (!Widget) throw new Error(`No island component named ${segment.name}; add it to lib/instruments/registry.ts and components/instruments/islands.tsx`);
    return (
      <div key={index} className="lesson-island not-prose" data-pagefind-ignore="all">
        <Widget {...segment.props} />
      </div>
    );
  });
}
