import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');
const text = z.string().trim().min(3);
const explanation = z.string().trim().min(15, 'every explanation says why, in a sentence or more');

const choice = z
  .object({ id, text, correct: z.boolean(), explanation })
  .strict();

const base = { id, prompt: text };

/** One question of a lesson quiz; the `type` picks how it is answered and scored. */
export const questionSchema = z.discriminatedUnion('type', [
  z
    .object({ ...base, type: z.literal('single'), options: z.array(choice).min(2).max(6) })
    .strict()
    .refine((q) => q.options.filter((o) => o.correct).length === 1, 'a single-choice question has exactly one correct option'),
  z
    .object({ ...base, type: z.literal('multiple'), options: z.array(choice).min(3).max(8) })
    .strict()
    .refine((q) => q.options.some((o) => o.correct), 'a multiple-choice question needs at least one correct option'),
  z
    .object({
      ...base,
      type: z.literal('numeric'),
      answer: z.number().finite(),
      /** Accepted distance from the answer, as a fraction of it (0.1 = within 10%). */
      relativeTolerance: z.number().min(0).max(1),
      unit: z.string().trim().min(1),
      explanation,
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('ordering'),
      /** The items in their correct order; the quiz shuffles them. */
      items: z.array(z.object({ id, text }).strict()).min(3).max(8),
      explanation,
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('pick-database'),
      /** A workload description; options are databases, exactly one correct. */
      options: z.array(choice).min(2).max(6),
    })
    .strict()
    .refine((q) => q.options.filter((o) => o.correct).length === 1, 'a pick-the-database question has exactly one correct option'),
]);

/**
 * A fact worth remembering from a lesson, shown as a flashcard: a question or cue on the front, the
 * fact on the back. Optional in quiz.json; without them the lesson's flashcards come from its
 * single-answer questions (lib/flashcards/deck.ts).
 */
export const keyFactSchema = z
  .object({ id, front: text, back: z.string().trim().min(15, 'the back of a card states the fact in a sentence or more') })
  .strict();

/** A lesson's quiz (content/lessons/<slug>/quiz.json): 6–8 questions with unique ids, and optional key facts. */
export const quizSchema = z
  .object({ questions: z.array(questionSchema).min(6).max(8), keyFacts: z.array(keyFactSchema).min(3).max(12).optional() })
  .strict()
  .superRefine((quiz, ctx) => {
    const factIds = new Set<string>();
    quiz.keyFacts?.forEach((fact, index) => {
      if (factIds.has(fact.id)) ctx.addIssue({ code: 'custom', path: ['keyFacts', index, 'id'], message: `duplicate key fact id "${fact.id}"` });
      factIds.add(fact.id);
    });
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `duplicate question id "${question.id}"` });
      seen.add(question.id);
      if ('options' in question) {
        const optionIds = new Set(question.options.map((o) => o.id));
        if (optionIds.size !== question.options.length)
          ctx.addIssue({ code: 'custom', path: ['questions', index, 'options'], message: 'option ids repeat' });
      }
      if ('items' in question && new Set(question.items.map((item) => item.id)).size !== question.items.length)
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'items'], message: 'item ids repeat' });
    });
  });

export type QuizQuestion = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type KeyFact = z.infer<typeof keyFactSchema>;
/** A question type, as quiz.json spells it. */
export type QuestionType = QuizQuestion['type'];
/** The questions whose answer is picked from options (one or several). */
export type ChoiceQuestion = Extract<QuizQuestion, { options: unknown }>;
export type NumericQuestion = Extract<QuizQuestion, { type: 'numeric' }>;
export type OrderingQuestion = Extract<QuizQuestion, { type: 'ordering' }>;
