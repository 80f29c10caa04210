import { SOURCE_LANGUAGE, type Language } from './languages.ts';

/**
 * Review steps of patient-education content (education.md §3.3, shortened): an author writes
 * the English source (draft); a translator writes a language from it (translated); a bilingual
 * clinician checks it against the source (reviewed); the program signs it off (approved).
 */
export const REVIEW_STATUSES = ['draft', 'translated', 'reviewed', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** One version of one language's content, as shipped. */
export interface ContentRelease {
  language: Language;
  /** This language's content version, "major.minor" or "major.minor.patch". */
  version: string;
  /** The English source version the text was written from (English: its own version). */
  sourceVersion: string;
  status: ReviewStatus;
  /** When the figures and sources were last checked against the evidence (ISO date). */
  evidenceDate: string;
  /** When the program plans to check them again (ISO date). */
  nextReviewDate: string;
}

/** Compares "1.2" with "1.10" as version numbers, not as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export type ContentNotice =
  /** English source content the program has not approved yet. */
  | 'source-not-approved'
  /** A translation no one at the program has approved yet. */
  | 'translation-not-reviewed'
  /** An approved translation of an older English version. */
  | 'newer-source-exists';

export interface ChosenRelease<T> {
  release: ContentRelease;
  content: T;
  notices: ContentNotice[];
}

/**
 * Which stored version of a language to show, and what the reader must be told about it. The
 * newest approved version wins (approved words beat newer unreviewed ones); a language with no
 * approved version shows its newest version with a "not yet reviewed" notice. An approved
 * version written from an older English source says that a newer English version exists.
 */
export function chooseRelease<T>(
  versions: readonly { release: ContentRelease; content: T }[],
  source: ContentRelease,
): ChosenRelease<T> {
  const newestFirst = [...versions].sort((a, b) =>
    compareVersions(b.release.version, a.release.version),
  );
  const approved = newestFirst.find((v) => v.release.status === 'approved');
  const chosen = approved ?? newestFirst[0];
  if (chosen === undefined) throw new Error('A language needs at least one content version.');
  const notices: ContentNotice[] = [];
  const isSource = chosen.release.language === SOURCE_LANGUAGE;
  if (chosen.release.status !== 'approved') {
    notices.push(isSource ? 'source-not-approved' : 'translation-not-reviewed');
  } else if (!isSource && compareVersions(chosen.release.sourceVersion, source.version) < 0) {
    notices.push('newer-source-exists');
  }
  return { ...chosen, notices };
}
