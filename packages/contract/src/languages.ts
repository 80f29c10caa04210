/** Languages OpenIORT speaks to patients in (ISO 639-1). */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'ru'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so a patient can find their own. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português',
  ru: 'Русский',
};
