/**
 * The seven languages of the public pages. The code is the URL prefix (`/es/…`) and the key of
 * the translation files. Portuguese is Brazilian Portuguese (pt-BR): its plural rules (0 is
 * "one") and number formats are the ones used for Intl; see docs/adr/0014.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SOURCE_LANGUAGE: Language = 'en';

/** BCP 47 tag for `<html lang>` and for every Intl formatter. */
export const LOCALE_TAG: Record<Language, string> = {
  en: 'en',
  es: 'es',
  fr: 'fr',
  de: 'de',
  it: 'it',
  pt: 'pt-BR',
  ru: 'ru',
};

/** Each language's name in that language, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português (Brasil)',
  ru: 'Русский',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** "pt-BR" → "pt", "de_AT" → "de"; undefined when not one of ours. */
export function languageOfTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

export interface LanguageSources {
  /** The first path segment when it names a language (`/es/self-check` → "es"). */
  pathLanguage?: string | undefined;
  /** The `?lang=` query parameter. */
  queryLanguage?: string | null | undefined;
  /** The browser's preferred languages, best first (navigator.languages). */
  browserLanguages?: readonly string[] | undefined;
}

/**
 * Which language a public page shows: the URL prefix, else `?lang=`, else the first of the
 * browser's languages that we have, else English. Pure, so a server render can call it too.
 */
export function resolveLanguage(sources: LanguageSources): Language {
  const fromPath =
    sources.pathLanguage === undefined ? undefined : languageOfTag(sources.pathLanguage);
  if (fromPath !== undefined) return fromPath;
  const query = sources.queryLanguage;
  const fromQuery = query === null || query === undefined ? undefined : languageOfTag(query);
  if (fromQuery !== undefined) return fromQuery;
  for (const tag of sources.browserLanguages ?? []) {
    const language = languageOfTag(tag);
    if (language !== undefined) return language;
  }
  return SOURCE_LANGUAGE;
}
