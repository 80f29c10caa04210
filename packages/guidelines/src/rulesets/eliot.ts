import { PN0_STAGES } from '../facts.ts';
import type { RuleSet } from '../rule-set.ts';
import { citing, INVASIVE, PURE_DCIS } from './common.ts';

/**
 * ELIOT trial entry criteria (reference clinical.md §1g, cross-walk §1l): women aged 48–75 with a
 * clinically unicentric carcinoma of ultrasound diameter up to 25 mm, clinically node-negative.
 *
 * Size: the ultrasound diameter is read from the invasive size (the size before surgery); for a
 * pure DCIS, from its extent. Histology is otherwise not a criterion (§1l: "any").
 * Nodes: read on the best nodal evidence (clinical before surgery, pathologic once known), so a
 * node found positive at surgery makes the case ineligible. The trial kept such patients; this is
 * the stricter reading, in line with the 2021 authors' advice to exclude high-risk features.
 */
const trial = citing(
  'Veronesi U, et al. Lancet Oncol 2013;14:1269–1277; Orecchia R, et al. Lancet Oncol ' +
    '2021;22:597–608 (clinical.md §1g)',
);

export const eliot: RuleSet = {
  id: 'eliot',
  version: '1',
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
      id: 'invasive-size',
      label: 'Tumour diameter (invasive)',
      source: trial('Ultrasound diameter up to 25 mm'),
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 25 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'dcis-size',
      label: 'Extent (pure DCIS)',
      source: trial('Ultrasound diameter up to 25 mm'),
      appliesWhen: PURE_DCIS,
      rules: [{ when: { field: 'dcisSizeMm', op: '<=', value: 25 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'nodes',
      label: 'Lymph nodes',
      source: trial('Clinically node-negative'),
      rules: [
        {
          when: { field: 'nodalStage', in: ['cN0', ...PN0_STAGES] },
          category: 'eligible',
        },
      ],
      otherwise: 'ineligible',
    },
  ],
};
