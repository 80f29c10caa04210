import type { i18n } from 'i18next';
import { LOCALE_TAG, isLanguage } from './languages.ts';

/**
 * One rule set's answer, structurally (the contract's RuleSetResultDto fits), so this package
 * imports nothing of ours.
 */
export interface HandoutRuleSetResult {
  ruleset: string;
  title: string;
  category: string;
  missing: readonly string[];
}

export type PlainAnswer = 'suited' | 'caution' | 'notSuited' | 'missing';

export interface PlainLine {
  ruleset: string;
  title: string;
  answer: PlainAnswer;
  /** The sentence in the handout's language. */
  text: string;
}

/** The program's own rule set (packages/guidelines program-default). */
export const PROGRAM_RULESET = 'program-default';

/**
 * Categories of the guidelines' rule sets in plain words. Anything not listed here counts as
 * "not suited", so a new category is never shown as good news by accident.
 */
const SUITED = new Set(['candidate', 'eligible', 'suitable', 'low-risk', 'iort-alone']);
const CAUTION = new Set(['cautionary', 'intermediate-risk', 'registry-required']);

export function plainAnswer(result: HandoutRuleSetResult): PlainAnswer {
  if (result.category === 'indeterminate') return 'missing';
  if (SUITED.has(result.category)) return 'suited';
  if (CAUTION.has(result.category)) return 'caution';
  return 'notSuited';
}

/** Fact names (packages/guidelines FACT_FIELDS) → the words a patient reads. */
const FACT_WORDS: Record<string, string> = {
  ageYears: 'selfCheck.missing.ageYears',
  histology: 'selfCheck.missing.histology',
  invasiveSizeMm: 'selfCheck.missing.size',
  dcisSizeMm: 'selfCheck.missing.size',
  totalTumorSizeMm: 'selfCheck.missing.size',
  germlineBrca: 'selfCheck.missing.germlineBrca',
  clinicalNodalStage: 'selfCheck.missing.nodes',
  pathologicNodalStage: 'selfCheck.missing.nodes',
  nodalSurgery: 'selfCheck.missing.nodes',
  closestMarginMm: 'handout.missing.margins',
  erStatus: 'handout.missing.receptors',
  prStatus: 'handout.missing.receptors',
  grade: 'handout.missing.grade',
  dcisNuclearGrade: 'handout.missing.grade',
  lvsi: 'handout.missing.lvsi',
  focality: 'handout.missing.spread',
  multifocalSpanMm: 'handout.missing.spread',
  centricity: 'handout.missing.spread',
  eic: 'handout.missing.eic',
  eicSizeMm: 'handout.missing.eic',
};

/** "the size of the tumour and your BRCA test result", each thing named once. */
export function missingText(instance: i18n, missing: readonly string[]): string {
  const keys = [...new Set(missing.map((fact) => FACT_WORDS[fact] ?? 'selfCheck.missing.other'))];
  const words = keys.map((key) => instance.t(key));
  const tag = isLanguage(instance.language) ? LOCALE_TAG[instance.language] : 'en';
  return new Intl.ListFormat(tag, { type: 'conjunction' }).format(words);
}

/** The program's answer as one sentence ("The program's criteria: you may be suited to IORT."). */
export function programLine(instance: i18n, result: HandoutRuleSetResult): PlainLine {
  const answer = plainAnswer(result);
  const text =
    answer === 'missing'
      ? instance.t('handout.program.indeterminate', {
          missing: missingText(instance, result.missing),
        })
      : answer === 'suited'
        ? instance.t('handout.program.candidate')
        : instance.t('handout.program.notCandidate');
  return { ruleset: result.ruleset, title: result.title, answer, text };
}

/** Guidelines by their short names, the same in every language; others by their title. */
const GUIDELINE_NAMES: Record<string, string> = {
  'abs-2013': 'ABS 2013',
  asbrs: 'ASBrS',
  'astro-2009': 'ASTRO 2009',
  'astro-2017': 'ASTRO 2017',
  'astro-2017-iort': 'ASTRO 2017 (IORT)',
  'astro-2023': 'ASTRO 2023',
  'astro-2023-dcis': 'ASTRO 2023 (DCIS)',
  eliot: 'ELIOT',
  'gec-estro-2010': 'GEC-ESTRO 2010',
  'targit-a': 'TARGIT-A',
  'targit-risk-adapted': 'TARGIT-A (risk-adapted)',
};

/** Every guideline's answer: "ASTRO 2017: suited" (titles are names, not translated). */
export function guidelineLines(
  instance: i18n,
  results: readonly HandoutRuleSetResult[],
): PlainLine[] {
  return results
    .filter((r) => r.ruleset !== PROGRAM_RULESET)
    .map((result) => {
      const answer = plainAnswer(result);
      const words =
        answer === 'missing'
          ? instance.t('handout.answer.missing', { missing: missingText(instance, result.missing) })
          : instance.t(`handout.answer.${answer}`);
      return {
        ruleset: result.ruleset,
        title: GUIDELINE_NAMES[result.ruleset] ?? result.title,
        answer,
        text: words,
      };
    });
}

/** Guidelines with the same answer in one line, so a long "missing" list is read once. */
export function groupedGuidelineLines(
  instance: i18n,
  results: readonly HandoutRuleSetResult[],
): { titles: string[]; text: string }[] {
  const byText = new Map<string, string[]>();
  for (const line of guidelineLines(instance, results)) {
    byText.set(line.text, [...(byText.get(line.text) ?? []), line.title]);
  }
  return [...byText].map(([text, titles]) => ({ titles, text }));
}
