import type { RuleSet } from '../rule-set.ts';
import {
  brca,
  centricity,
  eic,
  er,
  histology,
  invasiveSize,
  lvsi,
  margins,
  MICROSCOPIC_MULTIFOCAL,
  multifocalTotalSizeRules,
  neoadjuvant,
  nodalStatus,
  nodalSurgery,
} from './astro-criteria.ts';
import { citing, DCIS_AXILLA_READING, dcisAxillaNotStaged, PURE_DCIS, t4 } from './common.ts';

/**
 * ASTRO 2017 APBI consensus update, suitable / cautionary / unsuitable (reference clinical.md
 * §1a; engine notes §5). The category is the worst any criterion points to; age 40–49 is
 * cautionary only while every other criterion is suitable.
 *
 * Rows encoded as no criterion, on purpose:
 * - Grade "any", associated LCIS "allowed", HER2 "not a criterion": nothing to decide.
 * - T stage (T1 / T2 / T3–T4; the 2017 wording is UNCONFIRMED, §1a): the facts hold no T stage,
 *   and the only boundaries the reference gives for it are the size row's (T1 beside ≤2.0 cm, T2
 *   beside 2.0–3.0 cm, T3–T4 beside >3.0 cm), which `invasive-size` already applies. A copy of
 *   that row would add nothing but an "unconfirmed" mark on every result. T4 at any size (skin
 *   or chest wall, inflammatory) is the exception: it has its own fact and the criterion `t4`,
 *   which applies only when present, so only a T4 result carries its unconfirmed mark.
 *
 * Which rows apply to pure DCIS: the table labels the size and histology rows as invasive and
 * gives pure DCIS a row of its own. LVSI and EIC describe an invasive cancer, so they are read as
 * invasive only too. The low-risk DCIS row (RTOG 9804) asks for no ER status and no nodal surgery,
 * so ER and nodal surgery are read for invasive cancer only, and an unstaged axilla (pNX) does not
 * count against pure DCIS; a positive node still does (issue 9 point 1). Every other row (age,
 * BRCA, margins, focality, centricity, neoadjuvant therapy) applies to every patient.
 */
const cite = citing(
  'ASTRO APBI consensus update 2017 (Correa C, et al. Pract Radiat Oncol 2017;7:73–79), criteria table',
  'clinical.md §1a',
);

