import { LANGUAGES, type Language } from './languages.ts';
import * as de from './locales/de/index.ts';
import * as en from './locales/en/index.ts';
import * as es from './locales/es/index.ts';
import * as fr from './locales/fr/index.ts';
import * as it from './locales/it/index.ts';
import * as pt from './locales/pt/index.ts';
import * as ru from './locales/ru/index.ts';
import {
  chooseRelease,
  compareVersions,
  type ChosenRelease,
  type ContentRelease,
} from './release.ts';
import type { Strings } from './strings.ts';

export interface StoredVersion {
  release: ContentRelease;
  content: Strings;
}

const stored = (module: { release: ContentRelease; strings: Strings }): StoredVersion => ({
  release: module.release,
  content: module.strings,
});

/**
 * Every stored version of every language. A language keeps its last approved version here
 * beside a newer unreviewed one until the newer one is approved (README, "Translations").
 */
export const CONTENT_VERSIONS: Record<Language, readonly StoredVersion[]> = {
  en: [stored(en)],
  es: [stored(es)],
  fr: [stored(fr)],
  de: [stored(de)],
  it: [stored(it)],
  pt: [stored(pt)],
  ru: [stored(ru)],
};

/** The English source as it stands now: its newest version, approved or not. */
export function sourceVersion(): StoredVersion {
  const [newest] = [...CONTENT_VERSIONS.en].sort((a, b) =>
    compareVersions(b.release.version, a.release.version),
  );
  if (newest === undefined) throw new Error('The English source content is missing.');
  return newest;
}

/** The version of a language to show, with the notices its reader must see. */
export function contentFor(language: Language): ChosenRelease<Strings> {
  return chooseRelease(CONTENT_VERSIONS[language], sourceVersion().release);
}

/** Languages in the order the switcher lists them. */
export const SWITCHER_LANGUAGES: readonly Language[] = LANGUAGES;
