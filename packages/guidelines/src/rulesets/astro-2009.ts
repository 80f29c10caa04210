import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const astro2009: RuleSet = {
  id: 'astro-2009',
  version: '0',
  title: 'ASTRO 2009 APBI consensus',
  citation: 'Smith BD, et al. Int J Radiat Oncol Biol Phys 2009;74(4):987–1001',
  categories: ['suitable', 'cautionary', 'unsuitable'],
  meaning: {},
  criteria: [],
};
