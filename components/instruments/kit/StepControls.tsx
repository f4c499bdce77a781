'use client';

import type { ReactNode } from 'react';
import { SPEEDS, type Timeline } from './use-timeline';

/**
 * A button that stays focusable when it cannot act (aria-disabled rather than disabled), so focus is not
 * lost when, say, Next reaches the last step.
 */
export function VizButton({
  inactive = false,
  primary = false,
  onClick,
  children,
  type = 'button',
  describedBy,
}: {
  inactive?: boolean;
  primary?: boolean;
  onClick?: () => void;
  children: ReactNode;
  type?: 'button' | 'submit';
  describedBy?: string;
}) {
  return (
    <button
      type={type}
      className={primary ? 'viz-button viz-button-primary' : 'viz-button'}
      aria-disabled={inactive || undefined}
      aria-describedby={describedBy}
      onClick={(event) => {
        if (inactive) {
          event.preventDefault();
          return;
        }
        onClick?.();
      }}
    >
      {children}
    </button>
  );
}

/** Back, play/pause, next, a timeline scrubber and a speed slider for a list of `count` steps. */
export function StepControls({ idBase, timeline, count, label, stepName }: { idBase: string; timeline: Timeline; count: number; label: string; stepName: (index: number) => string }) {
  const { position, playing } = timeline;
  const last = count - 1;
  const speed = SPEEDS.find((s) => s.value === timeline.speed) ?? SPEEDS[1];
  return (
    <div className="viz-controls" role="group" aria-label={label}>
      <div className="viz-buttons">
        <VizButton inactive={position <= 0} onClick={() => timeline.goTo(position - 1)}>
          <span aria-hidden="true">◀</span> Back
        </VizButton>
        <VizButton primary inactive={!playing && last <= 0} onClick={playing ? timeline.pause : timeline.play}>
          {playing ? (
            <>
              <span aria-hidden="true">❚❚</span> Pause
            </>
          ) : (
            <>
              <span aria-hidden="true">▶</span> Play
            </>
          )}
        </VizButton>
        <VizButton inactive={position >= last} onClick={() => timeline.goTo(position + 1)}>
          Next <span aria-hidden="true">▶</span>
        </VizButton>
        <label className="viz-speed" htmlFor={`${idBase}-speed`}>
          <span className="viz-label-inline">Speed</span>
          <input
            id={`${idBase}-speed`}
            type="range"
            className="viz-range viz-range-short"
            min={1}
            max={SPEEDS.length}
            step={1}
            value={timeline.speed}
            aria-valuetext={`${speed.label}, a step every ${(speed.ms / 1000).toLocaleString('en-US')} s`}
            onChange={(e) => timeline.setSpeed(Number(e.target.value))}
          />
          <span className="viz-speed-value" aria-hidden="true">
            {speed.label}
          </span>
        </label>
      </div>
      <div className="viz-timeline">
        <label htmlFor={`${idBase}-timeline`} className="viz-label-inline">
          Timeline
        </label>
        <input
          id={`${idBase}-timeline`}
          type="range"
          className="viz-range"
          min={0}
          max={Math.max(0, last)}
          step={1}
          value={position}
          disabled={last <= 0}
          aria-valuetext={`Step ${position + 1} of ${count}: ${stepName(position)}`}
          onChange={(e) => timeline.goTo(Number(e.target.value))}
        />
        <output htmlFor={`${idBase}-timeline`} className="viz-position">
          {position + 1} / {count}
        </output>
      </div>
      {timeline.reducedMotion && <p className="viz-note">Reduced motion is on: each operation jumps to its result. Step back through it with Back or the timeline.</p>}
    </div>
  );
}
