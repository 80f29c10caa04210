import type { Language } from './languages.ts';
import { release as sourceRelease } from './locales/en/release.ts';
import { chooseRelease, type ChosenRelease, type ContentRelease } from './release.ts';
import type { Strings } from './strings.ts';

/** What each language's folder exports: one stored version of its content. */
export interface LanguageModule {
  release: ContentRelease;
  strings: Strings;
}

/**
 * Each language's stored versions, loaded on demand. In the browser build every entry is a
 * chunk of its own, so a page downloads its own language only (docs/adr/0015). Keep this list
 * and CONTENT_VERSIONS (content.ts) alike: a test compares them language by language.
 */
const LOADERS: Record<Language, () => Promise<readonly LanguageModule[]>> = {
  en: async () => [await import('./locales/en/index.ts')],
  es: async () => [await import('./locales/es/index.ts')],
  fr: async () => [await import('./locales/fr/index.ts')],
  de: async () => [await import('./locales/de/index.ts')],
  it: async () => [await import('./locales/it/index.ts')],
  pt: async () => [await import('./locales/pt/index.ts')],
  ru: async () => [await import('./locales/ru/index.ts')],
};

/**
 * The version of a language to show, with its notices, as contentFor() chooses it, loading
 * only that language's text (the English source's release data is small and always at hand).
 */
export async function loadContent(language: Language): Promise<ChosenRelease<Strings>> {
  const versions = (await LOADERS[language]()).map((module) => ({
    release: module.release,
    content: module.strings,
  }));
  return chooseRelease(versions, sourceRelease);
}

/** The English source's current release (version and dates), without its text. */
export const SOURCE_RELEASE: ContentRelease = sourceRelease;
