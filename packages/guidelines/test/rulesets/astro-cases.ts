import type { ClinicalFacts, FactName } from '../../src/index.ts';
import { without, type Row } from './rule-set-cases.ts';

/** Baselines and boundary rows the ASTRO rule-set tests share (2009, 2017, 2017 IORT, 2023). */

/** An invasive ductal cancer meeting every ASTRO 2009 and 2017 "suitable" condition. */
export const SUITABLE_INVASIVE: ClinicalFacts = {
  phase: 'final-pathology',
  ageYears: 65,
  germlineBrca: 'negative',
  histology: 'ductal',
  invasiveSizeMm: 15,
  grade: 2,
  skinOrChestWallInvolvement: false,
  erStatus: 'positive',
  her2Status: 'negative',
  closestMarginMm: 5,
  lvsi: 'none',
  eic: 'absent',
  focality: 'unifocal',
  centricity: 'unicentric',
  pathologicNodalStage: 'pN0',
  nodalSurgery: 'slnb',
  neoadjuvantTherapy: false,
};

/** Pure DCIS, low risk as in RTOG 9804, with every other ASTRO 2017 row suitable. */
export const LOW_RISK_DCIS: ClinicalFacts = {
  ...without(SUITABLE_INVASIVE, 'invasiveSizeMm', 'grade', 'her2Status', 'lvsi', 'eic'),
  histology: 'dcis',
  dcisSizeMm: 20,
  dcisNuclearGrade: 'low',
  dcisScreenDetected: true,
};

/**
 * Rows the ASTRO 2009 and 2017 tables share (clinical.md §1l, "same"), each at its boundaries and
 * one step either side, on SUITABLE_INVASIVE.
 */
export const SHARED_ASTRO_ROWS: readonly Row[] = [
  [{ germlineBrca: 'negative' }, 'brca', 'suitable'],
  [{ germlineBrca: 'brca1' }, 'brca', 'unsuitable'],
  [{ germlineBrca: 'brca2' }, 'brca', 'unsuitable'],
  [{ invasiveSizeMm: 19.95 }, 'invasive-size', 'suitable'],
  [{ invasiveSizeMm: 20 }, 'invasive-size', 'suitable'],
  [{ invasiveSizeMm: 20.05 }, 'invasive-size', 'cautionary'],
  [{ invasiveSizeMm: 29.95 }, 'invasive-size', 'cautionary'],
  [{ invasiveSizeMm: 30 }, 'invasive-size', 'cautionary'],
  [{ invasiveSizeMm: 30.05 }, 'invasive-size', 'unsuitable'],
  [{ histology: 'ductal' }, 'histology', 'suitable'],
  [{ histology: 'mucinous' }, 'histology', 'suitable'],
  [{ histology: 'tubular' }, 'histology', 'suitable'],
  [{ histology: 'lobular' }, 'histology', 'cautionary'],
  [{ histology: 'mixed-ductal-lobular' }, 'histology', 'cautionary'],
  [{ histology: 'medullary' }, 'histology-not-in-table', 'cautionary'],
  [{ histology: 'papillary' }, 'histology-not-in-table', 'cautionary'],
  [{ histology: 'other-invasive' }, 'histology-not-in-table', 'cautionary'],
  [{ closestMarginMm: 0 }, 'margins', 'unsuitable'],
  [{ closestMarginMm: 0.05 }, 'margins', 'cautionary'],
  [{ closestMarginMm: 1.95 }, 'margins', 'cautionary'],
  [{ closestMarginMm: 2 }, 'margins', 'suitable'],
  [{ closestMarginMm: 2.05 }, 'margins', 'suitable'],
  [{ lvsi: 'none' }, 'lvsi', 'suitable'],
  [{ lvsi: 'focal' }, 'lvsi', 'cautionary'],
  [{ lvsi: 'extensive' }, 'lvsi', 'unsuitable'],
  [{ erStatus: 'positive' }, 'er', 'suitable'],
  [{ erStatus: 'negative' }, 'er', 'cautionary'],
  [{ eic: 'absent' }, 'eic', 'suitable'],
  [{ eic: 'present', eicSizeMm: 29.95 }, 'eic', 'cautionary'],
  [{ eic: 'present', eicSizeMm: 30 }, 'eic', 'cautionary'],
  [{ eic: 'present', eicSizeMm: 30.05 }, 'eic', 'unsuitable'],
  [{ centricity: 'unicentric' }, 'centricity', 'suitable'],
  [{ centricity: 'multicentric' }, 'centricity', 'unsuitable'],
  [{ pathologicNodalStage: 'pN0' }, 'nodal-status', 'suitable'],
  [{ pathologicNodalStage: 'pN0(i+)' }, 'nodal-status', 'suitable'],
  [{ pathologicNodalStage: 'pN0(mol+)' }, 'nodal-status', 'suitable'],
  [{ pathologicNodalStage: 'pN1mi' }, 'nodal-status', 'unsuitable'],
  [{ pathologicNodalStage: 'pN1a' }, 'nodal-status', 'unsuitable'],
  [{ pathologicNodalStage: 'pN2a' }, 'nodal-status', 'unsuitable'],
  [{ pathologicNodalStage: 'pN3c' }, 'nodal-status', 'unsuitable'],
  [{ pathologicNodalStage: 'pNX' }, 'nodal-status', 'unsuitable'],
  [{ nodalSurgery: 'slnb' }, 'nodal-surgery', 'suitable'],
  [{ nodalSurgery: 'alnd' }, 'nodal-surgery', 'suitable'],
  [{ nodalSurgery: 'none' }, 'nodal-surgery', 'unsuitable'],
  [{ neoadjuvantTherapy: false }, 'neoadjuvant', 'suitable'],
  [{ neoadjuvantTherapy: true }, 'neoadjuvant', 'unsuitable'],
];

