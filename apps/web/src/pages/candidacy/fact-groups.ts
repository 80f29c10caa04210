import type { FactName } from '@openiort/guidelines';

export interface FactGroup {
  /** The clinician strings' key of the group's title. */
  title: string;
  facts: readonly FactName[];
}

/**
 * The clinical-facts form, in the order a chart is read. `phase` has its own selector above
 * the groups; every other fact appears exactly once (fact-groups.test.ts checks).
 */
export const FACT_GROUPS: readonly FactGroup[] = [
  { title: 'candidacy.groups.patient', facts: ['ageYears', 'germlineBrca'] },
  {
    title: 'candidacy.groups.tumour',
    facts: [
      'histology',
      'invasiveSizeMm',
      'dcisSizeMm',
      'totalTumorSizeMm',
      'grade',
      'dcisNuclearGrade',
      'dcisScreenDetected',
      'erStatus',
      'prStatus',
      'her2Status',
      'focality',
      'multifocalSpanMm',
      'centricity',
      'skinOrChestWallInvolvement',
    ],
  },
  {
    title: 'candidacy.groups.margins',
    facts: ['closestMarginMm', 'lvsi', 'eic', 'eicSizeMm', 'lcis'],
  },
  {
    title: 'candidacy.groups.nodes',
    facts: ['clinicalNodalStage', 'pathologicNodalStage', 'nodalSurgery'],
  },
  {
    title: 'candidacy.groups.treatment',
    facts: [
      'neoadjuvantTherapy',
      'antiHer2Therapy',
      'priorIpsilateralRadiation',
      'registryEnrollment',
      'iortModality',
    ],
  },
];
