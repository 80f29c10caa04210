import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const asbrs: RuleSet = {
  id: 'asbrs',
  version: '0',
  title: 'ASBrS APBI consensus',
  citation: 'ASBrS APBI consensus guideline (pre-2018), as summarised in reviews',
  categories: ['eligible', 'ineligible'],
  meaning: {},
  criteria: [],
};