/** Facts whose absence leaves an ASTRO 2009/2017 case undecided, with the categories possible. */
export const SHARED_ASTRO_MISSING: readonly [FactName, string[]][] = [
  ['germlineBrca', ['suitable', 'unsuitable']],
  ['histology', ['suitable', 'cautionary', 'unsuitable']],
  ['invasiveSizeMm', ['suitable', 'cautionary', 'unsuitable']],
  ['closestMarginMm', ['suitable', 'cautionary', 'unsuitable']],
  ['lvsi', ['suitable', 'cautionary', 'unsuitable']],
  ['erStatus', ['suitable', 'cautionary']],
  ['eic', ['suitable', 'cautionary', 'unsuitable']],
  ['focality', ['suitable', 'cautionary', 'unsuitable']],
  ['centricity', ['suitable', 'unsuitable']],
  ['pathologicNodalStage', ['suitable', 'unsuitable']],
  ['nodalSurgery', ['suitable', 'unsuitable']],
  ['neoadjuvantTherapy', ['suitable', 'unsuitable']],
];

/** ASTRO 2017 rows that differ from 2009 (clinical.md §1a), on the suitable invasive baseline. */
export const ASTRO_2017_INVASIVE_ROWS: readonly Row[] = [
  ...SHARED_ASTRO_ROWS,
  [{ ageYears: 39 }, 'age', 'unsuitable'],
  [{ ageYears: 40 }, 'age', 'cautionary'],
  [{ ageYears: 41 }, 'age', 'cautionary'],
  [{ ageYears: 49 }, 'age', 'cautionary'],
  [{ ageYears: 50 }, 'age', 'suitable'],
  [{ ageYears: 51 }, 'age', 'suitable'],
  [{ focality: 'unifocal' }, 'focality', 'suitable'],
  [{ focality: 'multifocal-clinical' }, 'focality', 'unsuitable'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 19.95 }, 'focality', 'suitable'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 20 }, 'focality', 'suitable'],
  [
    { focality: 'multifocal-microscopic', totalTumorSizeMm: 20.05 },
    'multifocal-total-size',
    'cautionary',
  ],
  [
    { focality: 'multifocal-microscopic', totalTumorSizeMm: 30 },
    'multifocal-total-size',
    'cautionary',
  ],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 30.05 }, 'focality', 'unsuitable'],
];

/** The RTOG 9804 row, on the low-risk DCIS baseline. */
export const ASTRO_2017_DCIS_ROWS: readonly Row[] = [
  [{ dcisSizeMm: 24.95 }, 'pure-dcis', 'suitable'],
  [{ dcisSizeMm: 25 }, 'pure-dcis', 'suitable'],
  [{ dcisSizeMm: 25.05 }, 'pure-dcis', 'cautionary'],
  [{ dcisSizeMm: 29.95 }, 'pure-dcis', 'cautionary'],
  [{ dcisSizeMm: 30 }, 'pure-dcis', 'cautionary'],
  [{ dcisSizeMm: 30.05 }, 'pure-dcis', 'unsuitable'],
  [{ closestMarginMm: 2.95 }, 'pure-dcis', 'cautionary'],
  [{ closestMarginMm: 3 }, 'pure-dcis', 'suitable'],
  [{ closestMarginMm: 3.05 }, 'pure-dcis', 'suitable'],
  [{ dcisNuclearGrade: 'intermediate' }, 'pure-dcis', 'suitable'],
  [{ dcisNuclearGrade: 'high' }, 'pure-dcis', 'cautionary'],
  [{ dcisScreenDetected: false }, 'pure-dcis', 'cautionary'],
  [{ germlineBrca: 'brca1' }, 'brca', 'unsuitable'],
  // Issue 9 point 1: an unstaged axilla does not count against pure DCIS; a positive node does.
  [{ nodalSurgery: 'none' }, 'dcis-axilla-not-staged', 'suitable'],
  [{ pathologicNodalStage: 'pNX' }, 'dcis-axilla-not-staged', 'suitable'],
  [{ pathologicNodalStage: 'pN1mi' }, 'nodal-status', 'unsuitable'],
];
