import type { Condition } from '../condition.ts';
import { NODE_POSITIVE_STAGES, PN0_STAGES } from '../facts.ts';
import type { RuleSet } from '../rule-set.ts';
import { pureDcis } from './astro-2023-dcis.ts';
import { citing, INVASIVE, t4 } from './common.ts';

/**
 * ASTRO 2023/2024 partial-breast irradiation guideline, four tiers, worst wins (reference
 * clinical.md §1j, cross-walk §1l). Invasive cancer and pure DCIS have separate columns.
 *
 * Where the table as read is silent we never answer "recommended": those readings sit in their own
 * criteria, marked unconfirmed, which apply only to the cases the table does not cover (so a
 * result that depends on one says so in `includesUnconfirmed`).
 *
 * Not encoded as a tier: the IORT statement. The confirmed part ("IORT alone is associated with a
 * higher in-breast recurrence rate than whole-breast irradiation") is a finding, not a tier, and
 * the exact IORT recommendation and its strength are UNCONFIRMED (§1j, §6). It is stated in
 * `meaning`, and, when an IORT modality is entered, as a note beside the category so that
 * "recommended" is never read as support for IORT alone (issue 9 point 8).
 * "May be inappropriate when several are present" (conditionally recommended features) is advice
 * to the team, not a rule: several such features stay conditionally recommended.
 */
const cite = citing(
  'ASTRO PBI guideline 2023/2024 (Shaitelman SF, et al. Pract Radiat Oncol 2024), recommendations',
  'clinical.md §1j',
);
const gap = (detail: string) => cite(`Not covered by the table as read: ${detail}`, 'unconfirmed');

const NODES_NOT_EVALUATED: Condition = { field: 'pathologicNodalStage', in: ['pNX'] };
const INVASIVE_OVER_3_CM: Condition = { field: 'invasiveSizeMm', op: '>', value: 30 };
const IORT_NOTE =
  ' The guideline states that IORT alone is associated with a higher in-breast recurrence rate ' +
  'than whole-breast irradiation; its exact IORT recommendation is unconfirmed.';

