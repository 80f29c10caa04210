import { describe, expect, it } from 'vitest';
import { startingValues } from './starting-values.ts';

describe('startingValues', () => {
  it('starts a first evaluation with the age from the date of birth, preoperative', () => {
    const start = startingValues('1957-03-14', undefined, '2026-03-14');
    expect(start.values.ageYears).toBe('69');
    expect(start.values.phase).toBe('preoperative');
    expect(start.values.histology).toBe('');
    expect(start.ageFromBirthDate).toBe(true);
    expect(start.carriedFrom).toBeNull();
  });

  it('carries the facts of the latest evaluation, but the age comes from the date of birth', () => {
    const latest = {
      facts: { phase: 'final-pathology', ageYears: 64, histology: 'ductal' },
      createdAt: '2026-01-02T10:00:00.000Z',
    } as const;
    const start = startingValues('1957-03-14', latest, '2026-03-14');
    expect(start.values.ageYears).toBe('69');
    expect(start.values.phase).toBe('final-pathology');
    expect(start.values.histology).toBe('ductal');
    expect(start.ageFromBirthDate).toBe(true);
    expect(start.carriedFrom).toEqual({ createdAt: '2026-01-02T10:00:00.000Z' });
  });

  it('fills a missing age from the date of birth even when carrying', () => {
    const latest = { facts: { histology: 'dcis' }, createdAt: '2026-01-02T10:00:00.000Z' } as const;
    expect(startingValues('1957-03-14', latest, '2026-03-14').values.ageYears).toBe('69');
  });
});

describe('startingValues and an older evaluation’s age', () => {
  it('replaces an age carried from last year with the age on the evaluation date', () => {
    const latest = {
      facts: { ageYears: 67, histology: 'ductal' },
      createdAt: '2023-06-01T10:00:00.000Z',
    } as const;
    expect(startingValues('1956-05-20', latest, '2026-11-28').values.ageYears).toBe('70');
  });
});
