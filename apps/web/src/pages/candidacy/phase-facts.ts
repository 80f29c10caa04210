import type { FactName } from '@openiort/guidelines';
import { FACT_GROUPS, type FactGroup } from './fact-groups.ts';

/**
 * The facts that matter most in each phase, shown first; the rest are folded under "More
 * findings". Before surgery: what core biopsy, imaging and the clinic give. After final
 * pathology: what the pathology report gives, with the age and histology every rule set reads.
 */
export const PHASE_FACTS: Record<'preoperative' | 'final-pathology', readonly FactName[]> = {
  preoperative: [
    'ageYears',
    'histology',
    'invasiveSizeMm',
    'grade',
    'erStatus',
    'prStatus',
    'her2Status',
    'germlineBrca',
    'clinicalNodalStage',
  ],
  'final-pathology': [
    'ageYears',
    'histology',
    'invasiveSizeMm',
    'closestMarginMm',
    'pathologicNodalStage',
    'nodalSurgery',
    'lvsi',
    'eic',
    'grade',
    'erStatus',
  ],
};

/** The form split for a phase: the first facts, and the other groups without them. */
export function splitFacts(phase: string): { first: readonly FactName[]; more: FactGroup[] } {
  const first =
    phase === 'final-pathology' ? PHASE_FACTS['final-pathology'] : PHASE_FACTS.preoperative;
  const more = FACT_GROUPS.map((group) => ({
    title: group.title,
    facts: group.facts.filter((name) => !first.includes(name)),
  })).filter((group) => group.facts.length > 0);
  return { first, more };
}
