import type { FieldError, PlanInputDto, ProgramLimitsDto } from '@openiort/contract';
import { DEFAULT_PLAN_LIMITS, validatePlanInput, type PlanInput } from '@openiort/dosimetry';
import type { TFunction } from 'i18next';
import type { SortedErrors } from '../../api/field-errors.ts';

/** The plan form: every field is text, as typed; '' means not given. */
export const PLAN_FIELDS = [
  'sourceId',
  'airKermaStrengthU',
  'fillVolumeCc',
  'doseGy',
  'prescriptionTo',
  'depthCm',
  'skinDistanceCm',
  'chestWallDistanceCm',
  'overrideReason',
] as const;

export type PlanField = (typeof PLAN_FIELDS)[number];
export type PlanFormValues = Record<PlanField, string>;
export type PlanErrors = SortedErrors<PlanField>;

/**
 * What the form works with besides the typed values: the dwell step an edit keeps from the stored
 * plan, the program limits in force (the server checks every save against them), and whether the
 * signed-in person may override the minimum skin distance (radiation oncologists only).
 */
export interface PlanSettings {
  dwellStepCm?: number;
  limits: ProgramLimitsDto;
  canOverride: boolean;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  limits: DEFAULT_PLAN_LIMITS,
  canOverride: false,
};

