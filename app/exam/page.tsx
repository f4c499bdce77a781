import type { Metadata } from 'next';
import Link from 'next/link';
import { Exam } from '@/components/quiz/Exam';
import { loadCourse, loadLesson } from '@/lib/content/load';
import { questionsPerLesson, type ExamPool } from '@/lib/quiz/exam';
import { PASS_MARK } from '@/lib/quiz/score';

export const metadata: Metadata = {
  title: 'Final exam',
  description: 'Questions drawn from every lesson of the Database Field Guide, scored per module, with every answer explained.',
};

export default function ExamPage() {
  const course = loadCourse();
  const pool: ExamPool = {
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.title,
      lessons: module.lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title, questions: loadLesson(lesson.slug).quiz?.questions ?? [] })),
    })),
  };
  const withQuiz = pool.modules.flatMap((m) => m.lessons).filter((l) => l.questions.length > 0).length;
  const perLesson = questionsPerLesson(withQuiz);
  return (
    <div className="page-narrow py-8 sm:py-10">
      <p className="eyebrow">Test yourself</p>
      <h1 className="hero-title">Final exam</h1>
      <p className="hero-lede">
        {perLesson * withQuiz} questions, {perLesson} from each of the {withQuiz} lessons with a quiz. Answer them all, then submit: you get a
        score for each module and an explanation for every option. Aim for {Math.round(PASS_MARK * 100)}% in each module. A new exam draws
        different questions.
      </p>
      <p className="mt-3 text-sm">
        Rather go lesson by lesson? Every lesson ends with its own quiz, and the{' '}
        <Link prefetch={false} href="/flashcards/" className="text-link">
          flashcards
        </Link>{' '}
        drill the terms.
      </p>
      <div className="mt-8 mb-16">
        <Exam pool={pool} />
      </div>
    </div>
  );
}
