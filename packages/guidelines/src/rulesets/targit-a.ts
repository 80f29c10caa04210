import type { Condition } from '../condition.ts';
import type { RuleSet } from '../rule-set.ts';
import { citing, t4 } from './common.ts';

/**
 * TARGIT-A entry criteria (reference clinical.md §1f, cross-walk §1l): who could be randomised
 * before lumpectomy, judged on clinical facts (core biopsy, imaging, clinical nodes).
 *
 * Histology: the registration's inclusion is "operable invasive breast cancer" and its exclusion
 * names lobular cancer; the BMJ 2020 sentence ("invasive ductal carcinoma up to 3.5 cm")
 * describes who was enrolled. The registration is encoded, since a lobular exclusion would be
 * needless if only ductal cancers could enter. A mixed ductal–lobular tumour has a lobular part
 * and is excluded: a strict reading no source states, kept in its own criterion marked
 * unconfirmed (issue 9, point 7).
 * Size: "T1 and small T2" has no number; the BMJ cohort's "up to 3.5 cm" (≤35 mm) is used.
 * Size, histology and EIC were judged on imaging and core biopsy; at final pathology these fields
 * hold the pathologic findings, which the rules then read: the facts have no separate entry
 * findings (a known limit, noted in issue 9). Nodes have both, and the clinical stage is read.
 * Nodes: "N0–1" and "gross nodal disease (clinical, cytological or imaging)" excluded: entry was
 * judged on the clinical nodal stage (cN0–N1, BMJ 2020), which is read in every phase. Pathologic
 * nodes found at surgery belong to the risk-adapted re-evaluation (targit-risk-adapted.ts: four
 * or more positive nodes add whole-breast radiation), not to entry.
 * Not encoded, for want of a fact: bilateral cancer, previous ipsilateral cancer without
 * radiation, M0, ten years' follow-up, the tolerated ≤4 weeks of systemic therapy.
 */
const registration = citing(
  'TARGIT-A trial registration ISRCTN34086741 / NCT00983684, eligibility',
  'clinical.md §1f',
);

/** Mixed ductal–lobular histology, excluded only by our reading (criterion histology-mixed). */
const MIXED: Condition = { field: 'histology', in: ['mixed-ductal-lobular'] };

export const targitA: RuleSet = {
  id: 'targit-a',
  version: '2',
  title: 'TARGIT-A entry criteria',
  citation: 'TARGIT-A trial registration ISRCTN34086741 / NCT00983684',
  categories: ['eligible', 'ineligible'],
  assumeWhenUnknown: {
    facts: { germlineBrca: 'negative' },
    reason: 'TARGIT-A excluded a known BRCA2 mutation; testing was not required.',
  },
  meaning: {
    eligible: 'Would have met the TARGIT-A entry criteria before lumpectomy.',
    ineligible: 'Outside the TARGIT-A entry criteria.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: registration('Age 45 or older'),
      rules: [{ when: { field: 'ageYears', op: '>=', value: 45 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'histology',
      label: 'Histology',
      source: registration(
        'Operable invasive breast cancer; lobular cancer on core biopsy excluded; ' +
          'pure DCIS not eligible',
      ),
      appliesWhen: { not: MIXED },
      rules: [
        {
          when: {
            field: 'histology',
            in: ['ductal', 'mucinous', 'tubular', 'medullary', 'papillary', 'other-invasive'],
          },
          category: 'eligible',
        },
      ],
      otherwise: 'ineligible',
    },
    {
      id: 'histology-mixed',
      label: 'Mixed ductal–lobular histology',
      source: registration(
        'A mixed ductal–lobular tumour is read as excluded with lobular cancer, for its lobular ' +
          'part: a strict reading that no source states',
        'unconfirmed',
      ),
      appliesWhen: MIXED,
      rules: [{ when: MIXED, category: 'ineligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'invasive-size',
      label: 'Tumour size (invasive)',
      source: {
        citation: 'Vaidya JS, et al. BMJ 2020;370:m2836',
        reference: 'clinical.md §1f',
        detail:
          'T1 and small T2 (registration); the long-term report enrolled invasive ductal ' +
          'carcinoma up to 3.5 cm',
        confidence: 'confirmed',
      },
      rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 35 }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    t4(
      registration(
        'Operable invasive breast cancer, T1 and small T2: a T4 tumour (skin or chest wall, ' +
          'inflammatory) is outside entry',
      ),
      'ineligible',
    ),
    {
      id: 'eic',
      label: 'Extensive intraductal component',
      source: registration('EIC (25% or more of the tumour intraductal) on core biopsy excluded'),
      rules: [{ when: { field: 'eic', in: ['absent'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'nodes',
      label: 'Lymph nodes (clinical)',
      source: registration(
        'Clinically N0–1; gross nodal disease (clinical, cytological or imaging) excluded; ' +
          'read on the clinical stage in every phase',
      ),
      rules: [{ when: { field: 'clinicalNodalStage', in: ['cN0', 'cN1'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'centricity',
      label: 'Multicentricity',
      source: registration('More than one obvious cancer in the same breast excluded'),
      rules: [{ when: { field: 'centricity', in: ['unicentric'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'focality',
      label: 'Multifocality',
      source: registration(
        'More than one obvious cancer on examination, mammography or ultrasound excluded; ' +
          'microscopic multifocality is not obvious',
      ),
      rules: [
        {
          when: { field: 'focality', in: ['unifocal', 'multifocal-microscopic'] },
          category: 'eligible',
        },
      ],
      otherwise: 'ineligible',
    },
    {
      id: 'prior-radiation',
      label: 'Prior radiation to the same breast',
      source: registration('Previous irradiation of the ipsilateral breast excluded'),
      rules: [{ when: { field: 'priorIpsilateralRadiation', in: [false] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'brca',
      label: 'Germline BRCA',
      source: registration('Known BRCA2 mutation excluded (testing not required)'),
      rules: [{ when: { field: 'germlineBrca', in: ['negative', 'brca1'] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
    {
      id: 'neoadjuvant',
      label: 'Neoadjuvant therapy',
      source: registration('Neoadjuvant systemic therapy intended to shrink the tumour excluded'),
      rules: [{ when: { field: 'neoadjuvantTherapy', in: [false] }, category: 'eligible' }],
      otherwise: 'ineligible',
    },
  ],
};
