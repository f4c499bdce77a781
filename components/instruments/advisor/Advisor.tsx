'use client';

import { useId, useMemo } from 'react';
import {
  ASSUMPTION_FORM,
  DEFAULT_ASSUMPTION_VALUES,
  WORKLOAD_FORM,
  WORKLOAD_PRESETS,
  WORKLOAD_PRESET_SOURCES,
} from '@/lib/instruments/advisor/form';
import { advisorView, type AdvisorView } from '@/lib/instruments/advisor/view';
import { ADVISOR_PRESETS } from '@/lib/advisor/presets';
import type { FieldValues } from '@/lib/instruments/form/fields';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { firstPreset, matchPreset } from '@/lib/instruments/form/form-state';
import { CalculatorShell } from '@/components/instruments/kit/CalculatorShell';
import { StaleNote } from '@/components/instruments/kit/FieldInputs';
import { PresetPicker } from '@/components/instruments/kit/PresetPicker';
import { useAfterPaint } from '@/components/instruments/kit/use-after-paint';
import { useCalculatorForm } from '@/components/instruments/kit/use-calculator-form';
import { AssumptionsPanel } from './AssumptionsPanel';
import { SourceLinks } from '../kit/Citations';
import { FrameworkPath } from './FrameworkPath';
import { useHydrated } from '../kit/use-hydrated';
import { headingTag } from '../kit/headings';
import { Alternatives, Recommendation } from './Recommendation';
import { WhyNot } from './WhyNot';
import { WorkloadInputs } from './WorkloadInputs';

const DEFAULT_WORKLOAD = firstPreset(WORKLOAD_PRESETS).values;

function viewOf(workload: FieldValues, assumptions: FieldValues): AdvisorView | null {
  try {
    return advisorView(workload, assumptions);
  } catch {
    // Unreachable through the forms (their checks run the same validation); a null keeps the page standing.
    return null;
  }
}

/** Public pages to compare the matched worked example with, as links (the picker above shows its assumptions). */
function PresetReferences({ presetId }: { presetId: string | null }) {
  const preset = ADVISOR_PRESETS.find((candidate) => candidate.id === presetId);
  if (!preset || preset.references.length === 0) return null;
  return (
    <p className="text-xs text-[var(--fg-muted)]">
      <SourceLinks sources={preset.references} label="To compare with" />
    </p>
  );
}

function joinNotices(...notices: (string | null)[]): string | null {
  const distinct = [...new Set(notices.filter((notice): notice is string => notice !== null))];
  return distinct.length ? distinct.join(' ') : null;
}

/**
 * The database advisor: a workload form (and an assumptions panel) whose valid values live in the URL, and the
 * framework's answer — primary, add-ons, warnings, the path through the factors, alternatives and "why not X?".
 * Lessons embed it as <Advisor preset="…" />; `urlKey` separates two on one page, `headingLevel={2}` suits a page
 * whose only h1 is above it.
 */
export function Advisor(props: EmbedProps & { headingLevel?: unknown }) {
  const embed = readEmbedProps(props, WORKLOAD_PRESETS);
  const level = headingTag(props.headingLevel);
  const form = useCalculatorForm(WORKLOAD_FORM, embed.preset?.values ?? DEFAULT_WORKLOAD, embed.prefix);
  const assumptionForm = useCalculatorForm(ASSUMPTION_FORM, DEFAULT_ASSUMPTION_VALUES, embed.prefix ? `${embed.prefix}.a` : 'a');
  const id = useId();
  const hydrated = useHydrated();
  const workloadValues = form.state.valid;
  const assumptionValues = assumptionForm.state.valid;
  // The advice (a few hundred nodes) follows a change once the frame showing it has been painted, as a transition,
  // so a click's or a preset's own paint never includes the results' layout and paint (typed text reaches the form
  // only after the keystroke's frame anyway: NumberInput).
  const deferredWorkload = useAfterPaint(workloadValues, 0);
  const deferredAssumptions = useAfterPaint(assumptionValues, 0);
  const view = useMemo(() => viewOf(deferredWorkload, deferredAssumptions), [deferredWorkload, deferredAssumptions]);
  // Immediate, so that the worked-example select shows a chosen preset at once (typed text reaches the form only
  // after the keystroke's frame, so this line never weighs on a keystroke's paint).
  const matched = useMemo(() => matchPreset(WORKLOAD_FORM, workloadValues, WORKLOAD_PRESETS), [workloadValues]);
  const errors = { ...form.state.errors, ...Object.fromEntries(Object.entries(assumptionForm.state.errors).map(([k, v]) => [`a.${k}`, v])) };

  return (
    <div className="contents" data-widget-ready={hydrated ? 'true' : undefined}>
      <CalculatorShell
        // Named after the example it starts from, so that a lesson with several advisors has distinct regions.
        label={embed.preset ? `Database advisor, starting from ${embed.preset.name}` : 'Database advisor'}
        notice={joinNotices(form.notice, assumptionForm.notice)}
        authorNotice={embed.problem}
        inputs={
          <div className="space-y-4">
            <PresetPicker id={`${id}-preset`} presets={WORKLOAD_PRESETS} matched={matched} sources={WORKLOAD_PRESET_SOURCES} onLoad={form.load} />
            <PresetReferences presetId={matched?.id ?? null} />
            <WorkloadInputs idPrefix={id} form={form} />
            <AssumptionsPanel idPrefix={`${id}-a`} form={assumptionForm} valid={assumptionValues} result={view?.summary ?? ''} />
          </div>
        }
      >
        <StaleNote errors={errors} />
        {view === null ? (
          <p className="widget-notice">The advisor could not use these values; change one of them to try again.</p>
        ) : (
          <>
            <p role="status" className="advisor-summary">
              {view.summary}
            </p>
            <Recommendation
              id={`${id}-rec`}
              advice={view.advice}
              hosting={view.hosting}
              sharded={view.path[4]?.taken === 'sharded'}
              level={level}
              warningSources={view.warningSources}
            />
            <FrameworkPath id={`${id}-path`} path={view.path} advice={view.advice} hosting={view.hosting} level={level} />
            <Alternatives id={`${id}-alt`} advice={view.advice} level={level} />
            <WhyNot
              id={`${id}-why`}
              answerFor={view.whyNot}
              suggested={view.advice.alternatives[0]?.id ?? 'mongodb'}
              level={level}
            />
          </>
        )}
      </CalculatorShell>
    </div>
  );
}
