import type { Language, Patient, PatientInput, Sex } from '@openiort/contract';
import type { Selectable } from 'kysely';
import type { PatientsTable } from '../db/schema.ts';
import { patientSearchText } from './search-text.ts';

export function toPatient(row: Selectable<PatientsTable>): Patient {
  return {
    id: row.id,
    mrn: row.mrn,
    familyName: row.family_name,
    givenName: row.given_name,
    birthDate: row.birth_date,
    sex: row.sex as Sex,
    preferredLanguage: row.preferred_language as Language,
    phone: row.phone,
    email: row.email,
    isDemo: row.is_demo === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns a create or an edit sets from the form. */
export function inputColumns(input: PatientInput) {
  return {
    mrn: input.mrn,
    family_name: input.familyName,
    given_name: input.givenName,
    birth_date: input.birthDate,
    sex: input.sex,
    preferred_language: input.preferredLanguage,
    phone: input.phone,
    email: input.email,
    search_text: patientSearchText(input),
  };
}

/** The fields an audit row keeps as before/after: what a person typed, not bookkeeping. */
export function auditSnapshot(p: Patient): PatientInput & { version: number } {
  return {
    mrn: p.mrn,
    familyName: p.familyName,
    givenName: p.givenName,
    birthDate: p.birthDate,
    sex: p.sex,
    preferredLanguage: p.preferredLanguage,
    phone: p.phone,
    email: p.email,
    version: p.version,
  };
}
