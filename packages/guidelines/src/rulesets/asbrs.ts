import { PN0_STAGES } from '../facts.ts';
import type { RuleSet } from '../rule-set.ts';
import {
  citing,
  DCIS_AXILLA_NOT_STAGED,
  DCIS_AXILLA_READING,
  dcisAxillaNotStaged,
  INVASIVE,
  PURE_DCIS,
  t4,
} from './common.ts';

/**
 * American Society of Breast Surgeons APBI consensus guideline, the pre-2018 criteria as two
 * reviews tabulate them (reference clinical.md §1c, cross-walk §1l). LVSI, grade, EIC and ER are
 * not specified and are not read.
 *
 * Not encoded: the 2018 revision (age 50 for DCIS, total size, DCIS margins of 2 mm and so on) is
 * UNCONFIRMED in the reference (§1c, §6) and must be checked on breastsurgeons.org first.
 *
 * Age: one review writes ">45"; the table row is "≥45", which is what is encoded.
 * Histology: "invasive ductal carcinoma and/or DCIS"; any other type, including a mixed
 * ductal–lobular tumour, is read as outside the guideline.
 * Nodes: "N0 / sentinel node negative" is read on final pathology, like the margins;
 * pN0(i+) and pN0(mol+) are pN0 stages and count as negative. An unstaged pure DCIS (no nodal
 * surgery, pNX) is not held against the patient (OpenIORT's reading, issue 9 point 1).
 */
const asbrsSource = citing(
  'ASBrS APBI consensus guideline (pre-2018): Cancer Commun 2016 review table; ' +
    'Rep Pract Oncol Radiother 2011 table',
  'clinical.md §1c',
);

export const asbrs: RuleSet = {
  id: 'asbrs',
  version: '2',
  title: 'ASBrS APBI consensus',
  citation: 'ASBrS APBI consensus guideline (pre-2018), as summarised in reviews',
  categories: ['eligible', 'ineligible'],
  meaning: {
    eligible: 'Meets the pre-2018 ASBrS consensus criteria for APBI.',
    ineligible: 'Outside the pre-2018 ASBrS consensus criteria for APBI.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: asbrsSource('Age 45 or older (one review writes "over 45")'),
      rules: [{ when: { field: 'ageYears', op: '>=', value: 45 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'histology',
      label: 'Histology',
      source: asbrsSource('Invasive ductal carcinoma and/or DCIS'),
      rules: [{ when: { field: 'histology', in: ['ductal', 'dcis'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'invasive-size',
      label: 'Tumour size (invasive)',
      source: asbrsSource('Size up to 3 cm'),
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 30 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'dcis-size',
      label: 'Extent (pure DCIS)',
      source: asbrsSource('Size up to 3 cm; DCIS allowed'),
      appliesWhen: PURE_DCIS,
      rules: [{ when: { field: 'dcisSizeMm', op: '<=', value: 30 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    t4(
      asbrsSource(
        'APBI for early-stage cancer up to 3 cm: a T4 tumour (skin or chest wall, ' +
          'inflammatory) is read as outside the guideline (OpenIORT’s reading; the reviews name no T ' +
          'stage)',
        'unconfirmed',
      ),
      'ineligible',
    ),
    {
      id: 'margins',
      label: 'Margins',
      source: asbrsSource('Negative margins (0 mm means tumour at ink)'),
      rules: [{ when: { field: 'closestMarginMm', op: '>', value: 0 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'nodes',
      label: 'Lymph nodes (pathologic)',
      source: asbrsSource('N0 / sentinel node negative'),
      appliesWhen: { not: DCIS_AXILLA_NOT_STAGED },
      rules: [
        {
          when: { field: 'pathologicNodalStage', in: PN0_STAGES },
          category: 'eligible',
        },
      ],
      otherwise: 'ineligible',
    },
    dcisAxillaNotStaged(
      asbrsSource(
        `${DCIS_AXILLA_READING}. OpenIORT’s reading: the guideline allows DCIS and says "N0 / sentinel node negative"`,
        'unconfirmed',
      ),
      'eligible',
    ),
  ],
};
