import { presentQuestion, type PresentedQuestion } from './attempt';
import { isCorrect, summarise, type Answer, type Score } from './score';
import type { QuizQuestion } from './schema';
import { seededShuffle } from './shuffle';

/** The exam's question pool: every lesson that has a quiz, grouped by module in course order. */
export interface ExamPool {
  modules: Array<{ id: string; title: string; lessons: Array<{ slug: string; title: string; questions: QuizQuestion[] }> }>;
}

/** One drawn exam question, with where it came from. */
export interface ExamQuestion extends PresentedQuestion {
  moduleId: string;
  lessonSlug: string;
  lessonTitle: string;
}

// Aim for an exam of about this many questions, taking 2–4 from each lesson: with few lessons the exam
// still has substance, with many it stays a sitting's work (16 lessons → 32 questions).
const TARGET_QUESTIONS = 16;
const MIN_PER_LESSON = 2;
const MAX_PER_LESSON = 4;

/** How many questions the exam draws from each lesson, given how many lessons have a quiz. */
export function questionsPerLesson(lessonsWithQuiz: number): number {
  if (lessonsWithQuiz <= 0) return 0;
  return Math.min(MAX_PER_LESSON, Math.max(MIN_PER_LESSON, Math.round(TARGET_QUESTIONS / lessonsWithQuiz)));
}

/**
 * Draws an exam: the same number of questions from every lesson, chosen and laid out by `seed`
 * (same seed, same exam), listed in course order so the result reads module by module.
 */
export function drawExam(pool: ExamPool, seed: number): ExamQuestion[] {
  const lessons = pool.modules.flatMap((module) => module.lessons.filter((l) => l.questions.length > 0).map((lesson) => ({ module, lesson })));
  const perLesson = questionsPerLesson(lessons.length);
  return lessons.flatMap(({ module, lesson }) =>
    seededShuffle(lesson.questions, seed, `exam:${lesson.slug}`)
      .slice(0, perLesson)
      .map((question) => ({
        ...presentQuestion(`${lesson.slug}/${question.id}`, question, seed),
        moduleId: module.id,
        lessonSlug: lesson.slug,
        lessonTitle: lesson.title,
      })),
  );
}

/** The exam's result for each module that contributed questions, in course order. */
export function resultsByModule(
  pool: ExamPool,
  questions: readonly ExamQuestion[],
  answers: Readonly<Record<string, Answer | undefined>>,
): Array<{ id: string; title: string; score: Score }> {
  return pool.modules.flatMap((module) => {
    const own = questions.filter((q) => q.moduleId === module.id);
    if (own.length === 0) return [];
    const answered = own.filter((q) => answers[q.key]);
    const correct = answered.filter((q) => isCorrect(q.question, answers[q.key] as Answer)).length;
    return [{ id: module.id, title: module.title, score: summarise(correct, answered.length, own.length) }];
  });
}
