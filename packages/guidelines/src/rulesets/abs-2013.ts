import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const abs2013: RuleSet = {
  id: 'abs-2013',
  version: '0',
  title: 'ABS 2013',
  citation: 'Shah C, et al. Brachytherapy 2013;12:267–277',
  categories: ['eligible', 'ineligible'],
  meaning: {},
  criteria: [],
};
