import type { Condition } from '../condition.ts';
import { NODE_POSITIVE_STAGES } from '../facts.ts';
import type { Source } from '../rule-set.ts';
import { citing } from './common.ts';

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

/** TARGIT-B's "higher risk" list: a checklist of features that argue against IORT alone. */
const targitB = citing(
  'TARGIT-B trial eligibility, "higher risk" definition (legacyhealth.org)',
  'clinical.md §1f',
);
/** The TARGIT-A principal investigator's public decision pages. */
const piPages = citing('TARGIT trial PI decision pages, jayantvaidya.org', 'clinical.md §1f');

export const OPTIONAL_RISK_TRIGGERS: Record<OptionalRiskTriggerId, RiskTrigger> = {
  'grade-3': {
    id: 'grade-3',
    label: 'Grade 3',
    when: { field: 'grade', op: '>=', value: 3 },
    source: targitB('Grade 3 makes a case higher risk'),
  },
  'er-or-pr-negative': {
    id: 'er-or-pr-negative',
    label: 'ER or PR negative',
    when: {
      any: [
        { field: 'erStatus', in: ['negative'] },
        { field: 'prStatus', in: ['negative'] },
      ],
    },
    source: targitB(
      'ER and/or PgR negative makes a case higher risk; the PI pages name ER-negative as a ' +
        'feature that steers away from TARGIT alone',
    ),
  },
  lvsi: {
    id: 'lvsi',
    label: 'Lymphovascular invasion',
    when: { field: 'lvsi', in: ['focal', 'extensive'] },
    source: targitB('LVI (focal or extensive) makes a case higher risk'),
  },
  'any-nodal-involvement': {
    id: 'any-nodal-involvement',
    label: 'Any nodal involvement',
    // Positive nodes beyond isolated tumour cells: pN1mi and every worse stage (pNX is unknown).
    when: { field: 'pathologicNodalStage', in: NODE_POSITIVE_STAGES },
    source: targitB(
      'Axillary nodal involvement (pN1mi or worse) makes a case higher risk; the PI pages name ' +
        'tumour in multiple axillary nodes',
    ),
  },
  multifocal: {
    id: 'multifocal',
    label: 'Multifocal disease',
    when: { field: 'focality', in: ['multifocal-clinical', 'multifocal-microscopic'] },
    source: targitB(
      'More than one tumour, still removable in one specimen, makes a case higher risk',
    ),
  },
  'neoadjuvant-therapy': {
    id: 'neoadjuvant-therapy',
    label: 'Neoadjuvant therapy',
    when: { field: 'neoadjuvantTherapy', in: [true] },
    source: piPages('Neoadjuvant therapy steers away from TARGIT alone'),
  },
};
