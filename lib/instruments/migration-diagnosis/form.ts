// The migration-diagnosis widget's form: one choice field holding the symptom, so the chosen symptom lives in the
// URL (shareable, and Back returns to the previous one) through the calculators' URL-state infrastructure.

import type { ChoiceField, FieldValues } from '../form/fields';
import type { FormSpec } from '../form/form-state';
import { MIGRATION_PATTERNS, SYMPTOMS, SYMPTOM_IDS, type MigrationPatternInfo, type SymptomId } from '../../advisor/diagnose';

/** The symptom picker. */
export const SYMPTOM_FIELD: ChoiceField = {
  kind: 'choice',
  key: 'symptom',
  label: 'Symptom',
  choices: SYMPTOMS.map((symptom) => ({ value: symptom.id, label: symptom.label })),
};

/** The diagnosis form. */
export const SYMPTOM_FORM: FormSpec = { fields: [SYMPTOM_FIELD] };

/** Whether an untrusted value is a symptom id. */
export function isSymptomId(value: unknown): value is SymptomId {
  return typeof value === 'string' && (SYMPTOM_IDS as readonly string[]).includes(value);
}

/** The form's starting values for an embed's `symptom` prop, and a note for the author when the prop is unknown. */
export function symptomDefaults(prop: unknown): { values: FieldValues; problem: string | null } {
  const first = SYMPTOM_IDS[0];
  if (prop === undefined) return { values: { symptom: first }, problem: null };
  if (isSymptomId(prop)) return { values: { symptom: prop }, problem: null };
  const named = typeof prop === 'string' ? `“${prop.slice(0, 40)}”` : 'of that kind';
  return {
    values: { symptom: first },
    problem: `There is no symptom ${named} (known: ${SYMPTOM_IDS.join(', ')}), so the diagnosis starts from the first one.`,
  };
}

/** The legend entry of a migration pattern. */
export function patternInfo(id: MigrationPatternInfo['id']): MigrationPatternInfo {
  const info = MIGRATION_PATTERNS.find((pattern) => pattern.id === id);
  if (!info) throw new Error(`No migration pattern ${id}`);
  return info;
}
