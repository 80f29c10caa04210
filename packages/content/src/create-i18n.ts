import i18next, { type i18n } from 'i18next';
import { contentFor, sourceVersion } from './content.ts';
import { LOCALE_TAG, SOURCE_LANGUAGE, type Language } from './languages.ts';
import type { Strings } from './strings.ts';

/**
 * A fresh i18next instance for one language, ready when it returns: the strings are in memory
 * (no backend, no fetch), so a server render or a test can create one per page. A key missing
 * from a translation falls back to English rather than showing the raw key; the completeness
 * test keeps that from happening in practice.
 */
export function createI18n(language: Language): i18n {
  return createI18nFrom(
    language,
    contentFor(language).content,
    language === SOURCE_LANGUAGE ? undefined : sourceVersion().content,
  );
}

export interface FallbackLoader {
  /** Called once, the first time a key is missing from the language: load English, then add it. */
  loadEnglish: () => Promise<Strings>;
}

/**
 * The same instance from strings already at hand: a language's chosen content and, when it is
 * already loaded, the English source as fallback. Without it, `fallback` may load English the
 * first time a key is missing; the components showing that key then render again in English
 * (react-i18next listens to added resources). The browser uses this to ship one language per
 * page (docs/adr/0015); the completeness test keeps the fallback from being needed.
 */
export function createI18nFrom(
  language: Language,
  content: Strings,
  english: Strings | undefined,
  fallback?: FallbackLoader,
): i18n {
  const instance = i18next.createInstance();
  const resources = {
    [language]: { translation: content },
    ...(language === SOURCE_LANGUAGE || english === undefined
      ? {}
      : { [SOURCE_LANGUAGE]: { translation: english } }),
  };
  let asked = false;
  const loadFallback =
    english === undefined && language !== SOURCE_LANGUAGE && fallback !== undefined
      ? () => {
          if (asked) return;
          asked = true;
          void fallback.loadEnglish().then((strings) => {
            instance.addResourceBundle(SOURCE_LANGUAGE, 'translation', strings, true, false);
          });
        }
      : undefined;
  void instance.init({
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [language, SOURCE_LANGUAGE],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    ...(loadFallback === undefined
      ? {}
      : {
          saveMissing: true,
          missingKeyHandler: loadFallback,
          react: { bindI18nStore: 'added' },
        }),
  });
  return instance;
}

/**
 * Number formatting for a language (Intl, with the language's own separators). Spaces become
 * no-break spaces, so "3 cm" or "1 000" never splits across two lines.
 */
export function formatNumber(
  language: Language,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(LOCALE_TAG[language], options).format(value).replace(/ /g, '\u00a0');
}

/** An ISO date ("2026-11-28") as the language writes dates, read as a calendar day. */
export function formatDate(language: Language, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[language], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A length with its unit ("2,5 см", "25 mm"), unit names as the language writes them. */
export function formatLength(language: Language, value: number, unit: 'mm' | 'cm'): string {
  return formatNumber(language, value, {
    style: 'unit',
    unit: unit === 'mm' ? 'millimeter' : 'centimeter',
    maximumFractionDigits: 1,
  });
}
