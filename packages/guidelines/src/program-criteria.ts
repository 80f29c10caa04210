import { HISTOLOGIES, PATHOLOGIC_NODAL_STAGES } from './facts.ts';
import type { ProgramCriteria } from './rulesets/program-default.ts';
import { OPTIONAL_RISK_TRIGGER_IDS } from './rulesets/risk-triggers.ts';
import type { FactError } from './validate-facts.ts';

export type ProgramCriteriaInput = Omit<ProgramCriteria, 'version'>;

const isListOf = (value: unknown, allowed: readonly string[]): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && allowed.includes(v));

/**
 * Checks an administrator's change to the program's own criteria. The version is assigned by
 * the caller when the change is saved, so it is not part of the input.
 */
export function validateProgramCriteria(
  input: unknown,
): { ok: true; criteria: ProgramCriteriaInput } | { ok: false; errors: FactError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(criteria)', message: 'must be a JSON object' }] };
  }
  const v = input as Record<string, unknown>;
  const errors: FactError[] = [];
  const number = (key: string, min: number, max: number) => {
    const value = v[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      errors.push({ path: key, message: `must be a number from ${String(min)} to ${String(max)}` });
    }
  };
  number('minAgeExclusiveYears', 18, 100);
  number('maxSizeExclusiveMm', 1, 100);
  if (!isListOf(v.histologies, HISTOLOGIES) || v.histologies.length === 0) {
    errors.push({
      path: 'histologies',
      message: `must list at least one of ${HISTOLOGIES.join(', ')}`,
    });
  }
  if (typeof v.excludeBrcaCarriers !== 'boolean') {
    errors.push({ path: 'excludeBrcaCarriers', message: 'must be true or false' });
  }
  if (
    !isListOf(v.nodeNegativeStages, PATHOLOGIC_NODAL_STAGES) ||
    v.nodeNegativeStages.length === 0
  ) {
    errors.push({
      path: 'nodeNegativeStages',
      message: `must list at least one of ${PATHOLOGIC_NODAL_STAGES.join(', ')}`,
    });
  }
  if (!isListOf(v.extraRiskAdaptedTriggers, OPTIONAL_RISK_TRIGGER_IDS)) {
    errors.push({
      path: 'extraRiskAdaptedTriggers',
      message: `must list any of ${OPTIONAL_RISK_TRIGGER_IDS.join(', ')} (or be empty)`,
    });
  }
  const known = new Set([
    'minAgeExclusiveYears',
    'maxSizeExclusiveMm',
    'histologies',
    'excludeBrcaCarriers',
    'nodeNegativeStages',
    'extraRiskAdaptedTriggers',
  ]);
  for (const key of Object.keys(v))
    if (!known.has(key)) errors.push({ path: key, message: 'is not a program criterion' });
  return errors.length === 0
    ? { ok: true, criteria: v as unknown as ProgramCriteriaInput }
    : { ok: false, errors };
}
