import {
  validateProgramCriteria,
  type OptionalRiskTriggerId,
  type ProgramCriteria,
  type ProgramCriteriaInput,
} from '@openiort/guidelines';
import type { FieldError } from '@openiort/contract';

export const CRITERIA_FIELDS = [
  'minAgeExclusiveYears',
  'maxSizeExclusiveMm',
  'histologies',
  'excludeBrcaCarriers',
  'nodeNegativeStages',
  'extraRiskAdaptedTriggers',
] as const;
export type CriteriaField = (typeof CRITERIA_FIELDS)[number];
export type CriteriaErrors = Partial<Record<CriteriaField, string>>;

export interface CriteriaFormValues {
  minAgeExclusiveYears: string;
  maxSizeExclusiveMm: string;
  histologies: string[];
  excludeBrcaCarriers: boolean;
  nodeNegativeStages: string[];
  extraRiskAdaptedTriggers: string[];
}

/** Each optional trigger's label, as its key in the clinician strings. */
export const TRIGGER_LABELS: Record<OptionalRiskTriggerId, string> = {
  'grade-3': 'programCriteria.triggerLabels.grade3',
  'er-or-pr-negative': 'programCriteria.triggerLabels.erOrPrNegative',
  lvsi: 'programCriteria.triggerLabels.lvsi',
  'any-nodal-involvement': 'programCriteria.triggerLabels.anyNodalInvolvement',
  multifocal: 'programCriteria.triggerLabels.multifocal',
  'neoadjuvant-therapy': 'programCriteria.triggerLabels.neoadjuvantTherapy',
};

export function criteriaToFormValues(criteria: ProgramCriteria): CriteriaFormValues {
  return {
    minAgeExclusiveYears: String(criteria.minAgeExclusiveYears),
    maxSizeExclusiveMm: String(criteria.maxSizeExclusiveMm),
    histologies: [...criteria.histologies],
    excludeBrcaCarriers: criteria.excludeBrcaCarriers,
    nodeNegativeStages: [...criteria.nodeNegativeStages],
    extraRiskAdaptedTriggers: [...criteria.extraRiskAdaptedTriggers],
  };
}

function toNumber(text: string): number | string {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text;
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Errors on the form's fields ("criteria.minAgeExclusiveYears" too); the rest apart. */
export function sortCriteriaErrors(errors: readonly FieldError[]): {
  fields: CriteriaErrors;
  other: string[];
} {
  const fields: CriteriaErrors = {};
  const other: string[] = [];
  for (const error of errors) {
    const name = error.path.replace(/^criteria\./, '').split('.')[0] ?? '';
    if ((CRITERIA_FIELDS as readonly string[]).includes(name)) {
      fields[name as CriteriaField] ??= sentence(error.message);
    } else {
      other.push(error.message);
    }
  }
  return { fields, other };
}

/** The form as the change to send, checked with the engine's own rules (the server's too). */
export function formValuesToCriteria(
  values: CriteriaFormValues,
): { ok: true; criteria: ProgramCriteriaInput } | { ok: false; errors: CriteriaErrors } {
  const checked = validateProgramCriteria({
    ...values,
    minAgeExclusiveYears: toNumber(values.minAgeExclusiveYears),
    maxSizeExclusiveMm: toNumber(values.maxSizeExclusiveMm),
  });
  if (checked.ok) return { ok: true, criteria: checked.criteria };
  return { ok: false, errors: sortCriteriaErrors(checked.errors).fields };
}
