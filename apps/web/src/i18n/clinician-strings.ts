import { SOURCE_LANGUAGE } from '@openiort/content';
import { appI18n, loadLanguage } from './language-content.ts';

/** The clinician app's namespace in the app's i18next instance (docs/adr/0014, "Consequences"). */
export const CLINICIAN_NS = 'clinician';

let clinicianReady: Promise<void> | undefined;
let ready = false;

/**
 * Everything the staff pages (sign-in, set-up, /app) read from i18next: the clinician strings,
 * a chunk of their own that public pages never load, and the public English text. Once.
 */
export function ensureStaffStrings(): Promise<void> {
  clinicianReady ??= Promise.all([
    import('./locales/en/clinician.ts'),
    loadLanguage(SOURCE_LANGUAGE),
  ]).then(([{ clinician }]) => {
    appI18n.addResourceBundle(SOURCE_LANGUAGE, CLINICIAN_NS, clinician, true, false);
    ready = true;
  });
  return clinicianReady;
}

/** Whether ensureStaffStrings() has finished (then a render need not wait for it). */
export function staffStringsReady(): boolean {
  return ready;
}
