import type { Condition } from '../condition.ts';
import { NODE_POSITIVE_STAGES, PN0_STAGES } from '../facts.ts';
import type { Criterion, Source } from '../rule-set.ts';
import { DCIS_AXILLA_NOT_STAGED, INVASIVE } from './common.ts';

/**
 * Criteria the ASTRO 2009 and 2017 APBI consensus tables share row for row (reference
 * clinical.md §1a, §1b and the cross-walk §1l: "same" in the 2009 column). Each builder takes the
 * source its rule set cites, so one rule is written once and each table keeps its own citation.
 * Categories are the ASTRO words: suitable / cautionary / unsuitable.
 */

/** Histologies the tables call favourable: ductal, mucinous (colloid) and tubular (§1b). */
const FAVOURABLE = ['ductal', 'mucinous', 'tubular'] as const;
/** Invasive lobular, and a mixed ductal–lobular tumour, which has a lobular part. */
const LOBULAR = ['lobular', 'mixed-ductal-lobular'] as const;

export const brca = (source: Source): Criterion => ({
  id: 'brca',
  label: 'Germline BRCA1/2',
  source,
  rules: [
    { when: { field: 'germlineBrca', in: ['negative'] }, category: 'suitable' },
    { when: { field: 'germlineBrca', in: ['brca1', 'brca2'] }, category: 'unsuitable' },
  ],
  otherwise: 'unsuitable',
});

/**
 * Invasive size. Suitable "≤2.0 cm", unsuitable ">3.0 cm"; the cautionary cell ("2.0–3.0 cm" in
 * 2017, "2.1–3.0 cm" in 2009) is read as everything between: over 20 mm up to and including 30 mm.
 * Read literally, 2009 would leave 20.05–20.95 mm in no column, and 2017 would put 20 mm in two.
 */
export const invasiveSize = (source: Source): Criterion => ({
  id: 'invasive-size',
  label: 'Tumour size (invasive)',
  source,
  appliesWhen: INVASIVE,
  rules: [
    { when: { field: 'invasiveSizeMm', op: '<=', value: 20 }, category: 'suitable' },
    { when: { field: 'invasiveSizeMm', op: '<=', value: 30 }, category: 'cautionary' },
  ],
  otherwise: 'unsuitable',
});

/** Negative by ≥2 mm suitable; close (under 2 mm, not at ink) cautionary; at ink (0) unsuitable. */
export const margins = (source: Source): Criterion => ({
  id: 'margins',
  label: 'Margins',
  source,
  rules: [
    { when: { field: 'closestMarginMm', op: '>=', value: 2 }, category: 'suitable' },
    { when: { field: 'closestMarginMm', op: '>', value: 0 }, category: 'cautionary' },
  ],
  otherwise: 'unsuitable',
});

/** Lymphovascular invasion is a feature of invasive cancer; the pure-DCIS row stands alone. */
export const lvsi = (source: Source): Criterion => ({
  id: 'lvsi',
  label: 'Lymphovascular invasion',
  source,
  appliesWhen: INVASIVE,
  rules: [
    { when: { field: 'lvsi', in: ['none'] }, category: 'suitable' },
    { when: { field: 'lvsi', in: ['focal'] }, category: 'cautionary' },
  ],
  otherwise: 'unsuitable',
});

/**
 * Read for invasive cancer only: the 2017 low-risk DCIS row (RTOG 9804) has no ER requirement, so
 * ER need not be known for pure DCIS (issue 9 point 1; clinical.md §1a). The 2009 rule set applies
 * the same reading, which cannot change a 2009 DCIS result (at best cautionary there).
 */
export const er = (source: Source): Criterion => ({
  id: 'er',
  label: 'Oestrogen receptor (invasive)',
  source,
  appliesWhen: INVASIVE,
  rules: [
    { when: { field: 'erStatus', in: ['positive'] }, category: 'suitable' },
    { when: { field: 'erStatus', in: ['negative'] }, category: 'cautionary' },
  ],
  otherwise: 'cautionary',
});

/** Histologies the tables name for neither suitable nor cautionary. */
const UNLISTED = ['medullary', 'papillary', 'other-invasive'] as const;

/**
 * Ductal and the favourable subtypes suitable; lobular cautionary. The subtypes the tables do
 * not name (medullary, papillary, other invasive) get their own criterion, marked unconfirmed:
 * not called favourable, so not suitable, and with no unsuitable histology in the table, read as
 * cautionary.
 */
