import type { Metadata } from 'next';
import Link from 'next/link';
import { loadCourse } from '@/lib/content/load';
import { glossaryAnchor, lessonHref } from '@/lib/content/routes';
import { loadGlossary } from '@/lib/flashcards/load';
import { groupByLetter } from '@/lib/glossary/group-by-letter';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The database terms the course uses, from ACID and MVCC to write amplification and PACELC, each with a short definition and the lesson that explains it.',
};

export default function GlossaryPage() {
  const lessonTitles = new Map(loadCourse().modules.flatMap((module) => module.lessons.map((lesson) => [lesson.slug, lesson.title] as const)));
  const groups = groupByLetter(loadGlossary(), (term) => term.term);
  const count = groups.reduce((n, group) => n + group.terms.length, 0);
  return (
    <div className="page-narrow py-8 sm:py-10">
      <p className="eyebrow">Reference</p>
      <h1 className="hero-title" data-pagefind-meta="title">
        Glossary
      </h1>
      <p className="hero-lede">
        {count} terms the course uses, each in a sentence or two and linked to the lesson that explains it. In a lesson, a term underlined
        with dots shows its definition when you point at it or tab to it, and links here. Drill them as{' '}
        <Link prefetch={false} href="/flashcards/?deck=glossary" className="text-link">
          flashcards
        </Link>
        .
      </p>
      <nav aria-label="Glossary letters" className="glossary-letters">
        <ul>
          {groups.map((group) => (
            <li key={group.letter}>
              <a href={`#${group.anchor}`}>{group.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div data-pagefind-body>
        {groups.map((group) => (
          <section key={group.letter} aria-labelledby={group.anchor} className="glossary-letter">
            <h2 id={group.anchor} className="glossary-letter-title" data-pagefind-ignore>
              {group.letter}
            </h2>
            {group.terms.map((term) => {
              const lessonTitle = term.lesson ? lessonTitles.get(term.lesson) : undefined;
              return (
                <div key={term.id} className="glossary-item">
                  <h3 id={glossaryAnchor(term.id)} className="glossary-item-term">
                    {term.term}
                  </h3>
                  <p className="glossary-item-definition">{term.definition}</p>
                  {term.lesson && lessonTitle && (
                    <p className="glossary-item-lesson" data-pagefind-ignore>
                      See the lesson{' '}
                      <Link href={lessonHref(term.lesson)} className="text-link">
                        {lessonTitle}
                      </Link>
                    </p>
                  )}
                </div>
              );
            })}
          </section>
        ))}
      </div>
    </div>
  );
}
