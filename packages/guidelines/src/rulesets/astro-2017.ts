import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const astro2017: RuleSet = {
  id: 'astro-2017',
  version: '0',
  title: 'ASTRO 2017 APBI consensus',
  citation: 'Correa C, et al. Pract Radiat Oncol 2017;7(2):73–79',
  categories: ['suitable', 'cautionary', 'unsuitable'],
  meaning: {},
  criteria: [],
};
