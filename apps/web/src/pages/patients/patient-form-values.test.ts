import type { Patient } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import { changedFields, formValuesOf } from './patient-form-values.ts';

const patient: Patient = {
  id: 'p1',
  mrn: 'TEST-1',
  familyName: 'Fictional',
  givenName: 'Harriet',
  birthDate: '1957-03-14',
  sex: 'female',
  preferredLanguage: 'en',
  phone: null,
  email: 'harriet@example.org',
  isDemo: false,
  version: 1,
  createdAt: '2026-11-26T07:00:00Z',
  updatedAt: '2026-11-26T07:00:00Z',
};

describe('patient form values', () => {
  it('shows missing optional fields as empty text', () => {
    expect(formValuesOf(patient).phone).toBe('');
  });

  it('lists the fields that differ, ignoring surrounding spaces', () => {
    const a = formValuesOf(patient);
    const b = {
      ...a,
      familyName: 'Fictional-Changed',
      givenName: ' Harriet ',
      phone: '+1 555 0100',
    };
    expect(changedFields(a, b)).toEqual(['familyName', 'phone']);
  });
});
