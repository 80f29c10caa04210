import type { Condition } from '../condition.ts';
import { PN0_STAGES, type Histology, type PathologicNodalStage } from '../facts.ts';
import type { RuleSet } from '../rule-set.ts';
import {
  citing,
  DCIS_AXILLA_NOT_STAGED,
  DCIS_AXILLA_READING,
  dcisAxillaNotStaged,
  INVASIVE,
  PURE_DCIS,
} from './common.ts';
import type { OptionalRiskTriggerId } from './risk-triggers.ts';

/**
 * The program's own criteria, as data an administrator can change (each change a new version).
 * Defaults come from the patient page the program is modelled on (reference clinical.md §1i).
 */
export interface ProgramCriteria {
  version: string;
  /** A candidate is older than this (the page: "older than 60"). */
  minAgeExclusiveYears: number;
  /** A candidate's tumour is smaller than this (the page: "smaller than 3 centimetres"). */
  maxSizeExclusiveMm: number;
  histologies: readonly Histology[];
  /** Whether a known BRCA1/2 mutation excludes (the page: "no BRCA1 or BRCA2 mutation"). */
  excludeBrcaCarriers: boolean;
  /** Pathologic stages counted as node-negative; before surgery cN0 counts. */
  nodeNegativeStages: readonly PathologicNodalStage[];
  /** Findings the program adds to the TARGIT risk-adapted triggers (risk-triggers.ts). */
  extraRiskAdaptedTriggers: readonly OptionalRiskTriggerId[];
}

export const DEFAULT_PROGRAM_CRITERIA: ProgramCriteria = {
  version: 'default-1',
  minAgeExclusiveYears: 60,
  maxSizeExclusiveMm: 30,
  histologies: ['ductal', 'dcis'],
  excludeBrcaCarriers: true,
  nodeNegativeStages: [...PN0_STAGES],
  extraRiskAdaptedTriggers: [],
};

/**
 * Before surgery the program reads the clinical nodal stage, which counts for DCIS too; at final
 * pathology an unstaged pure DCIS (no nodal surgery, pNX) is not held against the patient.
 */
const DCIS_UNSTAGED_AT_PATHOLOGY: Condition = {
  all: [DCIS_AXILLA_NOT_STAGED, { field: 'phase', in: ['final-pathology'] }],
};

/** The public page the defaults come from; clinical.md §1i quotes it. */
const PAGE =
  'Rush University Medical Center, intraoperative radiation therapy patient page ' +
  '(rush.edu/services/test-treatment/intraoperative-radiation-therapy)';
const page = citing(PAGE, 'clinical.md §1i');

export function programRuleSet(criteria: ProgramCriteria): RuleSet {
  return {
    id: 'program-default',
    version: criteria.version,
    title: "This program's criteria",
    citation: PAGE,
    categories: ['candidate', 'not-candidate'],
    meaning: {
      candidate:
        'May be a good candidate for IORT under the program’s own criteria; the team decides.',
      'not-candidate': 'Outside the program’s own criteria for IORT.',
    },
    criteria: [
      {
        id: 'age',
        label: 'Age',
        source: page('May be a good candidate if older than 60'),
        rules: [
          {
            when: { field: 'ageYears', op: '>', value: criteria.minAgeExclusiveYears },
            category: 'candidate',
          },
        ],
        otherwise: 'not-candidate',
      },
      {
        id: 'histology',
        label: 'Histology',
        source: page('IORT is for invasive ductal carcinoma and DCIS', 'unconfirmed'),
        rules: [{ when: { field: 'histology', in: criteria.histologies }, category: 'candidate' }],
        otherwise: 'not-candidate',
      },
      {
        id: 'invasive-size',
        label: 'Tumour size (invasive)',
        source: page('Tumour smaller than 3 centimetres', 'unconfirmed'),
        appliesWhen: INVASIVE,
        rules: [
          {
            when: { field: 'invasiveSizeMm', op: '<', value: criteria.maxSizeExclusiveMm },
            category: 'candidate',
          },
        ],
        otherwise: 'not-candidate',
      },
      {
        id: 'dcis-size',
        label: 'Tumour size (pure DCIS)',
        source: page('Tumour smaller than 3 centimetres', 'unconfirmed'),
        appliesWhen: PURE_DCIS,
        rules: [
          {
            when: { field: 'dcisSizeMm', op: '<', value: criteria.maxSizeExclusiveMm },
            category: 'candidate',
          },
        ],
        otherwise: 'not-candidate',
      },
      {
        id: 'brca',
        label: 'Germline BRCA1/2',
        source: page('No BRCA1 or BRCA2 mutation'),
        rules: criteria.excludeBrcaCarriers
          ? [{ when: { field: 'germlineBrca', in: ['negative'] }, category: 'candidate' }]
          : [
              {
                when: { field: 'germlineBrca', in: ['negative', 'brca1', 'brca2'] },
                category: 'candidate',
              },
            ],
        otherwise: 'not-candidate',
      },
      {
        id: 'nodes',
        label: 'Lymph nodes',
        source: page('Cancer has not spread to the lymph nodes (cN0 before surgery)'),
        appliesWhen: { not: DCIS_UNSTAGED_AT_PATHOLOGY },
        rules: [
          {
            when: { field: 'nodalStage', in: [...criteria.nodeNegativeStages, 'cN0'] },
            category: 'candidate',
          },
        ],
        otherwise: 'not-candidate',
      },
      dcisAxillaNotStaged(
        page(
          `${DCIS_AXILLA_READING}. OpenIORT’s reading: the page offers IORT for DCIS and names ` +
            'no axillary staging',
          'unconfirmed',
        ),
        'candidate',
        DCIS_UNSTAGED_AT_PATHOLOGY,
      ),
    ],
  };
}
