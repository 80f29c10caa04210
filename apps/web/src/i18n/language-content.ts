import {
  createI18nFrom,
  isLanguage,
  loadContent,
  SOURCE_LANGUAGE,
  type ChosenRelease,
  type Language,
  type Strings,
} from '@openiort/content';
import i18next, { type i18n } from 'i18next';

/**
 * Each language's public text is a chunk of its own (@openiort/content `loadContent`), so a page
 * downloads its own language only; the prerendered page preloads that chunk and main.tsx waits
 * for it before hydrating (docs/adr/0015). This module remembers what has arrived.
 */
type Content = ChosenRelease<Strings>;

const loading = new Map<Language, Promise<Content>>();
const loaded = new Map<Language, Content>();

/** Loads a language's content once; later calls get the same promise. */
export function loadLanguage(language: Language): Promise<Content> {
  let promise = loading.get(language);
  if (promise === undefined) {
    promise = loadContent(language).then((content) => {
      loaded.set(language, content);
      if (language === SOURCE_LANGUAGE) addEnglish(content.content);
      return content;
    });
    loading.set(language, promise);
  }
  return promise;
}

/** A language's content if it has already arrived. */
export function loadedLanguage(language: Language): Content | undefined {
  return loaded.get(language);
}

/** The language an address shows before any redirect: its prefix, else English. */
export function languageOfPath(pathname: string): Language {
  const first = pathname.split('/').find((segment) => segment !== '');
  return isLanguage(first) ? first : SOURCE_LANGUAGE;
}

/**
 * A public page's i18next instance: the language's own text, English as fallback when it is
 * already here, else loaded the first time a key is missing (it never should be: the
 * completeness test checks every key in every language).
 */
export function createPageI18n(language: Language, content: Content): i18n {
  return createI18nFrom(language, content.content, loadedLanguage(SOURCE_LANGUAGE)?.content, {
    loadEnglish: async () => (await loadLanguage(SOURCE_LANGUAGE)).content,
  });
}

/**
 * The clinician app's instance, in English: the public English text (for the shared pages such
 * as "not found") once it has loaded, and the clinician strings (namespace `clinician`, added
 * by ensureClinicianStrings in clinician-strings.ts). One instance for the whole session.
 */
export const appI18n: i18n = i18next.createInstance();
void appI18n.init({
  lng: SOURCE_LANGUAGE,
  fallbackLng: SOURCE_LANGUAGE,
  supportedLngs: [SOURCE_LANGUAGE],
  resources: {},
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

function addEnglish(strings: Strings): void {
  appI18n.addResourceBundle(SOURCE_LANGUAGE, 'translation', strings, true, false);
}
