import type { FactName } from '@openiort/guidelines';

export interface FactGroup {
  title: string;
  facts: readonly FactName[];
}

/**
 * The clinical-facts form, in the order a chart is read. `phase` has its own selector above
 * the groups; every other fact appears exactly once (fact-groups.test.ts checks).
 */
export const FACT_GROUPS: readonly FactGroup[] = [
  { title: 'Patient', facts: ['ageYears', 'germlineBrca'] },
  {
    title: 'Tumour',
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
    title: 'Margins and pathology',
    facts: ['closestMarginMm', 'lvsi', 'eic', 'eicSizeMm', 'lcis'],
  },
  { title: 'Lymph nodes', facts: ['clinicalNodalStage', 'pathologicNodalStage', 'nodalSurgery'] },
  {
    title: 'Treatment and context',
    facts: [
      'neoadjuvantTherapy',
      'antiHer2Therapy',
      'priorIpsilateralRadiation',
      'registryEnrollment',
      'iortModality',
    ],
  },
];
