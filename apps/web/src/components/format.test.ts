import { describe, expect, it } from 'vitest';
import { ageInYears, localInputToIso, localToday, patientName, utcDateTime } from './format.ts';

describe('patientName', () => {
  it('writes FAMILY, Given', () => {
    expect(patientName({ familyName: 'Beispiel', givenName: 'Dörte' })).toBe('BEISPIEL, Dörte');
  });
});

describe('ageInYears', () => {
  it('counts whole years, turning over on the birthday', () => {
    expect(ageInYears('1957-03-14', '2026-03-13')).toBe(68);
    expect(ageInYears('1957-03-14', '2026-03-14')).toBe(69);
    expect(ageInYears('1960-02-29', '2026-02-28')).toBe(65);
  });

  it('gives null for invalid input or a future birth date', () => {
    expect(ageInYears('14/03/1957', '2026-03-14')).toBeNull();
    expect(ageInYears('2030-01-01', '2026-03-14')).toBeNull();
  });
});

describe('times', () => {
  it('formats an instant as UTC', () => {
    expect(utcDateTime('2026-11-26T07:43:05.123Z')).toBe('2026-11-26 07:43:05 UTC');
    expect(utcDateTime('not a time')).toBe('not a time');
  });

  it('turns a datetime-local value into the same instant in UTC', () => {
    expect(localInputToIso('')).toBeUndefined();
    const iso = localInputToIso('2026-11-26T08:30');
    expect(iso).toBe(new Date(2026, 10, 26, 8, 30).toISOString());
  });

  it('gives the local calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
