import { describe, expect, it } from 'vitest';
import {
  allRuleSets,
  DEFAULT_PROGRAM_CRITERIA,
  OPTIONAL_RISK_TRIGGER_IDS,
  type Source,
} from '../src/index.ts';

const INTERNAL = /clinical\.md|§\s*\d/;
const program = {
  ...DEFAULT_PROGRAM_CRITERIA,
  extraRiskAdaptedTriggers: [...OPTIONAL_RISK_TRIGGER_IDS],
};

describe('sources shown to users cite the public source (issue 9 point 10)', () => {
  for (const ruleSet of allRuleSets(program)) {
    const sources: Source[] = [
      ...ruleSet.criteria.map((c) => c.source),
      ...(ruleSet.notes ?? []).map((n) => n.source),
    ];
    it(`${ruleSet.id}: citations and details name no internal document`, () => {
      expect(ruleSet.citation).not.toMatch(INTERNAL);
      for (const source of sources) {
        expect(source.citation).not.toMatch(INTERNAL);
        expect(source.detail).not.toMatch(INTERNAL);
      }
    });
    it(`${ruleSet.id}: keeps the clinical reference section for developers`, () => {
      for (const source of sources) expect(source.reference).toMatch(/^clinical\.md §1[a-l]$/);
    });
  }
});
