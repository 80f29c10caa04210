import type { Condition } from '../condition.ts';
import type { RuleSet } from '../rule-set.ts';
import { citing, PURE_DCIS, t4 } from './common.ts';

/**
 * ELIOT trial entry criteria (reference clinical.md §1g, cross-walk §1l): women aged 48–75 with a
 * clinically unicentric carcinoma of ultrasound diameter up to 25 mm, clinically node-negative.
 *
 * Size: the ultrasound diameter is read from the invasive size. Before surgery that field holds
 * the clinical or imaging size; at final pathology it holds the pathologic size, which this rule
 * then reads: the facts have no separate entry size (a known limit, noted in issue 9).
 * Histology is otherwise not a criterion (§1l: "any"), but the trial excluded non-invasive
 * carcinoma (pure DCIS) and documented clinical multicentricity or multifocality (clinical review,
 * issue 9 point 5; clinical.md §1g names "clinically unicentric" only, so the two exclusions it
 * does not state are marked unconfirmed).
 * Nodes: entry was judged on the clinical nodal stage ("clinically node-negative"), so it is read
 * in every phase: a node found positive at surgery does not undo entry (the trial kept such
 * patients). Pathologic nodes belong to the post-pathology rule sets (ASTRO 2017 IORT, TARGIT
 * risk-adapted).
 */
const trial = citing(
  'Veronesi U, et al. Lancet Oncol 2013;14:1269–1277; Orecchia R, et al. Lancet Oncol ' +
    '2021;22:597–608, eligibility',
  'clinical.md §1g',
);

const CLINICALLY_MULTIFOCAL: Condition = { field: 'focality', in: ['multifocal-clinical'] };

export const eliot: RuleSet = {
  id: 'eliot',
  version: '2',
  title: 'ELIOT entry criteria',
  citation: 'Veronesi U, et al. Lancet Oncol 2013; Orecchia R, et al. Lancet Oncol 2021',
  categories: ['eligible', 'ineligible'],
  meaning: {
    eligible: 'Would have met the ELIOT trial entry criteria (electron IORT, 21 Gy).',
    ineligible: 'Outside the ELIOT trial entry criteria.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: trial('Women aged 48 to 75'),
      rules: [
        {
          when: {
            all: [
              { field: 'ageYears', op: '>=', value: 48 },
              { field: 'ageYears', op: '<=', value: 75 },
            ],
          },
          category: 'eligible',
        },
      ],
      otherwise: 'ineligible',
    },
    {
      id: 'centricity',
      label: 'Multicentricity',
      source: trial('Clinically unicentric carcinoma'),
      rules: [{ when: { field: 'centricity', in: ['unicentric'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'invasive-cancer',
      label: 'Invasive carcinoma',
      source: trial(
        'Non-invasive carcinoma (pure DCIS) excluded (from a clinical review; not in the ' +
          'trial summaries read: check against the trial paper)',
        'unconfirmed',
      ),
      appliesWhen: PURE_DCIS,
      rules: [{ when: PURE_DCIS, category: 'ineligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'clinical-multifocality',
      label: 'Clinical multifocality',
      source: trial(
        'Documented clinical multifocality excluded (from a clinical review; the trial summaries ' +
          'read state "clinically unicentric" only: check against the trial paper)',
        'unconfirmed',
      ),
      appliesWhen: CLINICALLY_MULTIFOCAL,
      rules: [{ when: CLINICALLY_MULTIFOCAL, category: 'ineligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'invasive-size',
      label: 'Tumour diameter (invasive)',
      source: trial('Ultrasound diameter up to 25 mm'),
      appliesWhen: { not: PURE_DCIS },
      rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 25 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    t4(
      trial(
        'Suitable for breast-conserving surgery: a T4 tumour (skin or chest wall, ' +
          'inflammatory) is read as not suitable (OpenIORT’s reading; the trial summaries name ' +
          'no T stage)',
        'unconfirmed',
      ),
      'ineligible',
    ),
    {
      id: 'nodes',
      label: 'Lymph nodes (clinical)',
      source: trial('Clinically node-negative at entry (read in every phase)'),
      rules: [{ when: { field: 'clinicalNodalStage', in: ['cN0'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
  ],
};
