import type { CompiledCourse } from '@/lib/content/course-types';
import { LessonBadge } from '@/components/progress/LessonBadge';
import { ModuleProgress } from '@/components/progress/ModuleProgress';
import { lessonHref } from '@/lib/content/routes';
import { NavLink } from './NavLink';

/**
 * The course's modules and lessons in reading order, generated from content/course.json, with the
 * reader's progress per lesson and per module (filled in after load, in space reserved for it).
 */
export function CourseNav({ course, label }: { course: CompiledCourse; label: string }) {
  const firstNumber = course.modules.map((_, i) => course.modules.slice(0, i).reduce((n, m) => n + m.lessons.length, 1));
  return (
    <nav aria-label={label} className="course-nav">
      <ol className="space-y-6">
        {course.modules.map((module, moduleIndex) => (
          <li key={module.id}>
            <p className="nav-module">
              <span className="nav-module-number">Module {moduleIndex + 1}</span>
              <span>{module.title}</span>
              <ModuleProgress slugs={module.lessons.map((lesson) => lesson.slug)} className="nav-module-progress" />
            </p>
            <ol className="mt-2 space-y-1">
              {module.lessons.map((lesson, lessonIndex) => {
                const number = (firstNumber[moduleIndex] ?? 1) + lessonIndex;
                return (
                  <li key={lesson.slug}>
                    <NavLink href={lessonHref(lesson.slug)} className="nav-lesson">
                      <span className="nav-lesson-number" aria-hidden="true">
                        {number}
                      </span>
                      <span>{lesson.title}</span>
                      <LessonBadge slug={lesson.slug} variant="nav" />
                    </NavLink>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
