import { describe, expect, it } from 'vitest';
import { shownMeaning } from './shown-meaning.ts';

describe('shownMeaning', () => {
  it('shows what a decided category means', () => {
    expect(
      shownMeaning({ category: 'candidate', meaning: 'May be a good candidate.', missing: [] }),
    ).toBe('May be a good candidate.');
  });

  it('drops an indeterminate sentence that only lists the missing field codes', () => {
    expect(
      shownMeaning({
        category: 'indeterminate',
        meaning: 'Cannot be decided yet: it depends on closestMarginMm, lvsi.',
        missing: ['closestMarginMm', 'lvsi'],
      }),
    ).toBeNull();
  });

  it('keeps an indeterminate sentence that says something else', () => {
    expect(
      shownMeaning({
        category: 'indeterminate',
        meaning: 'Applies to final pathology; evaluate again when it is available.',
        missing: ['phase'],
      }),
    ).toBe('Applies to final pathology; evaluate again when it is available.');
    expect(shownMeaning({ category: 'indeterminate', meaning: ' ', missing: [] })).toBeNull();
  });
});
