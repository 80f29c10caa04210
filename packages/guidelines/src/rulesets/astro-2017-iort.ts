import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const astro2017Iort: RuleSet = {
  id: 'astro-2017-iort',
  version: '0',
  title: 'ASTRO 2017 IORT statements',
  citation: 'Correa C, et al. Pract Radiat Oncol 2017;7(2):73–79',
  categories: ['eligible', 'registry-required', 'ineligible'],
  meaning: {},
  criteria: [],
};
