'use client';

import type { ReactNode } from 'react';
import { sessionLabel } from '@/lib/isolation/lab/explain';
import type { LabRun } from '@/lib/isolation/lab/model';

/** Play speeds: milliseconds per step. */
export const SPEEDS = [
  { value: 0.5, label: '0.5× (a step every 2.4 s)', ms: 2400 },
  { value: 1, label: '1× (a step every 1.2 s)', ms: 1200 },
  { value: 2, label: '2× (a step every 0.6 s)', ms: 600 },
  { value: 4, label: '4× (a step every 0.3 s)', ms: 300 },
] as const;

function positionText(run: LabRun, step: number): string {
  const total = run.trace.steps.length;
  if (step === 0) return `Start (before step 1 of ${total})`;
  const s = run.trace.steps[step - 1];
  return `Step ${step} of ${total}${s ? `: ${sessionLabel(s.result.session)}: ${s.result.sql}` : ''}`;
}

/**
 * A button that stays focusable when it cannot act (aria-disabled rather than disabled), so focus is not
 * thrown away when, say, Forward reaches the last step.
 */
function LabButton({ inactive, primary, onClick, children }: { inactive: boolean; primary?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className={primary ? 'lab-button lab-button-primary' : 'lab-button'} aria-disabled={inactive || undefined} onClick={() => !inactive && onClick()}>
      {children}
    </button>
  );
}

/** Reset, back, play/pause, forward, speed, and the timeline scrubber. */
export function LabControls({
  idBase,
  run,
  step,
  playing,
  speed,
  onStep,
  onScrub,
  onPlay,
  onPause,
  onSpeed,
  onReset,
}: {
  idBase: string;
  run: LabRun;
  step: number;
  playing: boolean;
  speed: number;
  onStep: (step: number) => void;
  /** A move of the timeline slider: one of a run while it is dragged or its arrow keys held. */
  onScrub: (step: number) => void;
  onPlay: () => void;
  onPause: () => void;
  onSpeed: (speed: number) => void;
  onReset: () => void;
}) {
  const total = run.trace.steps.length;
  return (
    <div className="lab-controls" role="group" aria-label="Step through the run">
      <div className="lab-buttons">
        <LabButton inactive={step === 0 && !playing} onClick={onReset}>
          Reset
        </LabButton>
        <LabButton inactive={step === 0} onClick={() => onStep(step - 1)}>
          <span aria-hidden="true">◀</span> Back
        </LabButton>
        <LabButton primary inactive={!playing && total === 0} onClick={playing ? onPause : onPlay}>
          {playing ? (
            <>
              <span aria-hidden="true">❚❚</span> Pause
            </>
          ) : (
            <>
              <span aria-hidden="true">▶</span> Play
            </>
          )}
        </LabButton>
        <LabButton inactive={step >= total} onClick={() => onStep(step + 1)}>
          Forward <span aria-hidden="true">▶</span>
        </LabButton>
        <label className="lab-speed">
          <span className="lab-label-inline">Speed</span>
          <select className="widget-input lab-select-small" value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="lab-timeline">
        <label htmlFor={`${idBase}-timeline`} className="lab-label">
          Timeline
        </label>
        <input
          id={`${idBase}-timeline`}
          type="range"
          className="lab-range"
          min={0}
          max={total}
          step={1}
          value={step}
          aria-valuetext={positionText(run, step)}
          onChange={(e) => onScrub(Number(e.target.value))}
        />
        <output htmlFor={`${idBase}-timeline`} className="lab-position">
          {step === 0 ? `Start · ${total} steps` : `Step ${step} of ${total}`}
        </output>
      </div>
    </div>
  );
}
