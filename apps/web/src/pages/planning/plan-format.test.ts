import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../../i18n/clinician-i18n.ts';
import {
  balloonSizeText,
  deviationText,
  fixed,
  formatMmSs,
  gy,
  strengthText,
} from './plan-format.ts';

const { t } = createClinicianI18n();

describe('formatMmSs', () => {
  it('writes minutes and zero-padded seconds, rounded to the second', () => {
    expect(formatMmSs(684.007)).toBe('11:24');
    expect(formatMmSs(59.5)).toBe('1:00');
    expect(formatMmSs(5)).toBe('0:05');
    expect(formatMmSs(0)).toBe('0:00');
  });

  it('lets minutes pass an hour and refuses what is not a duration', () => {
    expect(formatMmSs(3723)).toBe('62:03');
    expect(formatMmSs(Number.NaN)).toBe('—');
    expect(formatMmSs(-1)).toBe('—');
  });
});

describe('balloonSizeText', () => {
  it('gives the radius and diameter of the sphere of the fill volume', () => {
    // 45 cc: r = (3·45 / 4π)^⅓ = 2.2065 cm.
    expect(balloonSizeText(t, 45)).toBe('radius 2.21 cm · diameter 4.41 cm');
    // 4/3·π·1³ = 4.18879 cc is exactly a 1 cm radius.
    expect(balloonSizeText(t, (4 / 3) * Math.PI)).toBe('radius 1.00 cm · diameter 2.00 cm');
  });

  it('says nothing for a missing or impossible fill', () => {
    expect(balloonSizeText(t, undefined)).toBeNull();
    expect(balloonSizeText(t, 0)).toBeNull();
    expect(balloonSizeText(t, Number.NaN)).toBeNull();
  });
});

describe('numbers', () => {
  it('formats doses and deviations, with a dash for none', () => {
    expect(gy(20)).toBe('20.00 Gy');
    expect(gy(null)).toBe('—');
    expect(fixed(undefined, 1)).toBe('—');
    expect(deviationText(1.234)).toBe('1.23 %');
    expect(deviationText(null)).toBe('not a number');
  });
});

describe('strengthText', () => {
  it('says whether the strength was measured, nominal or not recorded', () => {
    expect(strengthText(t, { airKermaStrengthU: 12000, strengthSource: 'measured' })).toBe(
      '12,000 U, measured (output check)',
    );
    expect(strengthText(t, { airKermaStrengthU: 12000, strengthSource: 'nominal' })).toBe(
      '12,000 U — nominal strength used, no output check entered',
    );
    expect(strengthText(t, { airKermaStrengthU: 12000 })).toBe(
      '12,000 U (measured or nominal: not recorded for plans saved before November 2026)',
    );
  });
});
