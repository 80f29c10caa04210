import { flattenStrings, sourceVersion } from '@openiort/content';
import { describe, expect, it } from 'vitest';
import { clinician } from './locales/en/clinician.ts';

/** The web client's sources as text (tests and the strings themselves left out). */
const SOURCES = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./locales/**'],
  { query: '?raw', import: 'default', eager: true },
);

/** Every key of the clinician strings, plural forms folded into their base key. */
const KEYS = new Set(
  [...flattenStrings(clinician).keys()].map((key) => key.replace(/_(one|other)$/, '')),
);
const TOP_LEVEL = new Set(Object.keys(clinician));

/** Keys the code asks for: `t('a.b')` in a file using the clinician namespace, or 'top.key' literals. */
function keysUsed(text: string): string[] {
  const found = new Set<string>();
  if (text.includes("useTranslation('clinician')")) {
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) found.add(match[1] ?? '');
  }
  for (const match of text.matchAll(/'([a-zA-Z]+)\.([a-zA-Z0-9.]+)'/g)) {
    if (TOP_LEVEL.has(match[1] ?? '')) found.add(`${match[1] ?? ''}.${match[2] ?? ''}`);
  }
  return [...found];
}

describe('the clinician strings (English)', () => {
  const used = new Map(Object.entries(SOURCES).map(([file, text]) => [file, keysUsed(text)]));

  it('have every key the code asks for', () => {
    const missing = [...used].flatMap(([file, keys]) =>
      keys.filter((key) => !KEYS.has(key)).map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
    // Not vacuous: the pages moved so far ask for keys.
    expect([...used.values()].flat().length).toBeGreaterThan(100);
  });

  it('have no key that no code asks for', () => {
    const asked = new Set([...used.values()].flat());
    expect([...KEYS].filter((key) => !asked.has(key))).toEqual([]);
  });

  it('have only text, with both plural forms, and keep apart from the public keys', () => {
    const flat = flattenStrings(clinician);
    for (const [key, text] of flat) {
      expect(text.trim(), key).not.toBe('');
      if (key.endsWith('_one')) expect(flat.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
    const publicTopLevel = Object.keys(sourceVersion().content);
    expect([...TOP_LEVEL].filter((key) => publicTopLevel.includes(key))).toEqual([]);
  });
});
