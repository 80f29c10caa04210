import type { RuleSet } from '../rule-set.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export const targitA: RuleSet = {
  id: 'targit-a',
  version: '0',
  title: 'TARGIT-A entry criteria',
  citation: 'TARGIT-A trial registration ISRCTN34086741 / NCT00983684',
  categories: ['eligible', 'ineligible'],
  meaning: {},
  criteria: [],
};
