import type { PatientInput } from '@openiort/contract';

/**
 * Demonstration patients. Every one is invented: the names say so, the MRNs start with DEMO-,
 * and each is stored with is_demo = 1 and shown with a DEMO badge.
 */
export const DEMO_PATIENTS: readonly PatientInput[] = [
  { mrn: 'DEMO-0001', familyName: 'Example', givenName: 'Alice', birthDate: '1956-04-12', sex: 'female', preferredLanguage: 'en', phone: '+1 555 0100', email: 'alice.example@example.org' },
  { mrn: 'DEMO-0002', familyName: 'Muestra', givenName: 'Beatriz', birthDate: '1961-09-03', sex: 'female', preferredLanguage: 'es', phone: '+34 600 000 002', email: null },
  { mrn: 'DEMO-0003', familyName: 'Exemple', givenName: 'Camille', birthDate: '1952-01-27', sex: 'female', preferredLanguage: 'fr', phone: null, email: 'camille.exemple@example.org' },
  { mrn: 'DEMO-0004', familyName: 'Beispiel', givenName: 'Dörte', birthDate: '1949-11-30', sex: 'female', preferredLanguage: 'de', phone: '+49 30 0000 0004', email: null },
  { mrn: 'DEMO-0005', familyName: 'Esempio', givenName: 'Elena', birthDate: '1964-06-18', sex: 'female', preferredLanguage: 'it', phone: null, email: null },
  { mrn: 'DEMO-0006', familyName: 'Exemplo', givenName: 'Fernanda', birthDate: '1958-02-08', sex: 'female', preferredLanguage: 'pt', phone: '+351 900 000 006', email: null },
  { mrn: 'DEMO-0007', familyName: 'Primerova', givenName: 'Galina', birthDate: '1955-08-21', sex: 'female', preferredLanguage: 'ru', phone: null, email: 'galina.primerova@example.org' },
];
