'use client';

import { useId } from 'react';
import { CATALOG } from '@/lib/advisor/catalog';
import { MIGRATION_PATTERNS, diagnose } from '@/lib/advisor/diagnose';
import { SYMPTOM_FIELD, SYMPTOM_FORM, isSymptomId, patternInfo, symptomDefaults } from '@/lib/instruments/migration-diagnosis/form';
import { readEmbedProps } from '@/lib/instruments/embed';
import { CalculatorShell } from '@/components/instruments/kit/CalculatorShell';
import { ChoiceRadios } from '@/components/instruments/kit/ChoiceSelect';
import { useCalculatorForm } from '@/components/instruments/kit/use-calculator-form';
import { CitationList } from '../kit/Citations';
import { Heading, headingTag } from '../kit/headings';
import { useHydrated } from '../kit/use-hydrated';

/**
 * The migration diagnosis as a widget: pick a symptom, get its likely cause, what to try before migrating,
 * where to go if that fails and how to move the data. The symptom lives in the URL. Lessons embed it as
 * <MigrationDiagnosis symptom="write-ceiling" />.
 */
export function MigrationDiagnosis(props: { symptom?: unknown; urlKey?: unknown; headingLevel?: unknown }) {
  const start = symptomDefaults(props.symptom);
  const embed = readEmbedProps({ urlKey: props.urlKey }, []);
  const form = useCalculatorForm(SYMPTOM_FORM, start.values, embed.prefix);
  const level = headingTag(props.headingLevel);
  const id = useId();
  const hydrated = useHydrated();
  const symptom = form.state.valid.symptom;
  const diagnosis = diagnose(isSymptomId(symptom) ? symptom : 'p99-latency');
  const pattern = patternInfo(diagnosis.pattern);
  const problem = [start.problem, embed.problem].filter(Boolean).join(' ') || null;

  return (
    <div className="contents" data-widget-ready={hydrated ? 'true' : undefined}>
      <CalculatorShell
        label="Migration diagnosis"
        notice={form.notice}
        authorNotice={problem}
        inputs={
          <div className="space-y-4">
            <div className="advisor-symptoms">
              <ChoiceRadios name={`${id}-symptom`} field={SYMPTOM_FIELD} value={form.state.texts.symptom ?? ''} onChoose={form.choose} />
            </div>
            <details className="text-sm">
              <summary className="cursor-pointer text-[var(--fg-muted)]">Migration patterns</summary>
              <dl className="advisor-patterns mt-2">
                {MIGRATION_PATTERNS.map((entry) => (
                  <div key={entry.id}>
                    <dt className="font-medium">{entry.label}</dt>
                    <dd>
                      {entry.bestFor} Risk: {entry.risk}
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          </div>
        }
      >
        <div role="group" className="advisor-card" aria-labelledby={`${id}-cause`}>
          <p className="text-sm text-[var(--fg-muted)]">Likely cause</p>
          <Heading as={level} id={`${id}-cause`} className="text-lg font-semibold">
            {diagnosis.likelyCause}
          </Heading>
        </div>
        <div role="group" aria-labelledby={`${id}-first`}>
          <Heading as={level} id={`${id}-first`} className="advisor-heading">
            Try first, before migrating
          </Heading>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
            {diagnosis.tryFirst.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
        <div className="grid gap-3 @lg:grid-cols-2">
          <div role="group" className="advisor-item" aria-labelledby={`${id}-target`}>
            <Heading as={level} id={`${id}-target`} className="text-sm text-[var(--fg-muted)]">
              If that is not enough, migrate to
            </Heading>
            <p className="mt-1 font-semibold">
              {diagnosis.migrationTarget.length ? diagnosis.migrationTarget.map((target) => CATALOG[target].name).join(' or ') : 'No migration: stay on the same engine'}
            </p>
          </div>
          <div role="group" className="advisor-item" aria-labelledby={`${id}-pattern`}>
            <Heading as={level} id={`${id}-pattern`} className="text-sm text-[var(--fg-muted)]">
              Migration pattern
            </Heading>
            <p className="mt-1 font-semibold">{pattern.label}</p>
            <p className="mt-1 text-sm">{pattern.bestFor}</p>
            <p className="mt-1 text-sm">
              <span className="font-medium">Risk:</span> {pattern.risk}
            </p>
          </div>
        </div>
        <div role="group" aria-labelledby={`${id}-why`}>
          <Heading as={level} id={`${id}-why`} className="advisor-heading">
            Why
          </Heading>
          <p className="mt-1 text-sm">{diagnosis.explanation}</p>
          <CitationList citations={diagnosis.sources} className="mt-2 space-y-1 text-xs text-[var(--fg-muted)]" />
        </div>
      </CalculatorShell>
    </div>
  );
}
