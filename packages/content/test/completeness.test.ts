import { describe, expect, it } from 'vitest';
import { CONTENT_VERSIONS, sourceVersion } from '../src/content.ts';
import { LANGUAGES, LOCALE_TAG, SOURCE_LANGUAGE, type Language } from '../src/languages.ts';
import { flattenStrings } from '../src/strings.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Base key ("comparison.visits") → its forms ("one" → text), or "" → text for a plain key. */
function grouped(language: Language): Map<string, Map<string, string>> {
  const [newest] = CONTENT_VERSIONS[language];
  if (newest === undefined) throw new Error(`${language} has no content`);
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of flattenStrings(newest.content)) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = form === '' ? key : key.slice(0, -(form.length + 1));
    const forms = out.get(base) ?? new Map<string, string>();
    forms.set(form, text);
    out.set(base, forms);
  }
  return out;
}

/** `{{name}}` and `{{name, format}}` → name. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/**
 * Numbers written in the text (not placeholders, not part of a name like BRCA1), thousands
 * separators removed: "1 000" → 1000.
 */
function numbers(text: string): string[] {
  const plain = text.replace(/\{\{[^}]+\}\}/g, ' ');
  const joined = plain.replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}\b)/g, '$1');
  return [...joined.matchAll(/(?<!\p{L})\d+/gu)].map((m) => m[0]).sort();
}

const english = grouped(SOURCE_LANGUAGE);
const others = LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE);

describe.each(others)('%s translation', (language) => {
  const strings = grouped(language);

  it('has every English key and no other', () => {
    const missing = [...english.keys()].filter((key) => !strings.has(key));
    const extra = [...strings.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has exactly the plural forms its language uses', () => {
    const categories = [
      ...new Intl.PluralRules(LOCALE_TAG[language]).resolvedOptions().pluralCategories,
    ].sort();
    const wrong: string[] = [];
    for (const [base, forms] of english) {
      if (!forms.has('other')) continue;
      const theirs = [...(strings.get(base)?.keys() ?? [])].sort();
      if (JSON.stringify(theirs) !== JSON.stringify(categories)) {
        wrong.push(`${base}: ${theirs.join(',')} (needs ${categories.join(',')})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('uses the same placeholders and the same written numbers as English in every string', () => {
    const wrong: string[] = [];
    for (const [base, forms] of english) {
      const theirs = strings.get(base);
      if (theirs === undefined) continue;
      const want = [...new Set([...forms.values()].flatMap(placeholders))].sort();
      const wantNumbers = [...new Set([...forms.values()].flatMap(numbers))].sort();
      for (const [form, text] of theirs) {
        const got = [...new Set(placeholders(text))].sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          wrong.push(
            `${base}${form === '' ? '' : `_${form}`}: {{${got.join('}} {{')}}} ≠ {{${want.join('}} {{')}}}`,
          );
        }
        const gotNumbers = [...new Set(numbers(text))].sort();
        if (JSON.stringify(gotNumbers) !== JSON.stringify(wantNumbers)) {
          wrong.push(`${base}: numbers ${gotNumbers.join(' ')} ≠ ${wantNumbers.join(' ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves no English in its strings except names and units', () => {
    const found: string[] = [];
    for (const [base, forms] of strings) {
      for (const text of forms.values()) {
        const words = englishWordsIn(text);
        if (words.length > 0) found.push(`${base}: ${words.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });
});

/**
 * Common English words that are not words in our other languages. A translation containing one
 * almost surely kept an English phrase. Names (TARGIT-A, ELIOT, ASTRO, OpenIORT), units and
 * abbreviations (Gy, cm, mm, IORT, BRCA1, DCIS) are not on the list, so they pass.
 */
const ENGLISH_WORDS = [
  'the',
  'and',
  'with',
  'your',
  'you',
  'which',
  'this',
  'that',
  'from',
  'after',
  'before',
  'about',
  'would',
  'should',
  'could',
  'weeks',
  'week',
  'breast',
  'treatment',
  'surgery',
  'please',
  'check',
  'answer',
  'answers',
  'years',
  'women',
  'people',
  'what',
  'when',
  'where',
  'there',
  'their',
  'these',
  'those',
  'have',
  'has',
  'whole',
  'radiation',
  'side',
  'effects',
  'visits',
  'visit',
  'tumour',
  'lymph',
  'nodes',
  'size',
  'unit',
  'sure',
  'back',
  'came',
  'trial',
  'review',
  'language',
  'found',
  'more',
  'less',
  'than',
  'only',
  'may',
  'might',
  'some',
  'most',
  'each',
  'every',
  'other',
  'others',
  'our',
  'they',
  'them',
  'been',
  'were',
  'are',
  'is',
  'it',
  'its',
  'of',
  'to',
  'for',
  'by',
  'at',
  'be',
  'if',
  'we',
  'us',
  'how',
  'who',
  'why',
  'yes',
  'sign',
  'staff',
  'self',
];
const ENGLISH_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}’'-])`,
  'giu',
);

/** Words of the English list in a text, ignoring placeholders. */
function englishWordsIn(text: string): string[] {
  const plain = text.replace(/\{\{[^}]+\}\}/g, ' ');
  return [...plain.matchAll(ENGLISH_PATTERN)].map((m) => m[0]);
}

describe('English source', () => {
  it('is the newest English version and every plural key has its forms', () => {
    expect(sourceVersion().release.language).toBe('en');
    for (const [base, forms] of english) {
      if (forms.size > 1) expect([...forms.keys()].sort(), base).toEqual(['one', 'other']);
    }
  });

  it('states no criteria threshold as a number: they come from the criteria in force', () => {
    const criteriaKeys = [...english.keys()].filter((key) =>
      /^(criteria\.|landing\.suits\.|selfCheck\.reasons\.|comparison\.options\.iort\.suits)/.test(
        key,
      ),
    );
    expect(criteriaKeys.length).toBeGreaterThan(10);
    for (const language of LANGUAGES) {
      const strings = grouped(language);
      for (const key of criteriaKeys) {
        for (const text of strings.get(key)?.values() ?? []) {
          expect(numbers(text), `${language} ${key}`).toEqual([]);
        }
      }
    }
  });

  it('the no-English check finds English left in a translation', () => {
    expect(englishWordsIn('Ir a la página de inicio')).toEqual([]);
    expect(englishWordsIn('Check my answers')).toEqual(['Check', 'answers']);
    expect(englishWordsIn('Der Plan ist in der Studie TARGIT-A.')).toEqual([]);
  });
});
