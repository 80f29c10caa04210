import type { ClinicalFacts } from '@openiort/guidelines';

export type CancerType = 'ductal' | 'dcis' | 'lobular' | 'other' | 'not-sure';
export type SizeUnit = 'cm' | 'mm';
export type BrcaAnswer = 'negative' | 'brca1' | 'brca2' | 'not-sure';
export type NodesAnswer = 'no' | 'yes' | 'not-sure';

/** What a patient answers, as typed: '' is "not answered" and counts like "not sure". */
export interface SelfCheckAnswers {
  age: string;
  cancerType: CancerType | '';
  size: string;
  sizeUnit: SizeUnit;
  sizeNotSure: boolean;
  brca: BrcaAnswer | '';
  nodes: NodesAnswer | '';
}

export const EMPTY_ANSWERS: SelfCheckAnswers = {
  age: '',
  cancerType: '',
  size: '',
  sizeUnit: 'cm',
  sizeNotSure: false,
  brca: '',
  nodes: '',
};

export type AnswerErrors = Partial<Record<'age' | 'size', string>>;

const MM_PER_CM = 10;

/** A size in the unit the patient chose, in millimetres (to 0.01 mm, so 1.1 cm is 11 mm). */
export function sizeInMm(size: number, unit: SizeUnit): number {
  const sizeMm = unit === 'cm' ? size * MM_PER_CM : size;
  return Math.round(sizeMm * 100) / 100;
}

const HISTOLOGY: Record<Exclude<CancerType, 'not-sure'>, ClinicalFacts['histology']> = {
  ductal: 'ductal',
  dcis: 'dcis',
  lobular: 'lobular',
  other: 'other-invasive',
};

function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

/**
 * The patient's answers as clinical facts for the program's criteria, before surgery. "Not sure"
 * and unanswered questions are left out, so the check says it needs them instead of guessing.
 * The size is the DCIS extent for DCIS, the invasive size otherwise, and both when the type is
 * not known (the criteria read whichever applies).
 */
export function answersToFacts(
  answers: SelfCheckAnswers,
): { ok: true; facts: ClinicalFacts } | { ok: false; errors: AnswerErrors } {
  const errors: AnswerErrors = {};
  const facts: ClinicalFacts = { phase: 'preoperative' };

  if (answers.age.trim() !== '') {
    const age = parseNumber(answers.age);
    if (age === null || !Number.isInteger(age) || age < 18 || age > 120) {
      errors.age = 'Please enter your age in whole years, for example 64.';
    } else {
      facts.ageYears = age;
    }
  }

  if (answers.cancerType !== '' && answers.cancerType !== 'not-sure') {
    facts.histology = HISTOLOGY[answers.cancerType];
  }

  if (!answers.sizeNotSure && answers.size.trim() !== '') {
    const size = parseNumber(answers.size);
    const sizeMm = size === null ? null : sizeInMm(size, answers.sizeUnit);
    if (sizeMm === null || sizeMm <= 0 || sizeMm > 300) {
      errors.size = `Please enter the size as a number of ${answers.sizeUnit === 'cm' ? 'centimetres, for example 1.5' : 'millimetres, for example 15'}.`;
    } else {
      if (facts.histology !== 'dcis') facts.invasiveSizeMm = sizeMm;
      if (facts.histology === 'dcis' || facts.histology === undefined) facts.dcisSizeMm = sizeMm;
    }
  }

  if (answers.brca !== '' && answers.brca !== 'not-sure') facts.germlineBrca = answers.brca;
  if (answers.nodes === 'no') facts.clinicalNodalStage = 'cN0';
  if (answers.nodes === 'yes') facts.clinicalNodalStage = 'cN1';

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, facts };
}
