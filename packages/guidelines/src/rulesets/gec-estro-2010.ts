import type { Condition } from '../condition.ts';
import { PN0_STAGES, PN2_STAGES, PN3_STAGES } from '../facts.ts';
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
 * GEC-ESTRO Breast Cancer Working Group patient selection for APBI (reference clinical.md §1d,
 * cross-walk §1l). Low risk = good candidates outside trials; intermediate = only within trials;
 * high risk = APBI contraindicated. The table describes final pathology (pN, pT, margins), so the
 * nodal criteria read the pathologic stage, not the clinical one.
 *
 * Where the table is silent we never answer "low risk": the reference (§1d) says a case it does
 * not cover is "not low risk / needs MDT review". Those readings sit in their own criteria, marked
 * unconfirmed, so a result that depends on them says so (`includesUnconfirmed`).
 */
const table = citing(
  'GEC-ESTRO 2010 (Polgár C, et al. Radiother Oncol 2010;94(3):264–273), patient selection table',
  'clinical.md §1d',
);
const gap = (detail: string) => table(`Not covered by the table: ${detail}`, 'unconfirmed');

/** Histologies the table names for low risk ("IDC, mucinous, tubular, medullary, colloid"). */
const LOW_RISK_HISTOLOGIES = ['ductal', 'mucinous', 'tubular', 'medullary'] as const;
/** Named only for intermediate risk: ILC (a mixed ductal–lobular tumour has an ILC part), pure DCIS. */
const INTERMEDIATE_HISTOLOGIES = ['lobular', 'mixed-ductal-lobular', 'dcis'] as const;
/** Named in neither column. */
const UNLISTED_HISTOLOGIES = ['papillary', 'other-invasive'] as const;

/** pNX, and pN2a or worse. */
const HIGH_RISK_STAGES = ['pNX', ...PN2_STAGES, ...PN3_STAGES] as const;
/** pN1a found without ALND (the gap §1d names), and pN1b/pN1c, which neither column lists. */
const NODES_NOT_IN_TABLE: Condition = {
  any: [
    { field: 'pathologicNodalStage', in: ['pN1b', 'pN1c'] },
    {
      all: [
        { field: 'pathologicNodalStage', in: ['pN1a'] },
        { not: { field: 'nodalSurgery', in: ['alnd'] } },
      ],
    },
  ],
};