/** A new plan: the usual 20 Gy to the balloon surface; the measurements are for the user. */
export function emptyPlanValues(sourceId: string): PlanFormValues {
  return {
    sourceId,
    airKermaStrengthU: '',
    fillVolumeCc: '',
    doseGy: '20',
    prescriptionTo: 'surface',
    depthCm: '',
    skinDistanceCm: '',
    chestWallDistanceCm: '',
    overrideReason: '',
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A stored plan's input as form values. */
export function planValues(sourceId: string, input: PlanInputDto): PlanFormValues {
  return {
    sourceId,
    airKermaStrengthU: text(input.airKermaStrengthU),
    fillVolumeCc: text(input.applicator.fillVolumeCc),
    doseGy: text(input.prescription.doseGy),
    prescriptionTo: input.prescription.to,
    depthCm: text(input.prescription.depthCm),
    skinDistanceCm: text(input.skinDistanceCm),
    chestWallDistanceCm: text(input.chestWallDistanceCm),
    overrideReason: input.skinDistanceOverride?.reason ?? '',
  };
}

/** True when the two sets of values would make the same plan. */
export function sameValues(a: PlanFormValues, b: PlanFormValues): boolean {
  return PLAN_FIELDS.every((field) => a[field].trim() === b[field].trim());
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** "1,2" and "1.2" are the same distance; anything else that is not a number stays NaN. */
export function parseDecimal(value: string): number {
  const normalised = value.trim().replace(',', '.');
  return DECIMAL.test(normalised) ? Number(normalised) : Number.NaN;
}

/** The override reason matters only when the skin distance is below the program minimum. */
export function needsOverride(
  values: PlanFormValues,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
): boolean {
  const skin = parseDecimal(values.skinDistanceCm);
  return Number.isFinite(skin) && skin < settings.limits.minSkinDistanceCm;
}

/** The engine's (or server's, without "input.") path of a plan-input error as a form field. */
export function fieldOfPath(path: string): PlanField | null {
  const bare = path.replace(/^input\./, '');
  if (bare === 'sourceId') return 'sourceId';
  if (bare === 'airKermaStrengthU') return 'airKermaStrengthU';
  if (bare.startsWith('applicator')) return 'fillVolumeCc';
  if (bare === 'prescription.to') return 'prescriptionTo';
  if (bare === 'prescription.depthCm') return 'depthCm';
  if (bare.startsWith('prescription')) return 'doseGy';
  if (bare === 'skinDistanceCm') return 'skinDistanceCm';
  if (bare === 'chestWallDistanceCm') return 'chestWallDistanceCm';
  if (bare.startsWith('skinDistanceOverride')) return 'overrideReason';
  return null;
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Field errors (the engine's, or the server's 400 with paths such as `input.skinDistanceCm`) on
 * the form's fields, first message per field; errors on anything else are kept apart, with their
 * path so they still say what they are about.
 */
export function sortPlanErrors(errors: readonly FieldError[]): PlanErrors {
  const sorted: PlanErrors = { fields: {}, other: [] };
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (field === null) sorted.other.push(`${error.path} ${error.message}`);
    else sorted.fields[field] ??= sentence(error.message);
  }
  return sorted;
}

/**
 * Numbers that could not be read at all, before the engine sees them; in the engine's style
 * (lower case, made a sentence on the field), `t` of the clinician namespace.
 */
function unreadable(t: TFunction, values: PlanFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: PlanField, required: boolean, unit: string) => {
    const raw = values[field].trim();
    if (raw === '') {
      if (required) errors.push({ path: field, message: t('planning.form.enterNumber', { unit }) });
    } else if (!Number.isFinite(parseDecimal(raw))) {
      errors.push({ path: field, message: t('planning.form.enterNumberSuchAs', { unit }) });
    }
  };
  check('airKermaStrengthU', false, 'U');
  check('fillVolumeCc', true, 'cc');
  check('doseGy', true, 'Gy');
  if (values.prescriptionTo === 'depth') check('depthCm', true, 'cm');
  check('skinDistanceCm', true, 'cm');
  check('chestWallDistanceCm', false, 'cm');
  if (values.sourceId === '')
    errors.push({ path: 'sourceId', message: t('planning.form.chooseModel') });
  return errors;
}

/**
 * Form values as the engine's plan input, checked by the engine's own validatePlanInput (the
 * server runs the same check), so a field the server would refuse is named before sending.
 * `t` of the clinician namespace words the form's own reading errors (the engine's are its own).
 */
export function formToPlanInput(
  t: TFunction,
  values: PlanFormValues,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
): { ok: true; input: PlanInput } | { ok: false; errors: PlanErrors } {
  const early = unreadable(t, values);
  const number = (field: PlanField) => parseDecimal(values[field]);
  const optional = (field: PlanField) => (values[field].trim() === '' ? undefined : number(field));
  const strength = optional('airKermaStrengthU');
  const chestWall = optional('chestWallDistanceCm');
  const reason = values.overrideReason.trim();
  const input: PlanInput = {
    ...(strength === undefined ? {} : { airKermaStrengthU: strength }),
    applicator: { type: 'balloon', fillVolumeCc: number('fillVolumeCc') },
    prescription:
      values.prescriptionTo === 'depth'
        ? { doseGy: number('doseGy'), to: 'depth', depthCm: number('depthCm') }
        : { doseGy: number('doseGy'), to: 'surface' },
    skinDistanceCm: number('skinDistanceCm'),
    ...(chestWall === undefined ? {} : { chestWallDistanceCm: chestWall }),
    ...(settings.dwellStepCm === undefined ? {} : { dwellStepCm: settings.dwellStepCm }),
    ...(settings.canOverride && needsOverride(values, settings) && reason !== ''
      ? { skinDistanceOverride: { reason } }
      : {}),
  };
  // Without the model the strength is checked only for its absolute range here; the band around
  // the nominal strength is checked by the preview and by the server.
  const checked = validatePlanInput({ airKermaStrengthU: 1, ...input }, undefined, settings.limits);
  const errors = [...early, ...(checked.ok ? [] : checked.errors)];
  if (errors.length > 0) {
    const sorted = sortPlanErrors(errors);
    // The reading error ("enter a number") says more than the engine's range message.
    for (const error of early) {
      const field = fieldOfPath(error.path);
      if (field !== null) sorted.fields[field] = sentence(error.message);
    }
    return { ok: false, errors: sorted };
  }
  return { ok: true, input };
}
