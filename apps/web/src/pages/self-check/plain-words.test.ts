import { DEFAULT_PROGRAM_CRITERIA } from '@openiort/guidelines';
import { describe, expect, it } from 'vitest';
import { explainCriteria, missingInPlainWords, notAdvisedReason } from './plain-words.ts';

const CRITERIA = { ...DEFAULT_PROGRAM_CRITERIA, minAgeExclusiveYears: 55, maxSizeExclusiveMm: 25 };

describe('explainCriteria', () => {
  it('states the program’s current thresholds', () => {
    const text = explainCriteria(CRITERIA)
      .map((e) => e.sentence)
      .join(' ');
    expect(text).toContain('older than 55');
    expect(text).toContain('smaller than 2.5 cm (25 mm)');
    expect(text).toContain('invasive ductal carcinoma or ductal carcinoma in situ (DCIS)');
  });
});

describe('notAdvisedReason', () => {
  it('names the deciding criterion in plain words', () => {
    expect(notAdvisedReason('age', CRITERIA)).toBe('the person is 55 years old or younger');
    expect(notAdvisedReason('invasive-size', CRITERIA)).toBe(
      'the tumour is 2.5 cm (25 mm) or larger',
    );
    expect(notAdvisedReason('nodes', CRITERIA)).toMatch(/lymph nodes/);
  });
});

describe('missingInPlainWords', () => {
  it('says each missing thing once', () => {
    expect(
      missingInPlainWords(['germlineBrca', 'invasiveSizeMm', 'dcisSizeMm', 'clinicalNodalStage']),
    ).toEqual([
      'your BRCA test result',
      'the size of the tumour',
      'whether the lymph nodes are affected',
    ]);
  });
});
