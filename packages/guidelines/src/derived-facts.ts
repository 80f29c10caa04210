import {
  PATHOLOGIC_NODAL_STAGES,
  type ClinicalFacts,
  type FactName,
  type FactValue,
} from './facts.ts';

/**
 * Facts computed from others, for rules that read "the best nodal evidence we have":
 * `nodalStage` is the pathologic stage when known, and before surgery the clinical stage.
 */
export interface DerivedField {
  values: readonly string[];
  /** The facts it is computed from, shown as evidence. */
  inputs: readonly FactName[];
  compute: (facts: ClinicalFacts) => FactValue | undefined;
  /** The facts to ask for when the derived value is unknown. */
  askFor: (facts: ClinicalFacts) => FactName[];
}

export const DERIVED_FIELDS = {
  nodalStage: {
    values: [...PATHOLOGIC_NODAL_STAGES, 'cN0', 'cN1', 'cN2', 'cN3'],
    inputs: ['pathologicNodalStage', 'clinicalNodalStage', 'phase'],
    compute: (facts) =>
      facts.pathologicNodalStage ??
      (facts.phase === 'preoperative' ? facts.clinicalNodalStage : undefined),
    askFor: (facts) =>
      facts.phase === 'preoperative'
        ? ['clinicalNodalStage', 'pathologicNodalStage']
        : facts.phase === undefined
          ? ['phase', 'pathologicNodalStage']
          : ['pathologicNodalStage'],
  },
} as const satisfies Record<string, DerivedField>;

export type DerivedName = keyof typeof DERIVED_FIELDS;
export type FieldName = FactName | DerivedName;

export function isDerived(field: FieldName): field is DerivedName {
  return field in DERIVED_FIELDS;
}

/** The value a rule sees for a field: the fact itself, or the derived value. */
export function fieldValue(facts: ClinicalFacts, field: FieldName): FactValue | undefined {
  return isDerived(field) ? DERIVED_FIELDS[field].compute(facts) : facts[field];
}
