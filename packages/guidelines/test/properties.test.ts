import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FACT_NAMES,
  allRuleSets,
  DEFAULT_PROGRAM_CRITERIA,
  evaluateAll,
  NODE_POSITIVE_STAGES,
  PN0_STAGES,
  type ClinicalFacts,
  type FactName,
  type FactValue,
  type RuleSetResult,
} from '../src/index.ts';
import { arbitraryFacts, factValue } from './arbitrary-facts.ts';

const RUNS = { numRuns: 150 };
const categoriesOf = new Map(
  allRuleSets(DEFAULT_PROGRAM_CRITERIA).map((r) => [r.id, r.categories]),
);

/** Best and worst category index a result still allows. */
function bounds(result: RuleSetResult): [number, number] {
  const order = categoriesOf.get(result.ruleset) ?? [];
  const levels = result.possibleCategories.map((c) => order.indexOf(c));
  return [Math.min(...levels), Math.max(...levels)];
}

/**
 * For each fact with a clear direction, values from better to worse for breast IORT candidacy.
 * Age is only worsened downwards within 0–75 (ELIOT admits no one older than 75).
 */
const WORSE_ORDER: Partial<Record<FactName, readonly FactValue[]>> = {
  dcisNuclearGrade: ['low', 'intermediate', 'high'],
  dcisScreenDetected: [true, false],
  erStatus: ['positive', 'negative'],
  prStatus: ['positive', 'negative'],
  lvsi: ['none', 'focal', 'extensive'],
  eic: ['absent', 'present'],
  focality: ['unifocal', 'multifocal-microscopic', 'multifocal-clinical'],
  centricity: ['unicentric', 'multicentric'],
  skinOrChestWallInvolvement: [false, true],
  clinicalNodalStage: ['cN0', 'cN1', 'cN2', 'cN3'],
  // Best to worst; pNX (not evaluated) has no place in the order.
  pathologicNodalStage: [...PN0_STAGES, ...NODE_POSITIVE_STAGES],
  neoadjuvantTherapy: [false, true],
  priorIpsilateralRadiation: [false, true],
  registryEnrollment: [true, false],
};
const LARGER_IS_WORSE: FactName[] = [
  'invasiveSizeMm',
  'dcisSizeMm',
  'totalTumorSizeMm',
  'eicSizeMm',
  'multifocalSpanMm',
  'grade',
];

const worsening = fc.oneof(
  ...Object.entries(WORSE_ORDER).map(([name, order]) =>
    fc
      .tuple(fc.nat({ max: order.length - 2 }), fc.nat({ max: order.length - 1 }))
      .filter(([a, b]) => b > a)
      .map(([a, b]) => ({
        name: name as FactName,
        better: order[a] as FactValue,
        worse: order[b] as FactValue,
      })),
  ),
  ...LARGER_IS_WORSE.map((name) =>
    fc
      .tuple(factValue(name), factValue(name))
      .filter(([a, b]) => (b as number) > (a as number))
      .map(([a, b]) => ({ name, better: a, worse: b })),
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 75 }))
    .filter(([a, b]) => b < a)
    .map(([a, b]) => ({
      name: 'ageYears',
      better: a,
      worse: b,
    })),
  fc
    .constantFrom('brca1', 'brca2')
    .map((worse) => ({ name: 'germlineBrca', better: 'negative', worse })),
  fc
    .integer({ min: 1, max: 2000 })
    .map((n) => ({ name: 'closestMarginMm', better: n / 100, worse: 0 })),
);

describe('properties of every rule set', () => {
  it('an evaluation is deterministic and does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const reversed = Object.fromEntries(Object.entries(facts).reverse()) as ClinicalFacts;
        expect(evaluateAll(reversed)).toEqual(evaluateAll(facts));
      }),
      RUNS,
    );
  });

  it('a decided category stays the same whatever value a missing fact turns out to have', () => {
    const missingFact = fc
      .constantFrom(...FACT_NAMES)
      .chain((name) => factValue(name).map((value) => ({ name, value })));
    fc.assert(
      fc.property(arbitraryFacts, missingFact, (facts, { name, value }) => {
        if (facts[name] !== undefined) return;
        const before = evaluateAll(facts);
        const after = evaluateAll({ ...facts, [name]: value });
        before.forEach((b, i) => {
          const a = after[i] as RuleSetResult;
          const label = `${b.ruleset} after ${name}=${String(value)}`;
          if (b.category !== 'indeterminate') expect(a.category, label).toBe(b.category);
          for (const c of a.possibleCategories) expect(b.possibleCategories, label).toContain(c);
        });
      }),
      RUNS,
    );
  });

  it('making any single fact worse never improves a category', () => {
    fc.assert(
      fc.property(arbitraryFacts, worsening, (facts, { name, better, worse }) => {
        const good = evaluateAll({ ...facts, [name]: better });
        const bad = evaluateAll({ ...facts, [name]: worse });
        good.forEach((g, i) => {
          const b = bad[i] as RuleSetResult;
          const [gLow, gHigh] = bounds(g);
          const [bLow, bHigh] = bounds(b);
          const label = `${g.ruleset}: ${name} ${String(better)} → ${String(worse)}`;
          expect(bLow, label).toBeGreaterThanOrEqual(gLow);
          expect(bHigh, label).toBeGreaterThanOrEqual(gHigh);
        });
      }),
      RUNS,
    );
  });
});
