import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonHeader } from '@/components/lesson/LessonHeader';
import { LessonPager } from '@/components/lesson/LessonPager';
import { LessonSources } from '@/components/lesson/LessonSources';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { LessonBody } from '@/components/mdx/LessonBody';
import { findLessonPlace, loadCourse, loadLesson } from '@/lib/content/load';

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadCourse().modules.flatMap((m) => m.lessons.map((lesson) => ({ slug: lesson.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = loadLesson(slug);
  return { title: lesson.frontmatter.title, description: lesson.frontmatter.summary };
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const course = loadCourse();
  const place = findLessonPlace(course, slug);
  if (!place) notFound();
  const lesson = loadLesson(slug);
  return (
    <div className="lesson-layout">
      <article className="lesson" aria-labelledby="lesson-title">
        <LessonHeader lesson={lesson} place={place} />
        <TableOfContents toc={lesson.toc} variant="inline" />
        <div className="prose prose-slate dark:prose-invert lesson-body">
          <LessonBody segments={lesson.segments} />
        </div>
        <LessonSources sources={lesson.frontmatter.sources} />
        <LessonPager place={place} />
      </article>
      <TableOfContents toc={lesson.toc} variant="rail" />
    </div>
  );
}
