import i18next, { type i18n } from 'i18next';
import { CLINICIAN_NS } from './clinician-strings.ts';
import { clinician } from './locales/en/clinician.ts';

/**
 * A ready instance holding only the clinician strings, for tests of helpers that take `t`
 * (the app itself loads the strings as a chunk: clinician-strings.ts).
 */
export function createClinicianI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    ns: [CLINICIAN_NS],
    defaultNS: CLINICIAN_NS,
    resources: { en: { [CLINICIAN_NS]: clinician } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
