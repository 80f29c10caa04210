import { describe, expect, it } from 'vitest';
import {
  LOW_RISK_DCIS,
  SHARED_ASTRO_MISSING,
  SHARED_ASTRO_ROWS,
  SUITABLE_INVASIVE,
} from './astro-cases.ts';
import {
  evaluator,
  expectIndeterminate,
  itDecidesRows,
  ruleSetById,
  without,
  type Row,
} from './rule-set-cases.ts';

const evaluate = evaluator(ruleSetById('astro-2009'));

/** The 2009 rows that differ from 2017 (clinical.md §1b), on the suitable invasive baseline. */
const ASTRO_2009_INVASIVE_ROWS: readonly Row[] = [
  ...SHARED_ASTRO_ROWS,
  [{ ageYears: 49 }, 'age', 'unsuitable'],
  [{ ageYears: 50 }, 'age', 'cautionary'],
  [{ ageYears: 51 }, 'age', 'cautionary'],
  [{ ageYears: 59 }, 'age', 'cautionary'],
  [{ ageYears: 60 }, 'age', 'suitable'],
  [{ ageYears: 61 }, 'age', 'suitable'],
  [{ focality: 'unifocal' }, 'focality', 'suitable'],
  [{ focality: 'multifocal-clinical' }, 'focality', 'unsuitable'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 19.95 }, 'focality', 'suitable'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 20 }, 'focality', 'suitable'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 20.05 }, 'focality', 'cautionary'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 29.95 }, 'focality', 'cautionary'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 30 }, 'focality', 'cautionary'],
  [{ focality: 'multifocal-microscopic', totalTumorSizeMm: 30.05 }, 'focality', 'unsuitable'],
];

/** Pure DCIS is never suitable in 2009: up to 3 cm cautionary, over 3 cm unsuitable. */
const ASTRO_2009_DCIS_ROWS: readonly Row[] = [
  [{ dcisSizeMm: 20 }, 'pure-dcis', 'cautionary'],
  [{ dcisSizeMm: 29.95 }, 'pure-dcis', 'cautionary'],
  [{ dcisSizeMm: 30 }, 'pure-dcis', 'cautionary'],
  [{ dcisSizeMm: 30.05 }, 'pure-dcis', 'unsuitable'],
];

describe('ASTRO 2009: each criterion at its boundaries, everything else suitable', () => {
  it('a fully suitable invasive cancer is suitable, with no unconfirmed rule', () => {
    const result = evaluate(SUITABLE_INVASIVE);
    expect(result).toMatchObject({
      category: 'suitable',
      version: '2009-enc-2',
      includesUnconfirmed: false,
    });
  });

  itDecidesRows('invasive', evaluate, SUITABLE_INVASIVE, ASTRO_2009_INVASIVE_ROWS);

  itDecidesRows('pure DCIS', evaluate, LOW_RISK_DCIS, ASTRO_2009_DCIS_ROWS);

  it('has no conditional age rule: 55 with ER negative is cautionary', () => {
    expect(evaluate({ ...SUITABLE_INVASIVE, ageYears: 55, erStatus: 'negative' }).category).toBe(
      'cautionary',
    );
  });

  it('says when the histology reading not in the table was used', () => {
    expect(evaluate({ ...SUITABLE_INVASIVE, histology: 'papillary' }).includesUnconfirmed).toBe(
      true,
    );
  });
});

describe('ASTRO 2009: unknown facts', () => {
  it.each([
    ['ageYears', ['suitable', 'cautionary', 'unsuitable']],
    ...SHARED_ASTRO_MISSING,
  ] as const)('without %s → indeterminate', (name, possible) => {
    expectIndeterminate(evaluate(without(SUITABLE_INVASIVE, name)), possible, [name]);
  });

  it('pure DCIS without its extent → indeterminate', () => {
    expectIndeterminate(
      evaluate(without(LOW_RISK_DCIS, 'dcisSizeMm')),
      ['cautionary', 'unsuitable'],
      ['dcisSizeMm'],
    );
  });

  it.each([
    ['age 45 with BRCA unknown', { ageYears: 45, germlineBrca: 'unknown' }, 'unsuitable'],
    [
      'nodes not evaluated, ER unknown',
      { pathologicNodalStage: 'pNX', erStatus: undefined },
      'unsuitable',
    ],
    ['grade unknown (any grade)', { grade: undefined }, 'suitable'],
    ['DCIS grade unknown for a ductal cancer', { dcisNuclearGrade: undefined }, 'suitable'],
  ] as const)('%s → still decided', (_, patch, category) => {
    const result = evaluate({ ...SUITABLE_INVASIVE, ...patch });
    expect(result.category).toBe(category);
    expect(result.missing).toEqual([]);
  });

  it('pure DCIS needs neither its grade nor screen detection (never suitable in 2009)', () => {
    const result = evaluate(without(LOW_RISK_DCIS, 'dcisNuclearGrade', 'dcisScreenDetected'));
    expect(result.category).toBe('cautionary');
  });
});
