import { HISTOLOGIES, PATHOLOGIC_NODAL_STAGES, type FactName } from './facts.ts';

export type FieldDefinition =
  | { kind: 'enum'; label: string; values: readonly string[]; help?: string }
  | {
      kind: 'integer';
      label: string;
      unit: 'years' | 'grade';
      min: number;
      max: number;
      help?: string;
    }
  | { kind: 'number'; label: string; unit: 'mm'; min: number; max: number; help?: string }
  | { kind: 'boolean'; label: string; help?: string };

/**
 * What each fact may hold. Validation, the clinical-facts form and the search for values that
 * could change a category (representatives.ts) all read this one table.
 */
export const FACT_FIELDS: Record<FactName, FieldDefinition> = {
  phase: {
    kind: 'enum',
    label: 'Phase',
    values: ['preoperative', 'final-pathology'],
    help: 'Before surgery (core biopsy, imaging, clinical nodes) or after final pathology.',
  },
  ageYears: { kind: 'integer', label: 'Age', unit: 'years', min: 0, max: 120 },
  germlineBrca: {
    kind: 'enum',
    label: 'Germline BRCA',
    values: ['negative', 'brca1', 'brca2', 'unknown'],
    help: '"unknown" means not tested or result not available.',
  },
  histology: {
    kind: 'enum',
    label: 'Histology',
    values: HISTOLOGIES,
    help: '"dcis" is pure DCIS.',
  },
  invasiveSizeMm: {
    kind: 'number',
    label: 'Invasive size',
    unit: 'mm',
    min: 0,
    max: 300,
    help: 'Largest invasive size: clinical or imaging before surgery, pathologic after.',
  },
  dcisSizeMm: { kind: 'number', label: 'DCIS extent', unit: 'mm', min: 0, max: 300 },
  totalTumorSizeMm: {
    kind: 'number',
    label: 'Total tumour extent',
    unit: 'mm',
    min: 0,
    max: 300,
    help: 'Including microscopic multifocal disease.',
  },
  grade: { kind: 'integer', label: 'Histological grade', unit: 'grade', min: 1, max: 3 },
  dcisNuclearGrade: {
    kind: 'enum',
    label: 'DCIS nuclear grade',
    values: ['low', 'intermediate', 'high'],
  },
  dcisScreenDetected: { kind: 'boolean', label: 'DCIS found by screening' },
  erStatus: { kind: 'enum', label: 'Oestrogen receptor', values: ['positive', 'negative'] },
  prStatus: { kind: 'enum', label: 'Progesterone receptor', values: ['positive', 'negative'] },
  her2Status: { kind: 'enum', label: 'HER2', values: ['positive', 'negative', 'equivocal'] },
  antiHer2Therapy: { kind: 'boolean', label: 'Anti-HER2 therapy planned or given' },
  closestMarginMm: {
    kind: 'number',
    label: 'Closest margin',
    unit: 'mm',
    min: 0,
    max: 100,
    help: '0 means tumour at ink (positive margin).',
  },
  lvsi: { kind: 'enum', label: 'Lymphovascular invasion', values: ['none', 'focal', 'extensive'] },
  eic: { kind: 'enum', label: 'Extensive intraductal component', values: ['absent', 'present'] },
  eicSizeMm: { kind: 'number', label: 'EIC extent', unit: 'mm', min: 0, max: 300 },
  focality: {
    kind: 'enum',
    label: 'Focality',
    values: ['unifocal', 'multifocal-clinical', 'multifocal-microscopic'],
  },
  multifocalSpanMm: {
    kind: 'number',
    label: 'Distance of other foci from the index lesion',
    unit: 'mm',
    min: 0,
    max: 300,
  },
  centricity: { kind: 'enum', label: 'Centricity', values: ['unicentric', 'multicentric'] },
  skinOrChestWallInvolvement: {
    kind: 'boolean',
    label: 'Skin or chest-wall involvement, or inflammatory cancer (T4)',
    help: 'Chest-wall invasion, skin ulceration or nodules, peau d’orange, or inflammatory carcinoma: T4 at any size.',
  },
  lcis: { kind: 'boolean', label: 'Associated LCIS' },
  clinicalNodalStage: {
    kind: 'enum',
    label: 'Clinical nodal stage',
    values: ['cN0', 'cN1', 'cN2', 'cN3'],
  },
  pathologicNodalStage: {
    kind: 'enum',
    label: 'Pathologic nodal stage',
    values: PATHOLOGIC_NODAL_STAGES,
  },
  nodalSurgery: { kind: 'enum', label: 'Nodal surgery', values: ['none', 'slnb', 'alnd'] },
  neoadjuvantTherapy: { kind: 'boolean', label: 'Neoadjuvant systemic therapy' },
  priorIpsilateralRadiation: { kind: 'boolean', label: 'Prior radiation to the same breast' },
  registryEnrollment: { kind: 'boolean', label: 'Enrolled in a registry or trial' },
  iortModality: { kind: 'enum', label: 'IORT modality', values: ['low-energy-xray', 'electron'] },
};

export const FACT_NAMES = Object.keys(FACT_FIELDS) as FactName[];
