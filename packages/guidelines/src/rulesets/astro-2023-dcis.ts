import type { Condition } from '../condition.ts';
import type { Criterion, Source } from '../rule-set.ts';
import { PURE_DCIS } from './common.ts';

/**
 * The pure-DCIS column of the ASTRO 2023/2024 PBI guideline (reference clinical.md §1j): the
 * "recommended" and "conditionally recommended" cells were read; the "not recommended" cells were
 * not seen. The cases they would cover get their own criterion, marked unconfirmed, that applies
 * only to them, so DCIS inside the tiers read gives a result with no unconfirmed rule.
 */

/** DCIS cases outside both DCIS tiers seen, or with a finding "not recommended" for invasive. */
const DCIS_NOT_IN_TABLE: Condition = {
  any: [
    { field: 'dcisSizeMm', op: '>', value: 30 },
    { field: 'ageYears', op: '<', value: 40 },
    { field: 'germlineBrca', in: ['brca1', 'brca2'] },
    { field: 'closestMarginMm', op: '<=', value: 0 },
  ],
};

export function pureDcis(
  cite: (detail: string) => Source,
  gap: (detail: string) => Source,
): Criterion[] {
  return [
    {
      id: 'pure-dcis',
      label: 'Pure DCIS',
      source: cite(
        'DCIS: low–intermediate grade, age 40 or older and 2 cm or less recommended; high grade ' +
          'or over 2 up to 3 cm conditionally recommended',
      ),
      appliesWhen: { all: [PURE_DCIS, { not: DCIS_NOT_IN_TABLE }] },
      rules: [
        {
          when: {
            all: [
              { field: 'dcisNuclearGrade', in: ['low', 'intermediate'] },
              { field: 'dcisSizeMm', op: '<=', value: 20 },
            ],
          },
          category: 'recommended',
        },
        {
          when: {
            any: [
              { field: 'dcisNuclearGrade', in: ['high'] },
              { field: 'dcisSizeMm', op: '>', value: 20 },
            ],
          },
          category: 'conditionally-recommended',
        },
      ],
      otherwise: 'conditionally-recommended',
    },
    {
      id: 'dcis-not-in-table',
      label: 'Pure DCIS outside the tiers read',
      source: gap(
        'the DCIS "not recommended" tiers were not seen; DCIS over 3 cm, age under 40, a known ' +
          'BRCA1/2 mutation or a positive margin are read as not recommended, as for invasive ' +
          'cancer',
      ),
      appliesWhen: { all: [PURE_DCIS, DCIS_NOT_IN_TABLE] },
      rules: [{ when: DCIS_NOT_IN_TABLE, category: 'not-recommended' }],
      otherwise: 'not-recommended',
    },
  ];
}
