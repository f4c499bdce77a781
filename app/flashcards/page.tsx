import type { Metadata } from 'next';
import Link from 'next/link';
import { FlashcardReview } from '@/components/flashcards/FlashcardReview';
import { loadCourse } from '@/lib/content/load';
import { lessonHref } from '@/lib/content/routes';
import { loadDeck } from '@/lib/flashcards/load';

export const metadata: Metadata = {
  title: 'Flashcards',
  description: 'Glossary terms and each lesson’s key facts as flashcards, scheduled by spaced repetition in your browser.',
};

export default function FlashcardsPage() {
  const lessons = loadCourse().modules.flatMap((module) => module.lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title })));
  const cards = loadDeck();
  const terms = cards.filter((card) => card.kind === 'term').sort((a, b) => a.front.localeCompare(b.front, 'en'));
  const factsByLesson = lessons
    .map((lesson) => ({ lesson, facts: cards.filter((card) => card.kind === 'fact' && card.lesson?.slug === lesson.slug) }))
    .filter((group) => group.facts.length > 0);
  return (
    <div className="page-narrow py-8 sm:py-10">
      <p className="eyebrow">Remember it</p>
      <h1 className="hero-title">Flashcards</h1>
      <p className="hero-lede">
        The glossary and each lesson’s key facts. Recall the answer, reveal it, and say how well you knew it: cards you know come back
        less often. Your schedule stays in this browser.
      </p>
      <div className="mt-8">
        <FlashcardReview cards={cards} lessons={lessons.filter((lesson) => cards.some((card) => card.lesson?.slug === lesson.slug))} />
      </div>

      <section aria-labelledby="glossary-title" className="mt-14">
        <h2 id="glossary-title" className="section-title">
          Glossary
        </h2>
        <dl className="glossary">
          {terms.map((card) => (
            <div key={card.id} id={card.id.replace(':', '-')} className="glossary-entry">
              <dt className="glossary-term">{card.front}</dt>
              <dd>
                {card.back}
                {card.lesson && (
                  <>
                    {' '}
                    <Link href={lessonHref(card.lesson.slug)} className="text-link glossary-link">
                      Lesson: {card.lesson.title}
                    </Link>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="facts-title" className="mt-14 mb-16">
        <h2 id="facts-title" className="section-title">
          Key facts by lesson
        </h2>
        {factsByLesson.map(({ lesson, facts }) => (
          <section key={lesson.slug} aria-labelledby={`facts-${lesson.slug}`} className="mt-8">
            <h3 id={`facts-${lesson.slug}`} className="text-lg font-semibold">
              <Link href={lessonHref(lesson.slug)} className="text-link">
                {lesson.title}
              </Link>
            </h3>
            <dl className="glossary">
              {facts.map((card) => (
                <div key={card.id} className="glossary-entry">
                  <dt className="glossary-term">{card.front}</dt>
                  <dd>{card.back}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>
    </div>
  );
}
