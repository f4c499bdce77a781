import { memo } from 'react';
import { CATALOG, isAssumption, sourcesOf, type Advice, type Citation } from '@/lib/advisor';
import { CitationList, SourceLinks } from '../kit/Citations';
import { Heading, type HeadingTag } from '../kit/headings';

/** A warning's sources, compactly: the pages as links, and the planning assumptions it rests on by name. */
function WarningSources({ citations }: { citations: readonly Citation[] }) {
  const assumptions = citations.filter(isAssumption);
  const links = sourcesOf(citations);
  if (citations.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-[var(--fg-muted)]">
      {assumptions.length > 0 && <span>Rests on the course&apos;s planning assumptions: {assumptions.map((a) => a.statement).join('; ')}. </span>}
      <SourceLinks sources={links} />
    </p>
  );
}

function WarningIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false" className="advisor-warning-icon">
      <path d="M10 2.5 18.5 17h-17L10 2.5Z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M10 8v4.2" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="10" cy="14.6" r="1" fill="currentColor" />
    </svg>
  );
}

/** The primary with its reasons, the add-ons with their roles, and the warnings, labelled in words. */
export const Recommendation = memo(function Recommendation({
  id,
  advice,
  hosting,
  sharded,
  level,
  warningSources = [],
}: {
  id: string;
  advice: Advice;
  hosting: string;
  sharded: boolean;
  level: HeadingTag;
  /** The citations behind each warning, in `advice.warnings` order. */
  warningSources?: readonly (readonly Citation[])[];
}) {
  const { primary, addOns, warnings } = advice;
  return (
    <>
      <div role="group" className="advisor-card" aria-labelledby={`${id}-primary`}>
        <p className="text-sm text-[var(--fg-muted)]">Primary database (system of record)</p>
        <Heading as={level} id={`${id}-primary`} className="text-2xl font-semibold tracking-tight">
          {primary.name}
        </Heading>
        <p className="mt-1 flex flex-wrap gap-2 text-sm">
          <span className="advisor-tag">{hosting}</span>
          {sharded && <span className="advisor-tag">Sharded by a domain key</span>}
        </p>
        <p className="mt-3 text-sm font-medium">Why</p>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {primary.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-[var(--fg-muted)]">Where the facts about {primary.name} come from</summary>
          <CitationList citations={CATALOG[primary.id].sources} />
        </details>
      </div>

      {warnings.length > 0 && (
        <div role="group" className="advisor-warnings" aria-labelledby={`${id}-warnings`}>
          <Heading as={level} id={`${id}-warnings`} className="flex items-center gap-2 text-base font-semibold">
            <WarningIcon />
            {warnings.length === 1 ? 'Warning' : `Warnings (${warnings.length})`}
          </Heading>
          <ul className="mt-2 space-y-2 text-sm">
            {warnings.map((warning, index) => (
              <li key={warning}>
                {warning}
                <WarningSources citations={warningSources[index] ?? []} />
              </li>
            ))}
          </ul>
        </div>
      )}

      <div role="group" aria-labelledby={`${id}-addons`}>
        <Heading as={level} id={`${id}-addons`} className="advisor-heading">
          Add-ons
        </Heading>
        {addOns.length === 0 ? (
          <p className="mt-1 text-sm">None: the primary does every job this workload needs.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {addOns.map((addOn) => (
              <li key={addOn.id} className="advisor-item">
                <p className="text-sm">
                  <strong>{CATALOG[addOn.id].name}</strong> <span className="advisor-tag">{addOn.role}</span>
                </p>
                <p className="mt-1 text-sm">{addOn.why}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
});

/** The stores considered and not chosen, each with its reason. */
export const Alternatives = memo(function Alternatives({ id, advice, level }: { id: string; advice: Advice; level: HeadingTag }) {
  return (
    <div role="group" aria-labelledby={`${id}-alternatives`}>
      <Heading as={level} id={`${id}-alternatives`} className="advisor-heading">
        Alternatives considered
      </Heading>
      {advice.alternatives.length === 0 ? (
        <p className="mt-1 text-sm">No close alternatives for this workload.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {advice.alternatives.map((alternative) => (
            <li key={alternative.id} className="advisor-item text-sm">
              <strong>{alternative.name}</strong>: {alternative.whyNot}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
