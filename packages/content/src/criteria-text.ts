import type { i18n } from 'i18next';
import { formatLength } from './create-i18n.ts';
import { LOCALE_TAG, isLanguage, type Language } from './languages.ts';

/**
 * The parts of the program's criteria that public pages state. Structural, so the guidelines
 * package's ProgramCriteria fits without this package importing it. Every public sentence about
 * the criteria is made from these values: the page states the criteria in force, never a copy.
 */
export interface PublicCriteria {
  minAgeExclusiveYears: number;
  maxSizeExclusiveMm: number;
  histologies: readonly string[];
  excludeBrcaCarriers: boolean;
}

export interface CriterionSentence {
  id: 'age' | 'histology' | 'size' | 'brca' | 'nodes';
  title: string;
  sentence: string;
}

function languageOf(instance: i18n): Language {
  const language = instance.language;
  return isLanguage(language) ? language : 'en';
}

/** "3 cm (30 mm)" in the page's language. */
export function sizeLimitText(instance: i18n, sizeMm: number): string {
  const language = languageOf(instance);
  return `${formatLength(language, sizeMm / 10, 'cm')} (${formatLength(language, sizeMm, 'mm')})`;
}

/** "a, b or c" with the language's own list words. */
export function histologyList(instance: i18n, histologies: readonly string[]): string {
  const names = histologies.map((h) => instance.t(`criteria.histology.${h}`));
  return new Intl.ListFormat(LOCALE_TAG[languageOf(instance)], { type: 'disjunction' }).format(
    names,
  );
}

/** One plain sentence per criterion, with the thresholds in force. */
export function explainCriteria(instance: i18n, criteria: PublicCriteria): CriterionSentence[] {
  const t = instance.t;
  return [
    {
      id: 'age',
      title: t('criteria.names.age'),
      sentence: t('criteria.age', { count: criteria.minAgeExclusiveYears }),
    },
    {
      id: 'histology',
      title: t('criteria.names.histology'),
      sentence: t('criteria.histologyList', {
        types: histologyList(instance, criteria.histologies),
      }),
    },
    {
      id: 'size',
      title: t('criteria.names.size'),
      sentence: t('criteria.size', { size: sizeLimitText(instance, criteria.maxSizeExclusiveMm) }),
    },
    {
      id: 'brca',
      title: t('criteria.names.brca'),
      sentence: t(criteria.excludeBrcaCarriers ? 'criteria.brcaExcluded' : 'criteria.brcaAllowed'),
    },
    { id: 'nodes', title: t('criteria.names.nodes'), sentence: t('criteria.nodes') },
  ];
}

/**
 * Why the criteria advise against IORT, for a criterion that decided so. Without the criteria
 * (they failed to load) the thresholds are not named rather than guessed.
 */
export function notAdvisedReason(
  instance: i18n,
  criterion: string,
  criteria: PublicCriteria | undefined,
): string {
  const t = instance.t;
  switch (criterion) {
    case 'age':
      return criteria === undefined
        ? t('selfCheck.reasons.ageUnknownLimit')
        : t('selfCheck.reasons.age', { count: criteria.minAgeExclusiveYears });
    case 'histology':
      return criteria === undefined
        ? t('selfCheck.reasons.histologyUnknown')
        : t('selfCheck.reasons.histology', {
            types: histologyList(instance, criteria.histologies),
          });
    case 'invasive-size':
    case 'dcis-size':
      return criteria === undefined
        ? t('selfCheck.reasons.sizeUnknownLimit')
        : t('selfCheck.reasons.size', {
            size: sizeLimitText(instance, criteria.maxSizeExclusiveMm),
          });
    case 'brca':
      return t('selfCheck.reasons.brca');
    case 'nodes':
      return t('selfCheck.reasons.nodes');
    default:
      return t('selfCheck.reasons.other');
  }
}

const MISSING_KEY: Record<string, string> = {
  ageYears: 'ageYears',
  histology: 'histology',
  invasiveSizeMm: 'size',
  dcisSizeMm: 'size',
  germlineBrca: 'germlineBrca',
  clinicalNodalStage: 'nodes',
  pathologicNodalStage: 'nodes',
  phase: 'nodes',
};

/** What is still needed, in plain words, each said once. */
export function missingInPlainWords(instance: i18n, missing: readonly string[]): string[] {
  return [
    ...new Set(
      missing.map((fact) => instance.t(`selfCheck.missing.${MISSING_KEY[fact] ?? 'other'}`)),
    ),
  ];
}
