import { memo } from 'react';
import {
  ACCESS_PATTERN_FIELDS,
  DATA_FIELDS,
  DATA_MODEL_FIELD,
  LOAD_FIELDS,
  LOAD_FLAGS,
  TEAM_FIELDS,
} from '@/lib/instruments/advisor/form';
import type { ChoiceField } from '@/lib/instruments/form/fields';
import { InputGroup } from '@/components/instruments/kit/CalculatorShell';
import { ChoiceSelect } from '@/components/instruments/kit/ChoiceSelect';
import { FieldInputs } from '@/components/instruments/kit/FieldInputs';
import type { CalculatorForm } from '@/components/instruments/kit/use-calculator-form';

/** A yes/no choice field as a checkbox (its value is 'yes' or 'no', so it lives in the URL like any choice). */
const FlagCheckbox = memo(function FlagCheckbox({
  id,
  field,
  checked,
  onChoose,
}: {
  id: string;
  field: ChoiceField;
  checked: boolean;
  onChoose: (key: string, value: string) => void;
}) {
  return (
    <label htmlFor={id} className="advisor-check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChoose(field.key, event.target.checked ? 'yes' : 'no')} />
      <span>{field.label}</span>
    </label>
  );
});

/** Every workload field, in three groups; the access patterns are a group of checkboxes. */
export function WorkloadInputs({ idPrefix, form }: { idPrefix: string; form: CalculatorForm }) {
  return (
    <>
      <InputGroup legend="Load">
        <FieldInputs idPrefix={idPrefix} fields={LOAD_FIELDS} form={form} />
        <div className="space-y-2">
          {LOAD_FLAGS.map((field) => (
            <FlagCheckbox key={field.key} id={`${idPrefix}-${field.key}`} field={field} checked={form.state.texts[field.key] === 'yes'} onChoose={form.choose} />
          ))}
        </div>
      </InputGroup>
      <InputGroup legend="Data">
        <ChoiceSelect id={`${idPrefix}-dataModel`} field={DATA_MODEL_FIELD} value={form.state.texts.dataModel ?? ''} onChoose={form.choose} />
        <fieldset className="min-w-0">
          <legend className="text-sm font-medium">Access patterns</legend>
          <div className="mt-1 grid gap-1.5">
            {ACCESS_PATTERN_FIELDS.map((field) => (
              <FlagCheckbox key={field.key} id={`${idPrefix}-${field.key}`} field={field} checked={form.state.texts[field.key] === 'yes'} onChoose={form.choose} />
            ))}
          </div>
        </fieldset>
        <FieldInputs idPrefix={idPrefix} fields={DATA_FIELDS} form={form} />
      </InputGroup>
      <InputGroup legend="Team and budget">
        <FieldInputs idPrefix={idPrefix} fields={TEAM_FIELDS} form={form} />
      </InputGroup>
    </>
  );
}
