import type { FieldSpec } from '@/lib/instruments/form/fields';
import { ChoiceSelect } from './ChoiceSelect';
import { NumberInput } from './NumberInput';
import type { CalculatorForm } from './use-calculator-form';

/** The inputs for a list of fields, wired to a calculator form. */
export function FieldInputs({ idPrefix, fields, form }: { idPrefix: string; fields: readonly FieldSpec[]; form: CalculatorForm }) {
  return fields.map((field) =>
    field.kind === 'number' ? (
      <NumberInput
        key={field.key}
        id={`${idPrefix}-${field.key}`}
        field={field}
        text={form.state.texts[field.key] ?? ''}
        error={form.state.errors[field.key]}
        onEdit={form.edit}
        onCommit={form.commit}
      />
    ) : (
      <ChoiceSelect
        key={field.key}
        id={`${idPrefix}-${field.key}`}
        field={field}
        value={form.state.texts[field.key] ?? ''}
        onChoose={form.choose}
      />
    ),
  );
}

/** Says that the result on screen belongs to the last valid values while a field is wrong. */
export function StaleNote({ errors }: { errors: Readonly<Record<string, string>> }) {
  const count = Object.keys(errors).length;
  if (count === 0) return null;
  return (
    <p className="widget-notice">
      {count === 1 ? 'One field needs' : `${count} fields need`} fixing; the result below is for the last valid values.
    </p>
  );
}
