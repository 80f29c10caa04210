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
  /**
   * No unit is preselected: pathology reports give millimetres, doctors often say centimetres,
   * and a preselected centimetre turned a report's "14" into 14 cm (issue 10 §1).
   */
  sizeUnit: SizeUnit | '';
  sizeNotSure: boolean;
  /** The patient confirmed a size that looked implausible for its unit. */
  sizeConfirmed: boolean;
  brca: BrcaAnswer | '';
  nodes: NodesAnswer | '';
}

export const EMPTY_ANSWERS: SelfCheckAnswers = {
  age: '',
  cancerType: '',
  size: '',
  sizeUnit: '',
  sizeNotSure: false,
  sizeConfirmed: false,
  brca: '',
  nodes: '',
};

/** Why an answer is asked for again; the page words each in its language. */
export type AgeError = 'age';
export type SizeError = 'sizeNumber' | 'sizeUnit' | 'sizeTooLarge' | 'sizeTooSmall';
export interface AnswerErrors {
  age?: AgeError;
  size?: SizeError;
}

const MM_PER_CM = 10;
/** Above this a breast tumour size is far more likely a unit mix-up (mm typed as cm). */
export const IMPLAUSIBLE_ABOVE_MM = 100;
/** Below this, likewise (cm typed as mm, or a slip of the decimal point). */
export const IMPLAUSIBLE_BELOW_MM = 1;

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

/** A number as typed, with a decimal point or comma ("1,5" in most of our languages). */
export function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

/**
 * The size in millimetres, or why it must be asked again: not a number, no unit chosen, or a
 * value implausible for its unit (over 10 cm or under 1 mm) that the patient has not confirmed.
 * Any of these stops the check before an answer is shown.
 */
export function checkSize(answers: SelfCheckAnswers): { sizeMm: number } | { error: SizeError } {
  const size = parseNumber(answers.size);
  if (size === null || size <= 0) return { error: 'sizeNumber' };
  if (answers.sizeUnit === '') return { error: 'sizeUnit' };
  const sizeMm = sizeInMm(size, answers.sizeUnit);
  if (!answers.sizeConfirmed && sizeMm > IMPLAUSIBLE_ABOVE_MM) return { error: 'sizeTooLarge' };
  if (!answers.sizeConfirmed && sizeMm < IMPLAUSIBLE_BELOW_MM) return { error: 'sizeTooSmall' };
  if (sizeMm > 300) return { error: 'sizeNumber' };
  return { sizeMm };
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
    if (age === null || !Number.isInteger(age) || age < 18 || age > 120) errors.age = 'age';
    else facts.ageYears = age;
  }

  if (answers.cancerType !== '' && answers.cancerType !== 'not-sure') {
    facts.histology = HISTOLOGY[answers.cancerType];
  }

  if (!answers.sizeNotSure && answers.size.trim() !== '') {
    const size = checkSize(answers);
    if ('error' in size) {
      errors.size = size.error;
    } else {
      if (facts.histology !== 'dcis') facts.invasiveSizeMm = size.sizeMm;
      if (facts.histology === 'dcis' || facts.histology === undefined) {
        facts.dcisSizeMm = size.sizeMm;
      }
    }
  }

  if (answers.brca !== '' && answers.brca !== 'not-sure') facts.germlineBrca = answers.brca;
  if (answers.nodes === 'no') facts.clinicalNodalStage = 'cN0';
  if (answers.nodes === 'yes') facts.clinicalNodalStage = 'cN1';

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, facts };
}
