import { describe, expect, it } from 'vitest';
import { ageDisagreement } from './age-check.ts';

describe('ageDisagreement', () => {
  it('finds a typed 67 wrong for a patient born in 1956, evaluated in 2026', () => {
    expect(ageDisagreement('67', '1956-05-20', '2026-11-28')).toEqual({
      typedYears: 67,
      computedYears: 70,
    });
  });

  it('counts the birthday: the day before it she is still a year younger', () => {
    expect(ageDisagreement('69', '1956-05-20', '2026-05-19')).toBeNull();
    expect(ageDisagreement('69', '1956-05-20', '2026-05-20')).toEqual({
      typedYears: 69,
      computedYears: 70,
    });
  });

  it('says nothing when the ages agree, nothing usable is typed, or the birth date is unusable', () => {
    expect(ageDisagreement(' 70 ', '1956-05-20', '2026-11-28')).toBeNull();
    expect(ageDisagreement('', '1956-05-20', '2026-11-28')).toBeNull();
    expect(ageDisagreement('seventy', '1956-05-20', '2026-11-28')).toBeNull();
    expect(ageDisagreement('67', 'unknown', '2026-11-28')).toBeNull();
  });
});