export const gecEstro2010: RuleSet = {
  id: 'gec-estro-2010',
  version: '2',
  title: 'GEC-ESTRO 2010',
  citation: 'Polgár C, et al. Radiother Oncol 2010;94(3):264–273',
  categories: ['low-risk', 'intermediate-risk', 'high-risk'],
  meaning: {
    'low-risk': 'Low risk: a good candidate for APBI, which may be given outside clinical trials.',
    'intermediate-risk': 'Intermediate risk: a possible candidate, for APBI only within a trial.',
    'high-risk': 'High risk: APBI is contraindicated.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: table('Age over 50 low risk; over 40 up to 50 intermediate; 40 or younger high'),
      rules: [
        { when: { field: 'ageYears', op: '>', value: 50 }, category: 'low-risk' },
        {
          when: {
            all: [
              { field: 'ageYears', op: '>', value: 40 },
              { field: 'ageYears', op: '<=', value: 50 },
            ],
          },
          category: 'intermediate-risk',
        },
      ],
      otherwise: 'high-risk',
    },
    {
      id: 'histology',
      label: 'Histology',
      source: table(
        'Low risk: IDC, mucinous, tubular, medullary, colloid; invasive lobular and pure DCIS ' +
          'only intermediate risk',
      ),
      appliesWhen: { not: { field: 'histology', in: UNLISTED_HISTOLOGIES } },
      rules: [
        { when: { field: 'histology', in: LOW_RISK_HISTOLOGIES }, category: 'low-risk' },
        {
          when: { field: 'histology', in: INTERMEDIATE_HISTOLOGIES },
          category: 'intermediate-risk',
        },
      ],
      otherwise: 'intermediate-risk',
    },
    {
      id: 'histology-not-in-table',
      label: 'Histology not named by the table',
      source: gap(
        'papillary or other invasive types are named in neither the low- nor the ' +
          'intermediate-risk column, and histology is never a contraindication; read as not ' +
          'low risk (intermediate), for MDT review',
      ),
      appliesWhen: { field: 'histology', in: UNLISTED_HISTOLOGIES },
      rules: [
        { when: { field: 'histology', in: UNLISTED_HISTOLOGIES }, category: 'intermediate-risk' },
      ],
      otherwise: 'intermediate-risk',
    },
    {
      id: 'invasive-size',
      label: 'Tumour size (invasive)',
      source: table('pT1–2 up to 30 mm low or intermediate risk; over 30 mm (pT2–4) high risk'),
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'invasiveSizeMm', op: '<=', value: 30 }, category: 'low-risk' }],
      otherwise: 'high-risk',
    },
    t4(
      table('pT4 high risk: skin or chest-wall involvement or inflammatory cancer at any size'),
      'high-risk',
    ),
    {
      id: 'dcis-size',
      label: 'Extent (pure DCIS)',
      source: table(
        'The size row is written for pT stages; applied to the extent of pure DCIS ' +
          '(up to 30 mm, over 30 mm high risk) as our reading',
        'unconfirmed',
      ),
      appliesWhen: PURE_DCIS,
      rules: [{ when: { field: 'dcisSizeMm', op: '<=', value: 30 }, category: 'low-risk' }],
      otherwise: 'high-risk',
    },
    {
      id: 'margins',
      label: 'Margins',
      source: table(
        'Negative by 2 mm or more low risk; close (under 2 mm) intermediate; positive high',
      ),
      rules: [
        { when: { field: 'closestMarginMm', op: '>=', value: 2 }, category: 'low-risk' },
        {
          when: {
            all: [
              { field: 'closestMarginMm', op: '>', value: 0 },
              { field: 'closestMarginMm', op: '<', value: 2 },
            ],
          },
          category: 'intermediate-risk',
        },
      ],
      otherwise: 'high-risk',
    },
    {
      id: 'centricity',
      label: 'Multicentricity',
      source: table('Unicentric low or intermediate risk; multicentric high risk'),
      rules: [{ when: { field: 'centricity', in: ['unicentric'] }, category: 'low-risk' }],
      otherwise: 'high-risk',
    },
    {
      id: 'focality',
      label: 'Multifocality',
      source: table(
        'Unifocal low risk; multifocal within 2 cm of the index lesion intermediate; ' +
          'multifocal more than 2 cm away high risk',
      ),
      rules: [
        { when: { field: 'focality', in: ['unifocal'] }, category: 'low-risk' },
        {
          when: { field: 'multifocalSpanMm', op: '<=', value: 20 },
          category: 'intermediate-risk',
        },
      ],
      otherwise: 'high-risk',
    },
    {
      id: 'eic',
      label: 'Extensive intraductal component',
      source: table('EIC not allowed for low or intermediate risk; present is high risk'),
      // EIC describes the intraductal part of an invasive cancer; it has no meaning for pure DCIS.
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'eic', in: ['absent'] }, category: 'low-risk' }],
      otherwise: 'high-risk',
    },
    {
      id: 'lvsi',
      label: 'Lymphovascular invasion',
      source: table(
        'LVI not allowed for low or intermediate risk; present is high risk (read for invasive ' +
          'cancer only: lymphovascular invasion is not assessed in pure DCIS)',
      ),
      // As the ASTRO sets read their LVSI rows (astro-criteria.ts): a feature of invasive cancer.
      appliesWhen: INVASIVE,
      rules: [{ when: { field: 'lvsi', in: ['none'] }, category: 'low-risk' }],
      otherwise: 'high-risk',
    },
    {
      id: 'nodes',
      label: 'Lymph nodes (pathologic)',
      source: table(
        'pN0 (by SLNB or ALND) low risk; pN1mi or pN1a by ALND intermediate; pNX or pN2a ' +
          'or worse high risk',
      ),
      appliesWhen: { not: { any: [NODES_NOT_IN_TABLE, DCIS_AXILLA_NOT_STAGED] } },
      rules: [
        // pN0 with isolated tumour cells or molecular findings only is still a pN0 stage.
        { when: { field: 'pathologicNodalStage', in: PN0_STAGES }, category: 'low-risk' },
        // "(by ALND)" is read as qualifying pN1a only, as the gap in §1d names pN1a alone.
        { when: { field: 'pathologicNodalStage', in: ['pN1mi'] }, category: 'intermediate-risk' },
        {
          when: {
            all: [
              { field: 'pathologicNodalStage', in: ['pN1a'] },
              { field: 'nodalSurgery', in: ['alnd'] },
            ],
          },
          category: 'intermediate-risk',
        },
        { when: { field: 'pathologicNodalStage', in: HIGH_RISK_STAGES }, category: 'high-risk' },
      ],
      // Unreachable: every stage is listed above or left to nodes-not-in-table.
      otherwise: 'high-risk',
    },
    {
      id: 'nodes-not-in-table',
      label: 'Lymph nodes not covered by GEC-ESTRO 2010',
      source: table(
        'pN1a found by sentinel node biopsy alone (no ALND), and pN1b/pN1c: not covered by ' +
          'GEC-ESTRO 2010 — for the multidisciplinary team; shown as intermediate (not low ' +
          'risk), as OpenIORT’s clinical reference advises',
        'unconfirmed',
      ),
      appliesWhen: { all: [NODES_NOT_IN_TABLE, { not: DCIS_AXILLA_NOT_STAGED }] },
      rules: [{ when: NODES_NOT_IN_TABLE, category: 'intermediate-risk' }],
      otherwise: 'intermediate-risk',
    },
    dcisAxillaNotStaged(
      table(
        `${DCIS_AXILLA_READING}. OpenIORT’s reading: the table allows pure DCIS at intermediate ` +
          'risk, and its pNx row names no histology',
        'unconfirmed',
      ),
      'low-risk',
    ),
    {
      id: 'neoadjuvant',
      label: 'Neoadjuvant therapy',
      // The table says neoadjuvant chemotherapy; our fact covers any neoadjuvant systemic therapy,
      // so neoadjuvant endocrine therapy is also read as a contraindication (the stricter reading).
      source: table(
        'Neoadjuvant chemotherapy not allowed for low or intermediate risk; high if used',
      ),
      rules: [{ when: { field: 'neoadjuvantTherapy', in: [false] }, category: 'low-risk' }],
      otherwise: 'high-risk',
    },
  ],
};
