import { memo } from 'react';
import type { ChoiceField } from '@/lib/instruments/form/fields';

/** A labelled select for a choice field (memoised, like NumberInput). */
export const ChoiceSelect = memo(function ChoiceSelect({
  id,
  field,
  value,
  onChoose,
}: {
  id: string;
  field: ChoiceField;
  value: string;
  onChoose: (key: string, value: string) => void;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
      </label>
      <select id={id} value={value} onChange={(event) => onChoose(field.key, event.target.value)} className="widget-input mt-1">
        {field.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
});

/** A choice field as a group of radio buttons (arrow keys move between them). */
export function ChoiceRadios({
  name,
  field,
  value,
  onChoose,
}: {
  name: string;
  field: ChoiceField;
  value: string;
  onChoose: (key: string, value: string) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium">{field.label}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {field.choices.map((choice) => (
          <label key={choice.value} className="widget-radio">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChoose(field.key, choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
