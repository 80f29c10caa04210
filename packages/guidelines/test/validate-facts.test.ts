import { describe, expect, it } from 'vitest';
import { validateFacts } from '../src/index.ts';

describe('validateFacts', () => {
  it('accepts a complete, valid object and treats null as unknown', () => {
    const result = validateFacts({
      phase: 'preoperative',
      ageYears: 64,
      histology: 'ductal',
      invasiveSizeMm: 12.5,
      lcis: false,
      grade: null,
    });
    expect(result).toEqual({
      ok: true,
      facts: {
        phase: 'preoperative',
        ageYears: 64,
        histology: 'ductal',
        invasiveSizeMm: 12.5,
        lcis: false,
      },
    });
  });

  it('names every bad field with what is allowed', () => {
    const result = validateFacts({
      ageYears: '62',
      histology: 'ductile',
      invasiveSizeMm: -1,
      grade: 4,
      lcis: 'no',
      colour: 'blue',
      eicSizeMm: Number.NaN,
    });
    expect(result.ok).toBe(false);
    const messages = Object.fromEntries(
      (result.ok ? [] : result.errors).map((e) => [e.path, e.message]),
    );
    expect(messages).toEqual({
      ageYears: 'must be a whole number (years)',
      histology: expect.stringContaining('must be one of ductal, lobular') as unknown,
      invasiveSizeMm: 'must be from 0 to 300 mm',
      grade: 'must be from 1 to 3',
      lcis: 'must be true or false',
      colour: expect.stringContaining(
        'is not a clinical fact; allowed: phase, ageYears',
      ) as unknown,
      eicSizeMm: 'must be a number (mm)',
    });
  });

  it('refuses anything but an object', () => {
    for (const input of [null, [], 'facts', 42]) expect(validateFacts(input).ok).toBe(false);
  });

  it('rejects a fractional age', () => {
    expect(validateFacts({ ageYears: 61.5 }).ok).toBe(false);
  });
});