export const histology = (source: Source, unlisted: Source): Criterion[] => [
  {
    id: 'histology',
    label: 'Histology (invasive)',
    source,
    appliesWhen: { field: 'histology', in: [...FAVOURABLE, ...LOBULAR] },
    rules: [
      { when: { field: 'histology', in: FAVOURABLE }, category: 'suitable' },
      { when: { field: 'histology', in: LOBULAR }, category: 'cautionary' },
    ],
    otherwise: 'cautionary',
  },
  {
    id: 'histology-not-in-table',
    label: 'Histology not named by the table',
    source: unlisted,
    appliesWhen: { field: 'histology', in: UNLISTED },
    rules: [{ when: { field: 'histology', in: UNLISTED }, category: 'cautionary' }],
    otherwise: 'cautionary',
  },
];

/**
 * EIC none suitable, ≤3 cm cautionary, >3 cm unsuitable. An extensive intraductal component is
 * part of an invasive cancer, so the row does not apply to pure DCIS (which has its own row).
 */
export const eic = (source: Source): Criterion => ({
  id: 'eic',
  label: 'Extensive intraductal component',
  source,
  appliesWhen: INVASIVE,
  rules: [
    { when: { field: 'eic', in: ['absent'] }, category: 'suitable' },
    { when: { field: 'eicSizeMm', op: '<=', value: 30 }, category: 'cautionary' },
  ],
  otherwise: 'unsuitable',
});

/** The 2009 total-size split for microscopically multifocal disease (§1b). */
export const multifocalTotalSizeRules = [
  { when: { field: 'totalTumorSizeMm', op: '<=', value: 20 }, category: 'suitable' },
  { when: { field: 'totalTumorSizeMm', op: '<=', value: 30 }, category: 'cautionary' },
] as const;

export const MICROSCOPIC_MULTIFOCAL: Condition = {
  field: 'focality',
  in: ['multifocal-microscopic'],
};

export const centricity = (source: Source): Criterion => ({
  id: 'centricity',
  label: 'Centricity',
  source,
  rules: [
    { when: { field: 'centricity', in: ['unicentric'] }, category: 'suitable' },
    { when: { field: 'centricity', in: ['multicentric'] }, category: 'unsuitable' },
  ],
  otherwise: 'unsuitable',
});

/**
 * pN0 (i−, i+) suitable; pN1–pN3, micrometastases (pN1mi) included, unsuitable. pNX (not
 * evaluated) is unsuitable: the 2009 table says so, and 2017 asks for pN0 to be suitable and has
 * no cautionary entry. pN0(mol+) (molecular findings only) is also a pN0 stage; the table does not
 * name it, and we read it with pN0 as the program's own criteria do (program-default.ts).
 * An unstaged pure DCIS (no nodal surgery, pNX) is left to `dcisAxillaNotStaged` (common.ts).
 */
export const nodalStatus = (source: Source): Criterion => ({
  id: 'nodal-status',
  label: 'Nodal status (pathologic)',
  source,
  appliesWhen: { not: DCIS_AXILLA_NOT_STAGED },
  rules: [
    { when: { field: 'pathologicNodalStage', in: PN0_STAGES }, category: 'suitable' },
    { when: { field: 'pathologicNodalStage', in: NODE_POSITIVE_STAGES }, category: 'unsuitable' },
    { when: { field: 'pathologicNodalStage', in: ['pNX'] }, category: 'unsuitable' },
  ],
  otherwise: 'unsuitable',
});

/**
 * Read for invasive cancer only: axillary staging is not standard for pure DCIS, and the 2017
 * low-risk DCIS row (RTOG 9804) has no nodal-surgery requirement (issue 9 point 1; §1a).
 */
export const nodalSurgery = (source: Source): Criterion => ({
  id: 'nodal-surgery',
  label: 'Nodal surgery (invasive)',
  source,
  appliesWhen: INVASIVE,
  rules: [
    { when: { field: 'nodalSurgery', in: ['slnb', 'alnd'] }, category: 'suitable' },
    { when: { field: 'nodalSurgery', in: ['none'] }, category: 'unsuitable' },
  ],
  otherwise: 'unsuitable',
});

export const neoadjuvant = (source: Source): Criterion => ({
  id: 'neoadjuvant',
  label: 'Neoadjuvant therapy',
  source,
  rules: [
    { when: { field: 'neoadjuvantTherapy', in: [false] }, category: 'suitable' },
    { when: { field: 'neoadjuvantTherapy', in: [true] }, category: 'unsuitable' },
  ],
  otherwise: 'unsuitable',
});
