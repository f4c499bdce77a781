import type { FieldValues } from '@/lib/instruments/form/fields';
import type { FormPreset } from '@/lib/instruments/form/form-state';

/** Where a preset's numbers come from (an `EstimatorPreset` is one; other widgets map their presets to this shape). */
export interface PresetSource {
  id: string;
  source: string;
  assumptions: readonly string[];
}

/** Loads a worked example, shows which one (if any) the values match, and where its numbers come from. */
export function PresetPicker({
  id,
  presets,
  matched,
  sources,
  onLoad,
}: {
  id: string;
  presets: readonly FormPreset[];
  matched: FormPreset | null;
  sources: readonly PresetSource[];
  onLoad: (values: FieldValues) => void;
}) {
  const source = matched ? sources.find((preset) => preset.id === matched.id) : undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        Worked example
      </label>
      <select
        id={id}
        value={matched?.id ?? ''}
        onChange={(event) => {
          const preset = presets.find((p) => p.id === event.target.value);
          if (preset) onLoad(preset.values);
        }}
        className="widget-input mt-1"
      >
        <option value="" disabled>
          Your own values
        </option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name}
          </option>
        ))}
      </select>
      {source ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-[var(--fg-muted)]">Where these numbers come from</summary>
          <p className="mt-2">{source.source}</p>
          {source.assumptions.length > 0 && (
            <>
              <p className="mt-2 font-medium">Assumed for this course:</p>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {source.assumptions.map((assumption) => (
                  <li key={assumption}>{assumption}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      ) : (
        <p className="mt-2 text-sm text-[var(--fg-muted)]">You have changed the example&apos;s values.</p>
      )}
    </div>
  );
}
