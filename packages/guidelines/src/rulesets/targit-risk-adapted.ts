import type { RuleSet } from '../rule-set.ts';
import type { ProgramCriteria } from './program-default.ts';

// Skeleton: criteria are being encoded from ../shared/reference/clinical.md (see the issue).
export function targitRiskAdapted(_program: ProgramCriteria): RuleSet {
  return {
    id: 'targit-risk-adapted',
    version: '0',
    title: 'TARGIT risk-adapted re-evaluation',
    citation: 'Vaidya JS, et al. Lancet 2014;383:603–613',
    categories: ['iort-alone', 'add-whole-breast'],
    meaning: {},
    requiresFinalPathology: true,
    criteria: [],
  };
}
