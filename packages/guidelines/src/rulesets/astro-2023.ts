import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const astro2023: RuleSet = {
  id: 'astro-2023',
  version: '0',
  title: 'ASTRO 2023/2024 PBI guideline',
  citation: 'Shaitelman SF, et al. Pract Radiat Oncol 2024',
  categories: [
    'recommended',
    'conditionally-recommended',
    'conditionally-not-recommended',
    'not-recommended',
  ],
  meaning: {},
  criteria: [],
};
