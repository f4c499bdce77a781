import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LessonHeader } from '@/components/lesson/LessonHeader';
import { LessonPager } from '@/components/lesson/LessonPager';
import { LessonSources } from '@/components/lesson/LessonSources';
import { TableOfContents } from '@/components/lesson/TableOfContents';
import { LessonBody } from '@/components/mdx/LessonBody';
import { ReadSentinel } from '@/components/progress/ReadSentinel';
import { Quiz } from '@/components/quiz/Quiz';
import { TermTooltips } from '@/components/ui/TermTooltips';
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
      {/* Search (scripts/build-search-index.mjs) indexes the lesson text alone, tagged with its module. */}
      <article className="lesson" aria-labelledby="lesson-title" data-pagefind-meta={`module:${place.module.title}`} data-pagefind-filter={`module:${place.module.title}`}>
        <LessonHeader lesson={lesson} place={place} />
        <TableOfContents toc={lesson.toc} variant="inline" />
        <div className="prose prose-slate dark:prose-invert lesson-body" data-pagefind-body>
          <LessonBody segments={lesson.segments} />
        </div>
        <TermTooltips />
        {/* Reaching this line marks the lesson read; passing the quiz below marks it mastered. */}
        <ReadSentinel slug={slug} />
        {lesson.quiz && <Quiz slug={slug} questions={lesson.quiz.questions} />}
        <LessonSources sources={lesson.frontmatter.sources} />
        <p className="lesson-practice">
          <Link prefetch={false} href={`/flashcards/?deck=${slug}`} className="text-link">
            Flashcards for this lesson
          </Link>
          <span aria-hidden="true"> · </span>
          <Link prefetch={false} href="/exam/" className="text-link">
            Final exam
          </Link>
        </p>
        <LessonPager place={place} />
      </article>
      <TableOfContents toc={lesson.toc} variant="rail" />
    </div>
  );
}
