import { memo } from 'react';
import { takenLabel, type PathStep } from '@/lib/advisor/framework-path';
import type { Advice } from '@/lib/advisor';
import { CATALOG } from '@/lib/advisor';
import { Heading, type HeadingTag } from '../kit/headings';

function Check() {
  return (
    <svg className="advisor-branch-check" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The framework drawn as a flow, one node per factor in order and the recommendation last. At each factor every
 * branch is shown and the one this workload took is filled, ticked and named (so the path never depends on
 * colour); the ordered list is the diagram, so screen readers get the same steps in the same order.
 */
export const FrameworkPath = memo(function FrameworkPath({
  id,
  path,
  advice,
  hosting,
  level,
}: {
  id: string;
  path: readonly PathStep[];
  advice: Advice;
  hosting: string;
  level: HeadingTag;
}) {
  const headingId = `${id}-heading`;
  const addOns = advice.addOns.map((addOn) => `${CATALOG[addOn.id].name} (${addOn.role})`);
  return (
    <div role="group" aria-labelledby={headingId}>
      <Heading as={level} id={headingId} className="advisor-heading">
        Path through the framework
      </Heading>
      <p className="mt-1 text-sm text-[var(--fg-muted)]">
        The factors in the order the framework applies them. At each one, the ticked branch is the one this workload takes.
      </p>
      <ol className="advisor-path" aria-labelledby={headingId}>
        {path.map((step, index) => {
          const entry = advice.trace[index];
          return (
            <li key={step.factor} className="advisor-step">
              <span className="advisor-node" aria-hidden="true">
                {index + 1}
              </span>
              <div className="min-w-0">
                <p className="advisor-step-title">
                  {step.factor}
                  <span className="sr-only">:</span> <span className="advisor-step-taken">→ {takenLabel(step)}</span>
                </p>
                <ul className="advisor-branches" aria-label={`${step.factor}: possible branches`}>
                  {step.branches.map((branch) => {
                    const taken = branch.id === step.taken;
                    return (
                      <li key={branch.id} className="advisor-branch" data-taken={taken ? 'true' : undefined}>
                        {taken && <Check />}
                        {branch.label}
                        {taken && <span className="sr-only"> (taken)</span>}
                      </li>
                    );
                  })}
                </ul>
                {entry && (
                  <dl className="advisor-step-text">
                    <dt>Finding</dt>
                    <dd>{entry.finding}</dd>
                    <dt>Effect</dt>
                    <dd>{entry.effect}</dd>
                  </dl>
                )}
              </div>
            </li>
          );
        })}
        <li className="advisor-step advisor-step-end">
          <span className="advisor-node" aria-hidden="true">
            <Check />
          </span>
          <div className="min-w-0">
            <p className="advisor-step-title">Recommendation</p>
            <p className="mt-1 text-sm">
              <strong>{advice.primary.name}</strong> ({hosting.toLowerCase()}){addOns.length ? `, with ${addOns.join(', ')}` : ', with no add-ons'}.
            </p>
          </div>
        </li>
      </ol>
    </div>
  );
});
