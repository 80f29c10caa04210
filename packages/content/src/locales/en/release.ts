import type { ContentRelease } from '../../release.ts';

/**
 * The English source's release, in a module of its own: every language's page needs it (to tell
 * whether a translation is older than the source) without downloading the English text.
 */
export const release: ContentRelease = {
  language: 'en',
  version: '1.0',
  sourceVersion: '1.0',
  status: 'draft',
  evidenceDate: '2026-11-28',
  nextReviewDate: '2027-11-28',
};
