import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, likePattern } from './search-text.ts';

describe('foldForSearch', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldForSearch('  Zoë   MÜLLER-Lüdenscheidt ')).toBe('zoe muller-ludenscheidt');
    expect(foldForSearch('Ирина')).toBe('ирина');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)),
    );
  });
});

describe('likePattern', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
