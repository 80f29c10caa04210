import { describe, expect, it } from 'vitest';
import { publicCitation } from './public-citation.ts';

describe('publicCitation', () => {
  it('drops the internal reference that older saved results carry', () => {
    expect(
      publicCitation('Polgár C, et al. Radiother Oncol 2010;94(3):264–273 (clinical.md §1d)'),
    ).toBe('Polgár C, et al. Radiother Oncol 2010;94(3):264–273');
    expect(
      publicCitation('ASTRO APBI consensus update 2017 (Correa et al.), clinical.md §1a'),
    ).toBe('ASTRO APBI consensus update 2017 (Correa et al.)');
    expect(
      publicCitation(
        'TARGIT-B trial eligibility, "higher risk" definition (legacyhealth.org; clinical.md §1f)',
      ),
    ).toBe('TARGIT-B trial eligibility, "higher risk" definition (legacyhealth.org)');
  });

  it('leaves a public citation as it is', () => {
    expect(publicCitation('Vaidya JS, et al. BMJ 2020;370:m2836')).toBe(
      'Vaidya JS, et al. BMJ 2020;370:m2836',
    );
  });
});
