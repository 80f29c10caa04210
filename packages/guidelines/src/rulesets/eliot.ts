import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const eliot: RuleSet = {
  id: 'eliot',
  version: '0',
  title: 'ELIOT entry criteria',
  citation: 'Veronesi U, et al. Lancet Oncol 2013; Orecchia R, et al. Lancet Oncol 2021',
  categories: ['eligible', 'ineligible'],
  meaning: {},
  criteria: [],
};
