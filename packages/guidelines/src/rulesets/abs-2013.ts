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
 * American Brachytherapy Society consensus statement for APBI, 2013 (reference clinical.md §1e,
 * cross-walk §1l). Every invasive subtype and pure DCIS is allowed, so histology only chooses
 * which size applies. ER, grade and BRCA are not in the statement's list and are not read. The
 * 2018 update is not encoded: its thresholds are UNCONFIRMED (§1e, §6).
 *
 * Nodes: the statement says "negative"; margins, LVSI and nodes are final-pathology findings, so
 * the pathologic stage is read. pN0(i+) and pN0(mol+) are pN0 stages and count as negative. An
 * unstaged pure DCIS (no nodal surgery, pNX) is not held against the patient: axillary staging is
 * not standard for DCIS (OpenIORT's reading, marked unconfirmed; issue 9 point 1). LVSI is read
 * for invasive cancer only, as the ASTRO sets read it (issue 9 point 6).
 */
const abs = citing('Shah C, et al. Brachytherapy 2013;12:267–277', 'clinical.md §1e');

export const abs2013: RuleSet = {
  id: 'abs-2013',
  version: '2',
  title: 'ABS 2013',
  citation: 'Shah C, et al. Brachytherapy 2013;12:267–277',
  categories: ['eligible', 'ineligible'],
  meaning: {
    eligible: 'Meets the ABS 2013 criteria for APBI.',
    ineligible: 'Outside the ABS 2013 criteria for APBI.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: abs('Age 50 or older'),
      rules: [{ when: { field: 'ageYears', op: '>=', value: 50 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'invasive-size',
      label: 'Tumour size (invasive)',
      source: abs('Size up to 3 cm; all invasive subtypes allowed'),
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 30 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'dcis-size',
      label: 'Extent (pure DCIS)',
      source: abs('Size up to 3 cm; DCIS allowed (newly included in 2013)'),
      appliesWhen: PURE_DCIS,
      rules: [{ when: { field: 'dcisSizeMm', op: '<=', value: 30 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    t4(
      abs(
        'APBI for early-stage cancer up to 3 cm: a T4 tumour (skin or chest wall, ' +
          'inflammatory) is read as outside the statement (OpenIORT’s reading; the statement names no T ' +
          'stage)',
        'unconfirmed',
      ),
      'ineligible',
    ),
    {
      id: 'margins',
      label: 'Margins',
      source: abs('Negative margins (0 mm means tumour at ink)'),
      rules: [{ when: { field: 'closestMarginMm', op: '>', value: 0 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'lvsi',
      label: 'Lymphovascular invasion',
      source: abs(
        'LVSI not present (read for invasive cancer only: lymphovascular invasion is not ' +
          'assessed in pure DCIS)',
      ),
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'lvsi', in: ['none'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'nodes',
      label: 'Lymph nodes (pathologic)',
      source: abs('Node-negative only'),
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
      abs(
        `${DCIS_AXILLA_READING}. OpenIORT’s reading: the statement allows DCIS and says only "node negative"`,
        'unconfirmed',
      ),
      'eligible',
    ),
  ],
};
