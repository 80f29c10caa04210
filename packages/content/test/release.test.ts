import { describe, expect, it } from 'vitest';
import { CONTENT_VERSIONS, contentFor, sourceVersion } from '../src/content.ts';
import { createI18nFrom } from '../src/create-i18n.ts';
import { loadContent, SOURCE_RELEASE } from '../src/load-content.ts';
import { LANGUAGES } from '../src/languages.ts';
import { chooseRelease, compareVersions, type ContentRelease } from '../src/release.ts';

const release = (patch: Partial<ContentRelease>): ContentRelease => ({
  language: 'de',
  version: '1.0',
  sourceVersion: '1.0',
  status: 'translated',
  evidenceDate: '2026-11-28',
  nextReviewDate: '2027-11-28',
  ...patch,
});
const english = release({
  language: 'en',
  version: '2.0',
  sourceVersion: '2.0',
  status: 'approved',
});

describe('chooseRelease', () => {
  it('shows an unapproved translation with the "not yet reviewed" notice', () => {
    const chosen = chooseRelease([{ release: release({}), content: 'v1' }], english);
    expect(chosen.notices).toEqual(['translation-not-reviewed']);
  });

  it('prefers the approved version over a newer unreviewed one, and says English is newer', () => {
    const chosen = chooseRelease(
      [
        { release: release({ version: '1.0', status: 'approved' }), content: 'approved 1.0' },
        { release: release({ version: '2.0', sourceVersion: '2.0' }), content: 'draft 2.0' },
      ],
      english,
    );
    expect(chosen.content).toBe('approved 1.0');
    expect(chosen.notices).toEqual(['newer-source-exists']);
  });

  it('shows no notice for an approved translation of the current English version', () => {
    const chosen = chooseRelease(
      [
        {
          release: release({ version: '2.1', sourceVersion: '2.0', status: 'approved' }),
          content: 'x',
        },
      ],
      english,
    );
    expect(chosen.notices).toEqual([]);
  });

  it('marks English that the program has not approved', () => {
    const draft = release({ language: 'en', status: 'draft' });
    expect(chooseRelease([{ release: draft, content: 'x' }], draft).notices).toEqual([
      'source-not-approved',
    ]);
  });

  it('compares versions as numbers', () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('1.0', '1.0.1')).toBe(-1);
  });
});

describe('the shipped content', () => {
  it('has a version with dates for every language, and honest review states', () => {
    for (const language of LANGUAGES) {
      const versions = CONTENT_VERSIONS[language];
      expect(versions.length).toBeGreaterThan(0);
      const { release: shown, notices } = contentFor(language);
      expect(shown.language).toBe(language);
      expect(shown.evidenceDate < shown.nextReviewDate).toBe(true);
      // No one at the program has reviewed these texts yet: none may claim more.
      expect(['draft', 'translated']).toContain(shown.status);
      expect(notices).toEqual([
        language === 'en' ? 'source-not-approved' : 'translation-not-reviewed',
      ]);
    }
  });

  it('loads each language on its own exactly as the whole table chooses it', async () => {
    expect(SOURCE_RELEASE).toEqual(sourceVersion().release);
    for (const language of LANGUAGES) {
      expect(await loadContent(language), language).toEqual(contentFor(language));
    }
  });
});

describe('a language loaded without English', () => {
  it('loads English the first time a key is missing, then shows the English text', async () => {
    let loads = 0;
    const english = Promise.resolve({ only: { inEnglish: 'Only in English' }, shared: 'Shared' });
    const i18n = createI18nFrom('de', { shared: 'Gemeinsam' }, undefined, {
      loadEnglish: () => {
        loads += 1;
        return english;
      },
    });
    expect(i18n.t('shared')).toBe('Gemeinsam');
    expect(i18n.t('only.inEnglish')).toBe('only.inEnglish');
    expect(i18n.t('only.inEnglish')).toBe('only.inEnglish');
    await english; // the instance's own callback on it ran first
    expect(i18n.t('only.inEnglish')).toBe('Only in English');
    expect(i18n.t('shared')).toBe('Gemeinsam');
    expect(loads).toBe(1);
  });
});
