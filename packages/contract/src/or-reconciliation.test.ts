import { describe, expect, it } from 'vitest';
import {
  measurementRequestSchema,
  reconciliationRequestSchema,
  surveyCalibrationOverdue,
} from './or-reconciliation.ts';

describe('surveyCalibrationOverdue (calibrated within 12 months, operating-room.md §1.1)', () => {
  it('covers surveys up to the same date a year later, and not the day after', () => {
    expect(surveyCalibrationOverdue('2025-11-28', '2025-11-28')).toBe(false);
    expect(surveyCalibrationOverdue('2025-11-28', '2026-11-28')).toBe(false);
    expect(surveyCalibrationOverdue('2025-11-28', '2026-11-29')).toBe(true);
    // 29 February: a year later is 1 March.
    expect(surveyCalibrationOverdue('2024-02-29', '2025-03-01')).toBe(false);
    expect(surveyCalibrationOverdue('2024-02-29', '2025-03-02')).toBe(true);
  });
});

describe('request schemas', () => {
  it('name the field of each problem', () => {
    const manual = reconciliationRequestSchema.safeParse({
      source: 'manual',
      controllerTimesS: [1, -1],
    });
    expect(manual.error?.issues.map((i) => i.path.join('.'))).toEqual(['controllerTimesS.1']);
    const survey = measurementRequestSchema.safeParse({
      kind: 'survey',
      place: 'Door',
      doseRateUSvPerH: 100_001,
      instrumentSerial: 'SM-1',
      instrumentCalibratedOn: '2026-02-30',
    });
    expect(survey.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'doseRateUSvPerH',
      'instrumentCalibratedOn',
    ]);
    expect(
      measurementRequestSchema.safeParse({
        kind: 'in-vivo',
        dosimeterType: 'osld',
        position: 'Skin, 12 o’clock',
        readingGy: 4.1,
        expectedGy: 4,
      }).success,
    ).toBe(true);
  });
});
