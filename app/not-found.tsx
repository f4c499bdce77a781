import Link from 'next/link';
import { loadCourse } from '@/lib/content/load';
import { lessonHref } from '@/lib/content/routes';

export default function NotFound() {
  const lessons = loadCourse().modules.flatMap((m) => m.lessons);
  return (
    <div className="page-narrow py-12">
      <p className="eyebrow">404 · page not found</p>
      <h1 className="hero-title">This page is not in the course</h1>
      <p className="hero-lede">The link may be old, or the address mistyped. These pages do exist:</p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/" className="text-link">
            The course home page
          </Link>
        </li>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={lessonHref(lesson.slug)} className="text-link">
              {lesson.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
