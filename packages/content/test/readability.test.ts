import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid } from '../src/readability.ts';

describe('countSyllables', () => {
  it.each([
    ['the', 1],
    ['breast', 1],
    ['dose', 1],
    ['surgery', 3],
    ['radiation', 4],
    ['tumour', 2],
    ['cancer', 2],
    ['treatment', 2],
    ['table', 2],
    ['changed', 1],
    ['visited', 3],
    ['people', 2],
    ['lymph', 1],
    ['balloon', 2],
    ['operation', 4],
    ['every', 3],
  ])('%s has %i', (word, count) => {
    expect(countSyllables(word)).toBe(count);
  });
});

describe('fleschKincaid', () => {
  it('scores plain text low and dense text high', () => {
    expect(fleschKincaid(['The cat sat on the mat. It was warm.']).grade).toBeLessThan(2);
    const dense = fleschKincaid([
      'Intraoperative radiotherapy constitutes an accelerated partial-breast irradiation modality administered concomitantly with breast-conserving surgical intervention.',
    ]);
    expect(dense.grade).toBeGreaterThan(16);
  });
});
