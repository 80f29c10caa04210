import { FACT_NAMES } from '@openiort/guidelines';
import { describe, expect, it } from 'vitest';
import { splitFacts } from './phase-facts.ts';

describe('splitFacts', () => {
  it('puts the preoperative facts first: age, histology, size, grade, receptors, BRCA, cN', () => {
    const { first } = splitFacts('preoperative');
    expect(first).toEqual(
      expect.arrayContaining([
        'ageYears',
        'histology',
        'invasiveSizeMm',
        'grade',
        'erStatus',
        'prStatus',
        'her2Status',
        'germlineBrca',
        'clinicalNodalStage',
      ]),
    );
    expect(first).not.toContain('closestMarginMm');
  });

  it('puts the pathology facts first after final pathology: margins, nodes, LVSI, EIC, size', () => {
    const { first } = splitFacts('final-pathology');
    expect(first).toEqual(
      expect.arrayContaining([
        'closestMarginMm',
        'pathologicNodalStage',
        'lvsi',
        'eic',
        'invasiveSizeMm',
      ]),
    );
    expect(first).not.toContain('clinicalNodalStage');
  });

  it.each(['preoperative', 'final-pathology', ''])(
    'keeps every fact once for phase "%s"',
    (phase) => {
      const { first, more } = splitFacts(phase);
      const all = [...first, ...more.flatMap((g) => g.facts)];
      expect(new Set(all).size).toBe(all.length);
      expect([...all, 'phase'].sort()).toEqual([...FACT_NAMES].sort());
      expect(more.every((g) => g.facts.length > 0)).toBe(true);
    },
  );
});
