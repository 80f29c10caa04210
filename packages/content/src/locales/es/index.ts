import type { ContentRelease } from '../../release.ts';
import type { Strings } from '../../strings.ts';
import { comparison } from './comparison.ts';
import { landing } from './landing.ts';
import { layout } from './layout.ts';
import { privacy } from './privacy.ts';
import { handout } from './handout.ts';
import { selfCheck } from './self-check.ts';

export const release: ContentRelease = {
  language: 'es',
  version: '1.0',
  sourceVersion: '1.0',
  status: 'translated',
  evidenceDate: '2026-11-28',
  nextReviewDate: '2027-11-28',
};

export const strings: Strings = {
  ...layout,
  ...landing,
  ...comparison,
  ...privacy,
  ...selfCheck,
  ...handout,
};
