import type { Condition } from '../condition.ts';
import type { Source } from '../rule-set.ts';

/**
 * Final-pathology findings a program may add to the TARGIT risk-adapted triggers (the defaults
 * are fixed in targit-risk-adapted.ts). Each adds whole-breast radiation after IORT when present.
 */
export interface RiskTrigger {
  id: string;
  label: string;
  when: Condition;
  source: Source;
}

export const OPTIONAL_RISK_TRIGGER_IDS = [
  'grade-3',
  'er-or-pr-negative',
  'lvsi',
  'any-nodal-involvement',
  'multifocal',
  'neoadjuvant-therapy',
] as const;

export type OptionalRiskTriggerId = (typeof OPTIONAL_RISK_TRIGGER_IDS)[number];
