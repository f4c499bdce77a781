import type { Metadata } from 'next';
import { StaticHtmlChunk } from '@/components/mdx/StaticHtmlChunk';
import { DiagramViewer } from '@/components/ui/DiagramViewer';
import { PrintButton } from '@/components/ui/PrintButton';
import { TermTooltips } from '@/components/ui/TermTooltips';
import { loadCourse } from '@/lib/content/load';
import { PRINT_COURSE_URL } from '@/lib/content/paths';

export const metadata: Metadata = {
  title: 'The whole course, for print',
  description: 'Every lesson of the Database Field Guide on one page, with diagrams and sources, ready to print or save as a PDF.',
};

export default function PrintCoursePage() {
  const course = loadCourse();
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  const minutes = course.modules.reduce((n, m) => n + m.lessons.reduce((sum, l) => sum + l.readingMinutes, 0), 0);
  return (
    <div className="print-course-page">
      <header className="print-course-header">
        <p className="eyebrow print-hidden">The whole course on one page</p>
        <h1 className="lesson-title">{course.title}</h1>
        <p className="lesson-meta">
          {lessons} lessons in {course.modules.length} modules, about {Math.round(minutes / 60)} hours of reading. {course.tagline}
        </p>
        <p className="lesson-meta print-hidden">
          Print it or save it as a PDF from your browser&apos;s print dialog: the page prints in the light theme, without the site&apos;s
          navigation. The interactive instruments cannot go on paper; each one is named with the address where you can use it.
        </p>
        <div className="mt-4 print-hidden">
          <PrintButton label="Print the course or save it as a PDF" />
        </div>
      </header>
      <nav aria-labelledby="print-contents-title" className="print-contents">
        <h2 id="print-contents-title">Contents</h2>
        <ol>
          {course.modules.map((module) => (
            <li key={module.id}>
              <span className="print-contents-module">{module.title}</span>
              <ol>
                {module.lessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <a href={`#${lesson.slug}`} className="text-link">
                      {lesson.title}
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
      {/* Built by the content step from the lessons' own compiled HTML (lib/content/print-course.ts); the export
          inlines it into this page, so it ships once and is not part of the React payload. */}
      <div className="prose prose-slate dark:prose-invert lesson-body print-course">
        <StaticHtmlChunk src={PRINT_COURSE_URL} />
      </div>
      <TermTooltips />
      <DiagramViewer />
    </div>
  );
}
