import Link from 'next/link';
import { CourseProgress } from '@/components/progress/CourseProgress';
import { LessonBadge } from '@/components/progress/LessonBadge';
import { ModuleProgress } from '@/components/progress/ModuleProgress';
import { loadCourse } from '@/lib/content/load';
import { lessonHref } from '@/lib/content/routes';

export default function HomePage() {
  const course = loadCourse();
  const lessons = course.modules.flatMap((m) => m.lessons);
  const first = lessons[0];
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return (
    <div className="page-narrow">
      <section className="hero" aria-labelledby="home-title">
        <p className="eyebrow">An interactive course</p>
        <h1 id="home-title" className="hero-title">
          {course.title}
        </h1>
        <p className="hero-lede">{course.tagline}</p>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          {first && (
            <Link href={lessonHref(first.slug)} className="button-primary">
              Start with lesson 1: {first.title}
            </Link>
          )}
          <p className="muted text-sm">
            {lessons.length} lessons in {course.modules.length} modules · about {totalMinutes} minutes
          </p>
        </div>
      </section>

      <section aria-labelledby="outcomes-title" className="mt-12">
        <h2 id="outcomes-title" className="section-title">
          What you will be able to do
        </h2>
        <ul className="outcomes">
          {course.outcomes.map((outcome) => (
            <li key={outcome}>{outcome}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="modules-title" className="mt-12">
        <h2 id="modules-title" className="section-title">
          The course
        </h2>
        <CourseProgress slugs={lessons.map((lesson) => lesson.slug)} />
        <ol className="module-list">
          {course.modules.map((module, moduleIndex) => (
            <li key={module.id} className="module-card">
              <p className="eyebrow">Module {moduleIndex + 1}</p>
              <h3 className="module-title">{module.title}</h3>
              <p className="muted">{module.summary}</p>
              <ModuleProgress slugs={module.lessons.map((lesson) => lesson.slug)} className="mt-2 block" />
              <ol className="mt-4 space-y-3">
                {module.lessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <Link href={lessonHref(lesson.slug)} className="lesson-link">
                      <span className="lesson-link-title">{lesson.title}</span>
                      <span className="lesson-link-summary">{lesson.summary}</span>
                      <span className="lesson-link-meta">
                        {lesson.minutes} min
                        <LessonBadge slug={lesson.slug} variant="card" />
                      </span>
                    </Link>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="method-title" className="mt-12 mb-16">
        <h2 id="method-title" className="section-title">
          How to use it
        </h2>
        <p className="muted">
          Read the lessons in order the first time: each one builds on the workload vocabulary of the one before.
          Every figure on a page carries its source at the end of the lesson, and where the sources disagree the
          lesson says so and gives the range.
        </p>
        <p className="muted mt-3">
          Each lesson ends with a short quiz: reach the end of the text and the lesson counts as read, pass the quiz and it counts as
          mastered. Drill the vocabulary with the{' '}
          <Link prefetch={false} href="/flashcards/" className="text-link">
            flashcards
          </Link>
          , and test the whole course with the{' '}
          <Link prefetch={false} href="/exam/" className="text-link">
            final exam
          </Link>
          . Your progress stays in this browser.
        </p>
        <p className="muted mt-3">
          Met a term you do not know? Dotted terms in a lesson show their definition when you point at them or tab to them, and the{' '}
          <Link href="/glossary/" className="text-link">
            glossary
          </Link>{' '}
          lists them all. Search every lesson from the box at the top of the page, or press / to jump to it. Prefer paper? The{' '}
          <Link prefetch={false} href="/print/" className="text-link">
            whole course prints
          </Link>{' '}
          as one document.
        </p>
      </section>
    </div>
  );
}