export const astro2023: RuleSet = {
  id: 'astro-2023',
  version: '2023-enc-2',
  title: 'ASTRO 2023/2024 PBI guideline',
  citation:
    'Shaitelman SF, Anderson BM, Arthur DW, et al. Partial breast irradiation for patients with ' +
    'early-stage invasive breast cancer or ductal carcinoma in situ: an ASTRO clinical practice ' +
    'guideline. Pract Radiat Oncol 2024 (online November 2023)',
  // "Not recommended: known germline BRCA1/2 mutation" (clinical.md §1j): testing is not
  // required, so an unknown result is read as no known mutation, and the result says so.
  assumeWhenUnknown: {
    facts: { germlineBrca: 'negative' },
    reason:
      'The guideline advises against partial-breast irradiation with a known germline BRCA1/2 ' +
      'mutation; testing is not required.',
  },
  notes: [
    {
      id: 'iort-alone-higher-recurrence',
      when: { field: 'iortModality', in: ['low-energy-xray', 'electron'] },
      text:
        'IORT alone: the 2023 guideline found IORT alone associated with a higher in-breast ' +
        'recurrence rate than whole-breast irradiation. This category is about partial-breast ' +
        'irradiation; it is not support for IORT alone.',
      source: cite(
        'Technique statements: IORT alone is associated with a higher in-breast recurrence ' +
          'rate than whole-breast irradiation',
      ),
    },
  ],
  categories: [
    'recommended',
    'conditionally-recommended',
    'conditionally-not-recommended',
    'not-recommended',
  ],
  meaning: {
    recommended:
      'Every feature is in the guideline’s "recommended" group: partial-breast irradiation is ' +
      'recommended as an option.' +
      IORT_NOTE,
    'conditionally-recommended':
      'At least one feature makes partial-breast irradiation conditionally recommended: it may ' +
      'be offered after discussion, and may be inappropriate when several such features are ' +
      'present.' +
      IORT_NOTE,
    'conditionally-not-recommended':
      'At least one feature makes partial-breast irradiation conditionally not recommended: ' +
      'generally not advised, considered only case by case after discussion.',
    'not-recommended':
      'At least one feature makes partial-breast irradiation not recommended for this patient.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: cite('Invasive: age 40–49 or 50 and older recommended; under 40 not recommended'),
      appliesWhen: INVASIVE,
      rules: [
        { when: { field: 'ageYears', op: '>=', value: 40 }, category: 'recommended' },
        { when: { field: 'ageYears', op: '<', value: 40 }, category: 'not-recommended' },
      ],
      otherwise: 'not-recommended',
    },
    {
      id: 'grade',
      label: 'Grade (invasive)',
      source: cite('Invasive: grade 1–2 recommended; grade 3 conditionally recommended'),
      appliesWhen: INVASIVE,
      rules: [
        { when: { field: 'grade', in: [1, 2] }, category: 'recommended' },
        { when: { field: 'grade', in: [3] }, category: 'conditionally-recommended' },
      ],
      otherwise: 'conditionally-recommended',
    },
    {
      id: 'er',
      label: 'Oestrogen receptor',
      source: cite('Invasive: ER-positive recommended; ER-negative conditionally recommended'),
      appliesWhen: INVASIVE,
      rules: [
        { when: { field: 'erStatus', in: ['positive'] }, category: 'recommended' },
        { when: { field: 'erStatus', in: ['negative'] }, category: 'conditionally-recommended' },
      ],
      otherwise: 'conditionally-recommended',
    },
    {
      id: 'invasive-size',
      label: 'Tumour size (invasive)',
      source: cite(
        'Invasive: 2 cm or less recommended; over 2 up to 3 cm conditionally recommended',
      ),
      appliesWhen: { all: [INVASIVE, { not: INVASIVE_OVER_3_CM }] },
      rules: [
        { when: { field: 'invasiveSizeMm', op: '<=', value: 20 }, category: 'recommended' },
        {
          when: { field: 'invasiveSizeMm', op: '>', value: 20 },
          category: 'conditionally-recommended',
        },
      ],
      otherwise: 'conditionally-recommended',
    },
    {
      id: 'invasive-size-over-3-cm',
      label: 'Tumour size over 3 cm (invasive)',
      source: gap(
        'the guideline covers early-stage invasive cancer, defined as 3 cm or less; a larger ' +
          'tumour is outside it and read as not recommended',
      ),
      appliesWhen: { all: [INVASIVE, INVASIVE_OVER_3_CM] },
      rules: [{ when: INVASIVE_OVER_3_CM, category: 'not-recommended' }],
      otherwise: 'not-recommended',
    },
    t4(
      gap(
        'the guideline covers early-stage invasive cancer (3 cm or less, 0–3 positive nodes); ' +
          'a T4 tumour (skin or chest wall, inflammatory) is not early stage and is read as not ' +
          'recommended',
      ),
      'not-recommended',
    ),
    {
      id: 'her2',
      label: 'HER2',
      source: cite(
        'Invasive: HER2-positive without anti-HER2 therapy conditionally not recommended',
      ),
      appliesWhen: { all: [INVASIVE, { field: 'her2Status', in: ['positive', 'negative'] }] },
      rules: [
        { when: { field: 'her2Status', in: ['negative'] }, category: 'recommended' },
        { when: { field: 'antiHer2Therapy', in: [true] }, category: 'recommended' },
        {
          when: { field: 'antiHer2Therapy', in: [false] },
          category: 'conditionally-not-recommended',
        },
      ],
      otherwise: 'conditionally-not-recommended',
    },
    {
      id: 'her2-equivocal',
      label: 'HER2 equivocal',
      source: gap(
        'an equivocal HER2 result is read as possibly positive: conditionally not recommended ' +
          'unless anti-HER2 therapy is given',
      ),
      appliesWhen: { all: [INVASIVE, { field: 'her2Status', in: ['equivocal'] }] },
      rules: [{ when: { field: 'antiHer2Therapy', in: [true] }, category: 'recommended' }],
      otherwise: 'conditionally-not-recommended',
    },
    {
      id: 'lvi',
      label: 'Lymphovascular invasion',
      source: cite('Invasive: lymphovascular invasion conditionally not recommended'),
      appliesWhen: INVASIVE,
      rules: [
        { when: { field: 'lvsi', in: ['none'] }, category: 'recommended' },
        {
          when: { field: 'lvsi', in: ['focal', 'extensive'] },
          category: 'conditionally-not-recommended',
        },
      ],
      otherwise: 'conditionally-not-recommended',
    },
    {
      id: 'histology',
      label: 'Histology (invasive)',
      // A mixed ductal–lobular tumour has lobular histology in part, and is read with lobular.
      source: cite('Invasive: lobular histology conditionally not recommended'),
      appliesWhen: INVASIVE,
      rules: [
        {
          when: { field: 'histology', in: ['lobular', 'mixed-ductal-lobular'] },
          category: 'conditionally-not-recommended',
        },
      ],
      otherwise: 'recommended',
    },
    {
      id: 'nodes',
      label: 'Nodal status (pathologic)',
      source: cite('Invasive: positive nodes not recommended'),
      appliesWhen: { all: [INVASIVE, { not: NODES_NOT_EVALUATED }] },
      rules: [
        { when: { field: 'pathologicNodalStage', in: PN0_STAGES }, category: 'recommended' },
        {
          when: { field: 'pathologicNodalStage', in: NODE_POSITIVE_STAGES },
          category: 'not-recommended',
        },
      ],
      otherwise: 'not-recommended',
    },
    {
      id: 'nodes-not-evaluated',
      label: 'Nodes not evaluated (pNX)',
      source: gap(
        'the tiers assume a known nodal status; nodes not evaluated are read as not ' +
          'recommended, as positive nodes are, until staged',
      ),
      appliesWhen: { all: [INVASIVE, NODES_NOT_EVALUATED] },
      rules: [{ when: NODES_NOT_EVALUATED, category: 'not-recommended' }],
      otherwise: 'not-recommended',
    },
    {
      id: 'margins',
      label: 'Margins',
      source: cite('Invasive: positive margins not recommended'),
      appliesWhen: INVASIVE,
      rules: [
        { when: { field: 'closestMarginMm', op: '>', value: 0 }, category: 'recommended' },
        // 0 mm is tumour at ink, the only positive margin the facts can hold.
        { when: { field: 'closestMarginMm', op: '<=', value: 0 }, category: 'not-recommended' },
      ],
      otherwise: 'not-recommended',
    },
    {
      id: 'brca',
      label: 'Germline BRCA1/2',
      source: cite(
        'Invasive: known germline BRCA1/2 mutation not recommended; testing is not required, ' +
          'so an unknown result is assumed negative (shown as assumed)',
      ),
      appliesWhen: INVASIVE,
      rules: [
        { when: { field: 'germlineBrca', in: ['negative'] }, category: 'recommended' },
        { when: { field: 'germlineBrca', in: ['brca1', 'brca2'] }, category: 'not-recommended' },
      ],
      otherwise: 'not-recommended',
    },
    ...pureDcis(cite, gap),
  ],
};
