import { describe, expect, it } from 'vitest';
import { createI18n } from '../src/create-i18n.ts';
import { explainCriteria, missingInPlainWords, notAdvisedReason } from '../src/criteria-text.ts';
import { LANGUAGES } from '../src/languages.ts';

/** Numbers and units are joined by no-break spaces; compare as plain text. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const PROGRAM = {
  minAgeExclusiveYears: 60,
  maxSizeExclusiveMm: 30,
  histologies: ['ductal', 'dcis'],
  excludeBrcaCarriers: true,
};
const CHANGED = { ...PROGRAM, minAgeExclusiveYears: 51, maxSizeExclusiveMm: 25 };

describe('public statements of the criteria come from the criteria in force (issue 10 §1)', () => {
  it.each(LANGUAGES)('%s: the age and size sentences follow a change of criteria', (language) => {
    const i18n = createI18n(language);
    const before = explainCriteria(i18n, PROGRAM)
      .map((e) => e.sentence)
      .join(' ');
    const after = explainCriteria(i18n, CHANGED)
      .map((e) => e.sentence)
      .join(' ');
    expect(before).toContain('60');
    expect(after).toContain('51');
    expect(after).not.toMatch(/\b60\b/);
    expect(after).toMatch(/2[.,]5/);
    expect(after).toContain('25');
    expect(after).not.toMatch(/\b30\b|\b3 /);
    expect(notAdvisedReason(i18n, 'age', CHANGED)).toContain('51');
    expect(notAdvisedReason(i18n, 'invasive-size', CHANGED)).toMatch(/2[.,]5/);
  });

  it('words them in English as the program page does', () => {
    const i18n = createI18n('en');
    const text = explainCriteria(i18n, {
      ...PROGRAM,
      minAgeExclusiveYears: 55,
      maxSizeExclusiveMm: 25,
    })
      .map((e) => plain(e.sentence))
      .join(' ');
    expect(text).toContain('older than 55');
    expect(text).toContain('smaller than 2.5 cm (25 mm)');
    expect(text).toContain('invasive ductal carcinoma or ductal carcinoma in situ (DCIS)');
    expect(notAdvisedReason(i18n, 'age', PROGRAM)).toBe('the person is 60 years old or younger');
    expect(notAdvisedReason(i18n, 'age', undefined)).toMatch(/age limit/);
  });

  it('uses the language’s plural forms for ages (Russian: 51 года, 52 лет, 55 лет)', () => {
    const ru = createI18n('ru');
    const sentence = (age: number) =>
      explainCriteria(ru, { ...PROGRAM, minAgeExclusiveYears: age })[0]?.sentence ?? '';
    expect(sentence(51)).toContain('старше 51 года');
    expect(sentence(52)).toContain('старше 52 лет');
    expect(sentence(55)).toContain('старше 55 лет');
    expect(notAdvisedReason(ru, 'age', { ...PROGRAM, minAgeExclusiveYears: 51 })).toBe(
      'человеку 51 год или меньше',
    );
  });

  it('formats sizes and lists per language', () => {
    const de = explainCriteria(createI18n('de'), CHANGED)
      .map((e) => plain(e.sentence))
      .join(' ');
    expect(de).toContain('2,5 cm (25 mm)');
    expect(de).toContain('invasives duktales Karzinom oder duktales Carcinoma in situ (DCIS)');
    const ru = explainCriteria(createI18n('ru'), CHANGED)
      .map((e) => plain(e.sentence))
      .join(' ');
    expect(ru).toContain('2,5 см (25 мм)');
  });
});

describe('missingInPlainWords', () => {
  it('says each missing thing once', () => {
    expect(
      missingInPlainWords(createI18n('en'), [
        'germlineBrca',
        'invasiveSizeMm',
        'dcisSizeMm',
        'clinicalNodalStage',
      ]),
    ).toEqual([
      'your BRCA test result',
      'the size of the tumour',
      'whether the lymph nodes are affected',
    ]);
  });
});
