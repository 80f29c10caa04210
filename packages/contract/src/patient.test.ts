import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, patientInputSchema } from './patient.ts';

const valid = {
  mrn: 'A-1',
  familyName: 'Testperson',
  givenName: 'Quinn',
  birthDate: '1950-01-01',
  sex: 'female',
  preferredLanguage: 'en',
};

describe('isCalendarDate', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1955-13-01')).toBe(false);
    expect(isCalendarDate('1955-1-01')).toBe(false);
  });

  it('accepts exactly the days a calendar has', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(fc.property(day, (d) => isCalendarDate(d.toISOString().slice(0, 10))));
  });
});

describe('patientInputSchema', () => {
  it('trims text and turns empty optional fields into null', () => {
    const parsed = patientInputSchema.parse({
      ...valid,
      familyName: '  Testperson ',
      phone: '  ',
      email: '',
    });
    expect(parsed).toMatchObject({ familyName: 'Testperson', phone: null, email: null });
  });

  it('names each invalid field', () => {
    const result = patientInputSchema.safeParse({
      ...valid,
      sex: 'F',
      preferredLanguage: 'nl',
      birthDate: '1899-12-31',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['birthDate', 'sex', 'preferredLanguage']);
  });

  it('accepts each of the seven languages', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'it', 'pt', 'ru']) {
      expect(patientInputSchema.safeParse({ ...valid, preferredLanguage: lang }).success).toBe(
        true,
      );
    }
  });
});
