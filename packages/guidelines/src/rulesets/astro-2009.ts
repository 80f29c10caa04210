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
  multifocalTotalSizeRules,
  neoadjuvant,
  nodalStatus,
  nodalSurgery,
} from './astro-criteria.ts';
import { citing, DCIS_AXILLA_READING, dcisAxillaNotStaged, PURE_DCIS, t4 } from './common.ts';

/**
 * ASTRO 2009 APBI consensus statement, suitable / cautionary / unsuitable (reference clinical.md
 * §1b, the table as the wjgnet and PMC3871497 reproductions agree; §1l). The category is the
 * worst any criterion points to; 2009 has no conditional rule.
 *
 * Rows encoded as no criterion, on purpose:
 * - Grade "any" and associated LCIS "allowed": nothing to decide.
 * - T stage (T1 suitable; T0 or T2 cautionary; T3–T4 unsuitable): the facts hold no T stage, and
 *   the reference gives it no boundaries beyond the size row's, which `invasive-size` applies;
 *   T4 at any size (skin or chest wall, inflammatory) has its own fact and criterion `t4`.
 *
 * Rows and pure DCIS: as in astro-2017.ts, the size, histology, LVSI and EIC rows describe an
 * invasive cancer; pure DCIS has its own row ("not allowed" among suitable, so at best
 * cautionary). ER, nodal surgery and an unstaged axilla (pNX) are read as in astro-2017.ts: not
 * held against pure DCIS. The 2009 table does not say so; this is OpenIORT's reading, carried
 * over from the 2017 DCIS row and marked unconfirmed where it decides (issue 9 point 1). The other
 * rows name no histology and apply to every patient.
 */
const cite = citing(
  'ASTRO APBI consensus statement 2009 (Smith BD, et al. Int J Radiat Oncol Biol Phys 2009;74:987–1001), Table',
  'clinical.md §1b',
);

export const astro2009: RuleSet = {
  id: 'astro-2009',
  version: '2009-enc-2',
  title: 'ASTRO 2009 APBI consensus',
  citation:
    'Smith BD, Arthur DW, Buchholz TA, et al. Accelerated partial breast irradiation consensus ' +
    'statement from the American Society for Radiation Oncology (ASTRO). Int J Radiat Oncol ' +
    'Biol Phys 2009;74(4):987–1001',
  categories: ['suitable', 'cautionary', 'unsuitable'],
  meaning: {
    suitable:
      'Meets every "suitable" condition of the 2009 ASTRO consensus: accelerated partial-breast ' +
      'irradiation was judged acceptable outside a trial. Superseded by the 2017 update.',
    cautionary:
      'At least one "cautionary" feature under the 2009 consensus: partial-breast irradiation ' +
      'to be considered with caution. Superseded by the 2017 update.',
    unsuitable:
      'At least one "unsuitable" feature under the 2009 consensus: partial-breast irradiation ' +
      'was not considered acceptable. Superseded by the 2017 update.',
  },
  criteria: [
    {
      id: 'age',
      label: 'Age',
      source: cite('Age 60 or older suitable; 50–59 cautionary; under 50 unsuitable'),
      rules: [
        { when: { field: 'ageYears', op: '>=', value: 60 }, category: 'suitable' },
        { when: { field: 'ageYears', op: '>=', value: 50 }, category: 'cautionary' },
      ],
      otherwise: 'unsuitable',
    },
    brca(cite('BRCA1/2 mutation not present suitable; present unsuitable')),
    invasiveSize(
      cite(
        'Size 2 cm or less suitable; 2.1–3.0 cm cautionary, read as above 2.0 up to 3.0 cm; ' +
          'over 3 cm unsuitable',
      ),
    ),
    t4(
      cite(
        'T stage T3–T4 unsuitable: skin or chest-wall involvement or inflammatory cancer (T4) ' +
          'at any size',
      ),
      'unsuitable',
    ),
    ...histology(
      cite(
        'Invasive ductal or favourable subtypes (mucinous, tubular, colloid) suitable; invasive ' +
          'lobular cautionary',
      ),
      cite(
        'Medullary, papillary and other invasive types are not named favourable, and no ' +
          'histology is unsuitable: read as cautionary',
        'unconfirmed',
      ),
    ),
    {
      id: 'pure-dcis',
      label: 'Pure DCIS',
      source: cite(
        'Pure DCIS not allowed among suitable; up to 3 cm cautionary; over 3 cm unsuitable',
      ),
      appliesWhen: PURE_DCIS,
      rules: [{ when: { field: 'dcisSizeMm', op: '<=', value: 30 }, category: 'cautionary' }],
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
        'Oestrogen receptor positive suitable; negative cautionary (invasive cancer; not read ' +
          'for pure DCIS, OpenIORT’s reading as for 2017; it cannot change a DCIS result, at ' +
          'best cautionary)',
      ),
    ),
    eic(cite('EIC not allowed among suitable; up to 3 cm cautionary; over 3 cm unsuitable')),
    {
      id: 'focality',
      label: 'Focality',
      source: cite(
        'Clinically unifocal with total size 2.0 cm or less suitable; clinically unifocal, ' +
          'total 2.1–3.0 cm cautionary; microscopically multifocal over 3 cm in total, or ' +
          'clinically multifocal, unsuitable',
      ),
      // A unifocal tumour's total size is its size, judged by the size rows; the total-size
      // split is applied to microscopically multifocal disease (clinically one lesion).
      rules: [
        { when: { field: 'focality', in: ['unifocal'] }, category: 'suitable' },
        { when: { field: 'focality', in: ['multifocal-clinical'] }, category: 'unsuitable' },
        ...multifocalTotalSizeRules,
      ],
      otherwise: 'unsuitable',
    },
    centricity(cite('Unicentric only suitable; multicentric unsuitable')),
    nodalStatus(cite('pN0 (i−, i+) suitable; pN1, pN2, pN3 or not evaluated unsuitable')),
    nodalSurgery(
      cite(
        'Sentinel node biopsy or axillary dissection suitable; none performed unsuitable ' +
          '(invasive cancer; for pure DCIS see the DCIS-axilla reading)',
      ),
    ),
    dcisAxillaNotStaged(
      cite(
        `${DCIS_AXILLA_READING}. OpenIORT’s reading: the 2009 nodal rows name no histology, and ` +
          'the 2017 update’s low-risk DCIS row has no nodal requirement',
        'unconfirmed',
      ),
      'suitable',
    ),
    neoadjuvant(cite('Neoadjuvant therapy not allowed among suitable; unsuitable if used')),
  ],
};
