import { describe, expect, it } from 'vitest';
import { categoryLabel, categoryTone } from './category-labels.ts';

describe('categoryLabel', () => {
  it('has hand-written labels and a readable fallback', () => {
    expect(categoryLabel('not-candidate')).toBe('Not a candidate');
    expect(categoryLabel('indeterminate')).toBe('Indeterminate');
    expect(categoryLabel('high-risk')).toBe('High risk');
  });
});

describe('categoryTone', () => {
  it('runs from best to worst along the rule set’s own order', () => {
    expect(categoryTone('program-default', 'candidate')).toBe('best');
    expect(categoryTone('program-default', 'not-candidate')).toBe('worst');
    expect(categoryTone('astro-2017', 'suitable')).toBe('best');
    expect(categoryTone('astro-2017', 'cautionary')).toBe('caution');
    expect(categoryTone('astro-2017', 'unsuitable')).toBe('worst');
  });

  it('is neutral for indeterminate and anything unknown', () => {
    expect(categoryTone('astro-2017', 'indeterminate')).toBe('neutral');
    expect(categoryTone('some-new-rule-set', 'eligible')).toBe('neutral');
  });
});
