'use client';

import { levelNote } from '@/lib/isolation/lab/explain';
import { CUSTOM_SCENARIO } from '@/lib/isolation/lab/url';
import { SCENARIOS } from '@/lib/isolation/lab/scenarios';
import { ISOLATION_LEVELS, type IsolationLevel } from '@/lib/isolation/engine/types';
import { InlineCode } from './InlineCode';

/** Scenario picker, isolation-level choice and the scenario's description. */
export function LabSetup({
  idBase,
  scenario,
  level,
  description,
  onScenario,
  onLevel,
}: {
  idBase: string;
  scenario: string;
  level: IsolationLevel;
  description: string | null;
  onScenario: (id: string) => void;
  onLevel: (level: IsolationLevel) => void;
}) {
  return (
    <div className="lab-setup">
      <div className="lab-field">
        <label htmlFor={`${idBase}-scenario`} className="lab-label">
          Scenario
        </label>
        <select id={`${idBase}-scenario`} className="widget-input lab-select" value={scenario} onChange={(e) => onScenario(e.target.value)}>
          {SCENARIOS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
          <option value={CUSTOM_SCENARIO}>Your own script</option>
        </select>
      </div>
      <fieldset className="lab-levels">
        <legend className="lab-label">Isolation level</legend>
        <div className="lab-level-options">
          {ISOLATION_LEVELS.map((l) => (
            <label key={l} className="widget-radio lab-radio">
              <input type="radio" name={`${idBase}-level`} value={l} checked={level === l} onChange={() => onLevel(l)} />
              {l}
            </label>
          ))}
        </div>
      </fieldset>
      {level === 'READ UNCOMMITTED' && <p className="lab-note"><InlineCode text={levelNote('READ UNCOMMITTED')} /></p>}
      {description ? (
        <p className="lab-description">
          <InlineCode text={description} />
        </p>
      ) : (
        <p className="lab-description">Your own script, run by the same engine. Edit it in the editor at the bottom of the lab.</p>
      )}
    </div>
  );
}
