import { HISTOLOGIES, PATHOLOGIC_NODAL_STAGES } from './facts.ts';
import type { ProgramCriteria } from './rulesets/program-default.ts';
import { OPTIONAL_RISK_TRIGGER_IDS } from './rulesets/risk-triggers.ts';
import { z } from 'zod';
import { factErrorsOf, type FactError } from './validate-facts.ts';

export type ProgramCriteriaInput = Omit<ProgramCriteria, 'version'>;

const listOf = (allowed: readonly string[], message: string, minItems: number) =>
  z
    .array(z.string({ error: message }), { error: message })
    .refine((v) => v.length >= minItems && v.every((item) => allowed.includes(item)), message);

const numberFrom = (min: number, max: number) => {
  const message = `must be a number from ${String(min)} to ${String(max)}`;
  return z.number({ error: message }).refine((v) => v >= min && v <= max, message);
};

/** An administrator's change to the program's own criteria, strict; the version is assigned on save. */
export const programCriteriaSchema = z.strictObject({
  minAgeExclusiveYears: numberFrom(18, 100),
  maxSizeExclusiveMm: numberFrom(1, 100),
  histologies: listOf(HISTOLOGIES, `must list at least one of ${HISTOLOGIES.join(', ')}`, 1),
  excludeBrcaCarriers: z.boolean({ error: 'must be true or false' }),
  nodeNegativeStages: listOf(
    PATHOLOGIC_NODAL_STAGES,
    `must list at least one of ${PATHOLOGIC_NODAL_STAGES.join(', ')}`,
    1,
  ),
  extraRiskAdaptedTriggers: listOf(
    OPTIONAL_RISK_TRIGGER_IDS,
    `must list any of ${OPTIONAL_RISK_TRIGGER_IDS.join(', ')} (or be empty)`,
    0,
  ),
});

/**
 * Checks an administrator's change to the program's own criteria. The version is assigned by
 * the caller when the change is saved, so it is not part of the input.
 */
export function validateProgramCriteria(
  input: unknown,
): { ok: true; criteria: ProgramCriteriaInput } | { ok: false; errors: FactError[] } {
  const parsed = programCriteriaSchema.safeParse(input);
  if (parsed.success) return { ok: true, criteria: parsed.data as ProgramCriteriaInput };
  const errors = factErrorsOf(parsed.error, '(criteria)', 'is not a program criterion').map((e) =>
    e.path === '(criteria)' ? { ...e, message: 'must be a JSON object' } : e,
  );
  return { ok: false, errors };
}
