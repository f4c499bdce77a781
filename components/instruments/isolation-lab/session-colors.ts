import type { LabRun } from '@/lib/isolation/lab/model';

/** A session's colour slot (1–4, in order of first appearance); CSS classes lab-s1 … lab-s4 hold the colours. */
export function sessionIndex(run: LabRun, session: string): number {
  const i = run.trace.sessions.indexOf(session);
  return i < 0 ? 1 : (i % 4) + 1;
}
