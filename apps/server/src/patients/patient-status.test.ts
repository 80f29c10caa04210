import type { SigningRole } from '@openiort/contract';
import { describe, expect, it } from 'vitest';
import { patientStatus, planStatusOf } from './patient-status.ts';

const plan = (signed: SigningRole[], refused = false) => ({
  planId: 'p',
  version: 1,
  refused,
  signedBy: new Set(signed),
});

describe('plan status at a glance', () => {
  it('derives none, draft, refused, physics-reviewed and approved', () => {
    expect(planStatusOf(null)).toBe('none');
    expect(planStatusOf(plan([]))).toBe('draft');
    expect(planStatusOf(plan([], true))).toBe('refused');
    expect(planStatusOf(plan(['medical-physicist']))).toBe('physics-reviewed');
    expect(planStatusOf(plan(['medical-physicist', 'radiation-oncologist']))).toBe('approved');
    expect(planStatusOf(plan(['radiation-oncologist']))).toBe('draft');
  });

  it('says what is missing in words', () => {
    const candidacy = {
      evaluationId: 'e',
      category: 'indeterminate',
      phase: 'preoperative' as const,
      evaluatedAt: '2026-11-26T08:00:00.000Z',
    };
    expect(patientStatus(candidacy, plan([], true)).missing).toEqual([
      'candidacy indeterminate: findings missing',
      'no candidacy evaluation with final pathology',
      'plan refused by the dose engine',
    ]);
    expect(patientStatus(null, plan(['radiation-oncologist'])).missing).toEqual([
      'no candidacy evaluation',
      'plan not reviewed by a medical physicist',
    ]);
  });
});
