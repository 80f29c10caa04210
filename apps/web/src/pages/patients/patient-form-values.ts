import type { Patient } from '@openiort/contract';

export const PATIENT_FIELDS = [
  'mrn',
  'familyName',
  'givenName',
  'birthDate',
  'sex',
  'preferredLanguage',
  'phone',
  'email',
] as const;

export type PatientField = (typeof PATIENT_FIELDS)[number];

/** What the form holds: every field as the text the user typed or picked. */
export type PatientFormValues = Record<PatientField, string>;

export const EMPTY_PATIENT: PatientFormValues = {
  mrn: '',
  familyName: '',
  givenName: '',
  birthDate: '',
  sex: '',
  preferredLanguage: 'en',
  phone: '',
  email: '',
};

export function formValuesOf(patient: Patient): PatientFormValues {
  return {
    mrn: patient.mrn,
    familyName: patient.familyName,
    givenName: patient.givenName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    preferredLanguage: patient.preferredLanguage,
    phone: patient.phone ?? '',
    email: patient.email ?? '',
  };
}

/** The fields whose values differ (trimmed) between two versions of the form. */
export function changedFields(a: PatientFormValues, b: PatientFormValues): PatientField[] {
  return PATIENT_FIELDS.filter((field) => a[field].trim() !== b[field].trim());
}

export const PATIENT_FIELD_LABEL_KEYS: Record<PatientField, string> = {
  mrn: 'patients.table.mrn',
  familyName: 'patients.fields.familyName',
  givenName: 'patients.fields.givenName',
  birthDate: 'patients.table.birthDate',
  sex: 'patients.table.sex',
  preferredLanguage: 'patients.fields.preferredLanguage',
  phone: 'patients.fields.phone',
  email: 'patients.fields.email',
};
