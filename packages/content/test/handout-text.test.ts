import { describe, expect, it } from 'vitest';
import { createI18n } from '../src/create-i18n.ts';
import {
  groupedGuidelineLines,
  missingText,
  plainAnswer,
  programLine,
} from '../src/handout-text.ts';

const result = (ruleset: string, category: string, missing: string[] = []) => ({
  ruleset,
  title: `${ruleset} title`,
  category,
  missing,
});

describe('handout text: candidacy in plain words', () => {
  it('never reads an unknown category as good news', () => {
    expect(plainAnswer(result('x', 'eligible'))).toBe('suited');
    expect(plainAnswer(result('x', 'cautionary'))).toBe('caution');
    expect(plainAnswer(result('x', 'indeterminate'))).toBe('missing');
    expect(plainAnswer(result('x', 'something-new'))).toBe('notSuited');
  });

  it('names each missing thing once, in the language, and unknown facts as "more"', () => {
    const en = createI18n('en');
    expect(missingText(en, ['invasiveSizeMm', 'totalTumorSizeMm', 'germlineBrca'])).toBe(
      'the size of the tumour and your BRCA test result',
    );
    expect(missingText(en, ['her2Status'])).toBe('more about the cancer');
    const ru = createI18n('ru');
    expect(
      programLine(ru, result('program-default', 'indeterminate', ['closestMarginMm'])).text,
    ).toBe(
      'Критерии программы: не хватает сведений: насколько близко опухоль была к краю удалённой ткани.',
    );
  });

  it('groups guidelines with the same answer and leaves the program out', () => {
    const lines = groupedGuidelineLines(createI18n('de'), [
      result('program-default', 'candidate'),
      result('astro-2017', 'suitable'),
      result('targit-a', 'eligible'),
      result('eliot', 'ineligible'),
    ]);
    expect(lines).toEqual([
      { titles: ['ASTRO 2017', 'TARGIT-A'], text: 'geeignet' },
      { titles: ['ELIOT'], text: 'nicht geeignet' },
    ]);
  });
});
