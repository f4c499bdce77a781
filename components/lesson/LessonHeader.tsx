import { DiagramViewer } from '@/components/ui/DiagramViewer';
import type { CompiledLesson } from '@/lib/content/compile-lesson';
import type { LessonPlace } from '@/lib/content/load';

/** Title block of a lesson: where it sits, the title, summary, time, and learning objectives. */
export function LessonHeader({ lesson, place }: { lesson: CompiledLesson; place: LessonPlace }) {
  const { frontmatter } = lesson;
  return (
    <header className="lesson-header">
      <p className="eyebrow">
        {place.module.title} · Lesson {place.index + 1} of {place.total}
      </p>
      <h1 id="lesson-title" className="lesson-title" data-pagefind-meta="title">
        {frontmatter.title}
      </h1>
      <p className="lesson-summary">{frontmatter.summary}</p>
      <p className="lesson-meta">
        <span>{lesson.readingMinutes} min read</span>
        <span aria-hidden="true"> · </span>
        <span>about {frontmatter.minutes} min with the exercises</span>
      </p>
      {/* The lesson's diagrams are static HTML; this one client part enlarges them and cues wide ones to scroll.
          The header is on every lesson page exactly once, so it is mounted here. */}
      <DiagramViewer />
      <section className="objectives" aria-labelledby="objectives-title">
        <h2 id="objectives-title" className="objectives-title">
          After this lesson you can
        </h2>
        <ul>
          {frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
