import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const gecEstro2010: RuleSet = {
  id: 'gec-estro-2010',
  version: '0',
  title: 'GEC-ESTRO 2010',
  citation: 'Polgár C, et al. Radiother Oncol 2010;94(3):264–273',
  categories: ['low-risk', 'intermediate-risk', 'high-risk'],
  meaning: {},
  criteria: [],
};
