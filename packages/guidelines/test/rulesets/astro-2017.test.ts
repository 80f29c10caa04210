import { describe, expect, it } from 'vitest';
import {
  ASTRO_2017_DCIS_ROWS,
  ASTRO_2017_INVASIVE_ROWS,
  LOW_RISK_DCIS,
  SHARED_ASTRO_MISSING,
  SUITABLE_INVASIVE,
} from './astro-cases.ts';
import {
  evaluator,
  expectIndeterminate,
  itDecidesRows,
  ruleSetById,
  without,
} from './rule-set-cases.ts';

const evaluate = evaluator(ruleSetById('astro-2017'));

describe('ASTRO 2017: each criterion at its boundaries, everything else suitable', () => {
  it('a fully suitable invasive cancer is suitable', () => {
    const result = evaluate(SUITABLE_INVASIVE);
    expect(result).toMatchObject({ category: 'suitable', version: '2017-enc-2' });
    expect(result.meaning).toMatch(/suitable/);
  });

  itDecidesRows('invasive', evaluate, SUITABLE_INVASIVE, ASTRO_2017_INVASIVE_ROWS);

  itDecidesRows('pure DCIS', evaluate, LOW_RISK_DCIS, ASTRO_2017_DCIS_ROWS);
});

describe('ASTRO 2017: age 40–49 is cautionary only when all else is suitable', () => {
  it.each([
    [45, 'positive', 'cautionary'],
    [45, 'negative', 'unsuitable'],
    [55, 'negative', 'cautionary'],
  ] as const)('age %i, ER %s → %s', (ageYears, erStatus, category) => {
    const result = evaluate({ ...SUITABLE_INVASIVE, ageYears, erStatus });
    expect(result.category).toBe(category);
    const age = result.findings.find((f) => f.criterion === 'age');
    expect(age?.decisive).toBe(ageYears < 50);
    expect(age?.evidence).toMatchObject({ ageYears });
  });

  it('says the age rule is conditional in the finding', () => {
    const age = evaluate({ ...SUITABLE_INVASIVE, ageYears: 45 }).findings.find(
      (f) => f.criterion === 'age',
    );
    expect(age?.rule).toMatch(/only if every other criterion is suitable; otherwise unsuitable/);
  });

  it('age 45 with ER unknown could be either', () => {
    const result = evaluate(without({ ...SUITABLE_INVASIVE, ageYears: 45 }, 'erStatus'));
    expectIndeterminate(result, ['cautionary', 'unsuitable'], ['erStatus']);
  });
});

describe('ASTRO 2017: unknown facts', () => {
  it.each([
    ['ageYears', ['suitable', 'cautionary', 'unsuitable']],
    ...SHARED_ASTRO_MISSING,
  ] as const)('without %s → indeterminate', (name, possible) => {
    expectIndeterminate(evaluate(without(SUITABLE_INVASIVE, name)), possible, [name]);
  });

  it('treats germline BRCA "unknown" as missing', () => {
    const result = evaluate({ ...SUITABLE_INVASIVE, germlineBrca: 'unknown' });
    expectIndeterminate(result, ['suitable', 'unsuitable'], ['germlineBrca']);
  });

  it.each([
    ['age 35 with BRCA unknown', { ageYears: 35, germlineBrca: 'unknown' }, 'unsuitable'],
    [
      'a positive margin with size unknown',
      { closestMarginMm: 0, invasiveSizeMm: undefined },
      'unsuitable',
    ],
    ['grade unknown (any grade)', { grade: undefined }, 'suitable'],
    ['DCIS grade unknown for a ductal cancer', { dcisNuclearGrade: undefined }, 'suitable'],
    ['EIC extent unknown when EIC is absent', { eicSizeMm: undefined }, 'suitable'],
    ['total size unknown for a unifocal cancer', { totalTumorSizeMm: undefined }, 'suitable'],
  ] as const)('%s → still decided', (_, patch, category) => {
    const result = evaluate({ ...SUITABLE_INVASIVE, ...patch });
    expect(result.category).toBe(category);
    expect(result.missing).toEqual([]);
  });

  it.each([
    ['screen detection', 'dcisScreenDetected', ['suitable', 'cautionary']],
    ['nuclear grade', 'dcisNuclearGrade', ['suitable', 'cautionary']],
    ['extent', 'dcisSizeMm', ['suitable', 'cautionary', 'unsuitable']],
    ['margin', 'closestMarginMm', ['suitable', 'cautionary', 'unsuitable']],
  ] as const)('pure DCIS without %s → indeterminate', (_, name, possible) => {
    expectIndeterminate(evaluate(without(LOW_RISK_DCIS, name)), possible, [name]);
  });

  it('pure DCIS over 2.5 cm does not need screen detection to be known', () => {
    const result = evaluate(without({ ...LOW_RISK_DCIS, dcisSizeMm: 28 }, 'dcisScreenDetected'));
    expect(result.category).toBe('cautionary');
  });

  it('pure DCIS does not read the invasive-only rows', () => {
    const result = evaluate(LOW_RISK_DCIS);
    expect(result.category).toBe('suitable');
    for (const id of ['invasive-size', 'histology', 'lvsi', 'eic']) {
      expect(result.findings.find((f) => f.criterion === id)?.outcome).toBe('not-applicable');
    }
  });
});

describe('ASTRO 2017: confidence', () => {
  it('marks the rows taken from the 2009 table as unconfirmed', () => {
    const unconfirmed = ruleSetById('astro-2017')
      .criteria.filter((c) => c.source.confidence === 'unconfirmed')
      .map((c) => c.id);
    expect(unconfirmed).toEqual([
      't4',
      'histology-not-in-table',
      'multifocal-total-size',
      'nodal-surgery',
    ]);
    expect(evaluate(SUITABLE_INVASIVE).includesUnconfirmed).toBe(true);
  });
});
