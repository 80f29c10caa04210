import { describe, expect, it } from 'vitest';
import { deriveTCategory, tCategoryFromSizeMm } from './t-category.ts';

describe('tCategoryFromSizeMm', () => {
  it.each([
    [0.5, 'T1mi'],
    [1, 'T1mi'],
    [1.05, 'T1a'],
    [5, 'T1a'],
    [5.05, 'T1b'],
    [10, 'T1b'],
    [10.05, 'T1c'],
    [20, 'T1c'],
    [20.05, 'T2'],
    [50, 'T2'],
    [50.05, 'T3'],
    [120, 'T3'],
  ] as const)('%s mm is %s', (sizeMm, category) => {
    expect(tCategoryFromSizeMm(sizeMm)).toBe(category);
  });

  it('says nothing for no measurable size', () => {
    expect(tCategoryFromSizeMm(0)).toBeNull();
    expect(tCategoryFromSizeMm(Number.NaN)).toBeNull();
  });
});

describe('deriveTCategory', () => {
  it('is Tis for pure DCIS, whatever the invasive size says', () => {
    expect(deriveTCategory({ histology: 'dcis' })).toBe('Tis');
    expect(deriveTCategory({ histology: 'dcis', invasiveSizeMm: 12 })).toBe('Tis');
  });

  it('uses the invasive size otherwise, and is unknown without one', () => {
    expect(deriveTCategory({ histology: 'ductal', invasiveSizeMm: 15 })).toBe('T1c');
    expect(deriveTCategory({ invasiveSizeMm: 25 })).toBe('T2');
    expect(deriveTCategory({ histology: 'lobular' })).toBeNull();
  });
});
