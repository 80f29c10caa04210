/**
 * The clinical facts one evaluation reads. Field names and values are a contract: the CLI, the
 * API, stored evaluations and exports use them unchanged. An absent field means "unknown".
 */
export interface ClinicalFacts {
  phase?: 'preoperative' | 'final-pathology';
  ageYears?: number;
  germlineBrca?: 'negative' | 'brca1' | 'brca2' | 'unknown';
  histology?: Histology;
  invasiveSizeMm?: number;
  dcisSizeMm?: number;
  totalTumorSizeMm?: number;
  grade?: 1 | 2 | 3;
  dcisNuclearGrade?: 'low' | 'intermediate' | 'high';
  dcisScreenDetected?: boolean;
  erStatus?: 'positive' | 'negative';
  prStatus?: 'positive' | 'negative';
  her2Status?: 'positive' | 'negative' | 'equivocal';
  antiHer2Therapy?: boolean;
  closestMarginMm?: number;
  lvsi?: 'none' | 'focal' | 'extensive';
  eic?: 'absent' | 'present';
  eicSizeMm?: number;
  focality?: 'unifocal' | 'multifocal-clinical' | 'multifocal-microscopic';
  multifocalSpanMm?: number;
  centricity?: 'unicentric' | 'multicentric';
  /** Direct extension to the chest wall or skin, or inflammatory carcinoma: T4 at any size. */
  skinOrChestWallInvolvement?: boolean;
  lcis?: boolean;
  clinicalNodalStage?: 'cN0' | 'cN1' | 'cN2' | 'cN3';
  pathologicNodalStage?: PathologicNodalStage;
  nodalSurgery?: 'none' | 'slnb' | 'alnd';
  neoadjuvantTherapy?: boolean;
  priorIpsilateralRadiation?: boolean;
  registryEnrollment?: boolean;
  iortModality?: 'low-energy-xray' | 'electron';
}

export const HISTOLOGIES = [
  'ductal',
  'lobular',
  'mixed-ductal-lobular',
  'mucinous',
  'tubular',
  'medullary',
  'papillary',
  'other-invasive',
  'dcis',
] as const;
export type Histology = (typeof HISTOLOGIES)[number];

/** Every histology but pure DCIS. */
export const INVASIVE_HISTOLOGIES = HISTOLOGIES.filter((h) => h !== 'dcis');

/** pN0, also with isolated tumour cells (i+) or molecular findings only (mol+). */
export const PN0_STAGES = ['pN0', 'pN0(i+)', 'pN0(mol+)'] as const;
/** pN1, micrometastases (pN1mi) included. */
export const PN1_STAGES = ['pN1mi', 'pN1a', 'pN1b', 'pN1c'] as const;
export const PN2_STAGES = ['pN2a', 'pN2b'] as const;
export const PN3_STAGES = ['pN3a', 'pN3b', 'pN3c'] as const;
/** Nodal metastasis: pN1mi and every worse stage (pNX, not evaluated, is not among them). */
export const NODE_POSITIVE_STAGES = [...PN1_STAGES, ...PN2_STAGES, ...PN3_STAGES] as const;

/** Every pathologic nodal stage, from best to worst, then pNX (not evaluated). */
export const PATHOLOGIC_NODAL_STAGES = [...PN0_STAGES, ...NODE_POSITIVE_STAGES, 'pNX'] as const;
export type PathologicNodalStage = (typeof PATHOLOGIC_NODAL_STAGES)[number];

export type FactName = keyof ClinicalFacts;
export type FactValue = string | number | boolean;
