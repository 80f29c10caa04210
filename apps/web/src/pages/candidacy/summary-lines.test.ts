import { evaluateAll } from '@openiort/guidelines';
import { describe, expect, it } from 'vitest';
import { createClinicianI18n } from '../../i18n/clinician-i18n.ts';
import { summaryLines } from './summary-lines.ts';

describe('summaryLines', () => {
  const lines = summaryLines(
    createClinicianI18n().t,
    evaluateAll({
      phase: 'final-pathology',
      ageYears: 70,
      germlineBrca: 'negative',
      histology: 'ductal',
      invasiveSizeMm: 15,
      closestMarginMm: 0,
      pathologicNodalStage: 'pN0',
    }),
  );

  it('gives one line per rule set with its category and deciding criteria', () => {
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const astro = lines.find((l) => l.ruleset === 'astro-2017');
    expect(astro?.category).toBe('Unsuitable');
    expect(astro?.deciding).toMatch(/Margins: Closest margin 0 mm — needs at least 2 mm/);
  });

  it('says what an undecided rule set needs', () => {
    const undecided = lines.find((l) => l.category === 'Indeterminate');
    expect(undecided?.deciding).toMatch(/^Needs: /);
  });
});
