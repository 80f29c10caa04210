import { patientInputSchema } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import { hasErrors, sortFieldErrors, validateForm } from './field-errors.ts';

const FIELDS = ['mrn', 'familyName', 'phone'] as const;

describe('sortFieldErrors', () => {
  it('puts errors on the fields their paths name, first message wins', () => {
    const sorted = sortFieldErrors(
      [
        { path: 'mrn', message: 'MRN is already used by another patient' },
        { path: 'mrn', message: 'second message' },
        { path: 'phone.0', message: 'Phone is not valid' },
      ],
      FIELDS,
    );
    expect(sorted.fields).toEqual({
      mrn: 'MRN is already used by another patient',
      phone: 'Phone is not valid',
    });
    expect(sorted.other).toEqual([]);
    expect(hasErrors(sorted)).toBe(true);
  });

  it('keeps errors for the whole body or unknown fields apart', () => {
    const sorted = sortFieldErrors(
      [
        { path: '(body)', message: 'Body must be JSON' },
        { path: 'version', message: 'version is required' },
      ],
      FIELDS,
    );
    expect(sorted.fields).toEqual({});
    expect(sorted.other).toEqual(['Body must be JSON', 'version is required']);
  });

  it('reports no errors for an empty list', () => {
    expect(hasErrors(sortFieldErrors([], FIELDS))).toBe(false);
  });
});

describe('validateForm with the contract schema', () => {
  const valid = {
    mrn: 'TEST-1',
    familyName: 'Fictional',
    givenName: 'Harriet',
    birthDate: '1957-03-14',
    sex: 'female',
    preferredLanguage: 'en',
    phone: '',
    email: '',
  };

  it('returns the parsed input, blank optional fields as null', () => {
    const result = validateForm(patientInputSchema, valid, FIELDS);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.phone).toBeNull();
      expect(result.data.email).toBeNull();
    }
  });

  it('names the fields the server would refuse', () => {
    const result = validateForm(
      patientInputSchema,
      { ...valid, mrn: '', birthDate: '1957-02-30' },
      ['mrn', 'birthDate'] as const,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fields.mrn).toBe('MRN is required');
      expect(result.errors.fields.birthDate).toMatch(/real date/);
    }
  });
});
