/** A lesson as the navigation sees it. */
export interface LessonSummary {
  slug: string;
  title: string;
  summary: string;
  /** The author's estimate of minutes to work through the lesson. */
  minutes: number;
  /** Minutes to read the prose, counted from the text. */
  readingMinutes: number;
}

/** A module of the course with its lessons in order. */
export interface CourseModule {
  id: string;
  title: string;
  summary: string;
  lessons: LessonSummary[];
}

/** The course manifest after the build: modules → lessons, with titles resolved. */
export interface CompiledCourse {
  title: string;
  tagline: string;
  outcomes: string[];
  modules: CourseModule[];
}
