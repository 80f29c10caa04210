import type { FactName, Histology, ProgramCriteria } from '@openiort/guidelines';

const HISTOLOGY_WORDS: Record<Histology, string> = {
  ductal: 'invasive ductal carcinoma',
  lobular: 'invasive lobular carcinoma',
  'mixed-ductal-lobular': 'mixed ductal and lobular carcinoma',
  mucinous: 'mucinous carcinoma',
  tubular: 'tubular carcinoma',
  medullary: 'medullary carcinoma',
  papillary: 'papillary carcinoma',
  'other-invasive': 'other invasive cancers',
  dcis: 'ductal carcinoma in situ (DCIS)',
};

/** "a, b or c" */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

function centimetres(mm: number): string {
  return `${String(mm / 10)} cm (${String(mm)} mm)`;
}

export interface Explanation {
  id: string;
  title: string;
  sentence: string;
}

/** One plain sentence per criterion of the program, with its current thresholds. */
export function explainCriteria(criteria: ProgramCriteria): Explanation[] {
  const types = orList(criteria.histologies.map((h) => HISTOLOGY_WORDS[h]));
  return [
    {
      id: 'age',
      title: 'Age',
      sentence: `The program considers IORT for people older than ${String(criteria.minAgeExclusiveYears)}.`,
    },
    {
      id: 'histology',
      title: 'Type of cancer',
      sentence: `IORT here is for ${types}.`,
    },
    {
      id: 'size',
      title: 'Size',
      sentence: `The tumour should be smaller than ${centimetres(criteria.maxSizeExclusiveMm)} across.`,
    },
    {
      id: 'brca',
      title: 'BRCA test',
      sentence: criteria.excludeBrcaCarriers
        ? 'People who carry a BRCA1 or BRCA2 mutation are not offered IORT under the program’s criteria.'
        : 'A BRCA1 or BRCA2 mutation does not by itself rule out IORT in this program, but the result should be known.',
    },
    {
      id: 'nodes',
      title: 'Lymph nodes',
      sentence: 'The cancer should not have spread to the lymph nodes under the arm.',
    },
  ];
}

/**
 * Why the program's criteria advise against IORT, for a criterion that decided so. Without the
 * current criteria (they failed to load) the thresholds are not named rather than guessed.
 */
export function notAdvisedReason(criterion: string, criteria: ProgramCriteria | undefined): string {
  switch (criterion) {
    case 'age':
      return criteria === undefined
        ? 'the person is younger than the program’s age limit'
        : `the person is ${String(criteria.minAgeExclusiveYears)} years old or younger`;
    case 'histology':
      return criteria === undefined
        ? 'the type of cancer is not one the program treats with IORT'
        : `the cancer is not ${orList(criteria.histologies.map((h) => HISTOLOGY_WORDS[h]))}`;
    case 'invasive-size':
    case 'dcis-size':
      return criteria === undefined
        ? 'the tumour is larger than the program’s size limit'
        : `the tumour is ${centimetres(criteria.maxSizeExclusiveMm)} or larger`;
    case 'brca':
      return 'the person carries a BRCA1 or BRCA2 mutation';
    case 'nodes':
      return 'the cancer has spread to the lymph nodes';
    default:
      return 'one of the program’s other criteria is not met';
  }
}

const MISSING_WORDS: Partial<Record<FactName, string>> = {
  ageYears: 'your age',
  histology: 'the type of breast cancer',
  invasiveSizeMm: 'the size of the tumour',
  dcisSizeMm: 'the size of the tumour',
  germlineBrca: 'your BRCA test result',
  clinicalNodalStage: 'whether the lymph nodes are affected',
  pathologicNodalStage: 'whether the lymph nodes are affected',
  phase: 'whether the lymph nodes are affected',
};

/** What is still needed, in plain words, each said once. */
export function missingInPlainWords(missing: readonly FactName[]): string[] {
  return [...new Set(missing.map((fact) => MISSING_WORDS[fact] ?? 'more about the cancer'))];
}