export const astro2017: RuleSet = {
  id: 'astro-2017',
  version: '2017-enc-2',
  title: 'ASTRO 2017 APBI consensus',
  citation:
    'Correa C, Harris EE, Leonardi MC, et al. Accelerated partial breast irradiation: executive ' +
    'summary for the update of an ASTRO evidence-based consensus statement. Pract Radiat Oncol ' +
    '2017;7(2):73–79',
  categories: ['suitable', 'cautionary', 'unsuitable'],
  meaning: {
    suitable:
      'Meets every "suitable" condition of the ASTRO 2017 consensus: accelerated partial-breast ' +
      'irradiation is an acceptable option. For IORT, see the ASTRO 2017 IORT statements.',
    cautionary:
      'At least one "cautionary" feature (or age 40–49 with everything else suitable): partial-' +
      'breast irradiation is to be considered with caution. The consensus does not support IORT ' +
      'for this patient.',
    unsuitable:
      'At least one "unsuitable" feature: the consensus does not support partial-breast ' +
      'irradiation, IORT included, for this patient.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: cite(
        'Age 50 or older suitable; 40–49 cautionary only when every other criterion is suitable, ' +
          'otherwise unsuitable; under 40 unsuitable',
      ),
      rules: [
        { when: { field: 'ageYears', op: '>=', value: 50 }, category: 'suitable' },
        {
          when: { field: 'ageYears', op: '>=', value: 40 },
          category: 'cautionary',
          escalateTo: 'unsuitable',
        },
      ],
      otherwise: 'unsuitable',
    },
    brca(cite('BRCA1/2 mutation not present suitable; present unsuitable')),
    invasiveSize(
      cite(
        'Invasive size 2.0 cm or less suitable; above 2.0 up to 3.0 cm cautionary (the table ' +
          'cell reads "2.0–3.0 cm"); over 3.0 cm unsuitable',
      ),
    ),
    t4(
      cite(
        'T3–T4 unsuitable: skin or chest-wall involvement or inflammatory cancer (T4) at any ' +
          'size (the T-stage row as the 2009 table words it; its 2017 wording is ' +
          'unconfirmed)',
        'unconfirmed',
      ),
      'unsuitable',
    ),
    ...histology(
      cite('Invasive ductal or another favourable subtype suitable; invasive lobular cautionary'),
      cite(
        'Medullary, papillary and other invasive types are not named favourable, and no ' +
          'histology is unsuitable: read as cautionary',
        'unconfirmed',
      ),
    ),
    {
      id: 'pure-dcis',
      label: 'Pure DCIS (RTOG 9804)',
      source: cite(
        'Pure DCIS suitable when low risk as in RTOG 9804: screen-detected, low or intermediate ' +
          'nuclear grade, 2.5 cm or less, margins 3 mm or more; up to 3.0 cm otherwise ' +
          'cautionary; over 3.0 cm unsuitable',
      ),
      appliesWhen: PURE_DCIS,
      rules: [
        {
          when: {
            all: [
              { field: 'dcisScreenDetected', in: [true] },
              { field: 'dcisNuclearGrade', in: ['low', 'intermediate'] },
              { field: 'dcisSizeMm', op: '<=', value: 25 },
              { field: 'closestMarginMm', op: '>=', value: 3 },
            ],
          },
          category: 'suitable',
        },
        { when: { field: 'dcisSizeMm', op: '<=', value: 30 }, category: 'cautionary' },
      ],
      otherwise: 'unsuitable',
    },
    margins(
      cite('Negative by 2 mm or more suitable; close (under 2 mm) cautionary; positive unsuitable'),
    ),
    lvsi(
      cite(
        'No lymphovascular invasion suitable; limited or focal cautionary; extensive unsuitable',
      ),
    ),
    er(
      cite(
        'Oestrogen receptor positive suitable; negative cautionary (invasive cancer: the low-risk ' +
          'DCIS row asks for no ER status)',
      ),
    ),
    eic(
      cite(
        'No extensive intraductal component suitable; up to 3 cm cautionary; over 3 cm unsuitable',
      ),
    ),
    {
      id: 'focality',
      label: 'Focality',
      source: cite(
        'Clinically unifocal suitable; clinically multifocal, or microscopically multifocal ' +
          'with a total size over 3.0 cm, unsuitable',
      ),
      rules: [
        { when: { field: 'focality', in: ['unifocal'] }, category: 'suitable' },
        {
          // Microscopic foci in a tumour that is clinically one lesion: still clinically unifocal.
          when: {
            all: [MICROSCOPIC_MULTIFOCAL, { field: 'totalTumorSizeMm', op: '<=', value: 30 }],
          },
          category: 'suitable',
        },
      ],
      otherwise: 'unsuitable',
    },
    {
      // The 2017 table as read gives only "clinically unifocal"; the total-size split for
      // microscopically multifocal disease is the 2009 wording, kept here as its own criterion
      // so results that depend on it say they include an unconfirmed rule.
      id: 'multifocal-total-size',
      label: 'Total size of microscopically multifocal disease',
      source: cite(
        'Microscopically multifocal: total size 2.0 cm or less suitable, above 2.0 up to 3.0 cm ' +
          'cautionary, over 3.0 cm unsuitable (2009 wording; not read in the 2017 table)',
        'unconfirmed',
      ),
      appliesWhen: MICROSCOPIC_MULTIFOCAL,
      rules: [...multifocalTotalSizeRules],
      otherwise: 'unsuitable',
    },
    centricity(cite('Unicentric suitable; multicentric unsuitable')),
    nodalStatus(
      cite('pN0 (i−, i+) suitable; pN1–pN3 unsuitable; not evaluated (pNX) read as unsuitable'),
    ),
    // The reference takes this row from the 2009 table (§1a: "None performed (2009 table)"); it
    // was not read in the 2017 table, so it is marked unconfirmed, like the T stage wording.
    nodalSurgery(
      cite(
        'Sentinel node biopsy or axillary dissection performed suitable; none unsuitable (2009 ' +
          'table row; not read in the 2017 table)',
        'unconfirmed',
      ),
    ),
    dcisAxillaNotStaged(
      cite(
        `${DCIS_AXILLA_READING}. The low-risk DCIS row (RTOG 9804: screen-detected, low or ` +
          'intermediate grade, 2.5 cm or less, margins 3 mm or more) has no nodal-surgery ' +
          'requirement',
      ),
      'suitable',
    ),
    neoadjuvant(cite('No neoadjuvant therapy suitable; any neoadjuvant therapy unsuitable')),
  ],
};
