import { DEFAULT_PLAN_LIMITS } from '@openiort/dosimetry';
import { describe, expect, it } from 'vitest';
import { toLimitsVersion } from './limits-rows.ts';

describe('toLimitsVersion', () => {
  it('shows a version co-signed before the output tolerance existed with its cited default', () => {
    const four = {
      minSkinDistanceCm: 1,
      warnSkinDistanceCm: 1.3,
      secondCheckTolerancePercent: 4,
      strengthTolerancePercent: 10,
    };
    const version = toLimitsVersion(
      {
        id: 'x',
        seq: 1,
        status: 'in-force',
        limits_json: JSON.stringify(four),
        reason: 'older version',
        proposed_by: 'p',
        proposed_at: '2026-11-01T00:00:00.000Z',
        cosigned_by: 'c',
        cosigned_at: '2026-11-02T00:00:00.000Z',
        cosign_meaning: 'm',
        cosign_auth_method: 'password',
        cosign_auth_time: null,
        proposer_email: 'p@example.org',
        proposer_name: 'P',
        cosigner_email: 'c@example.org',
        cosigner_name: 'C',
      },
      1,
    );
    expect(version.limits).toEqual({
      ...four,
      outputTolerancePercent: DEFAULT_PLAN_LIMITS.outputTolerancePercent,
      reportableDeviationPercent: DEFAULT_PLAN_LIMITS.reportableDeviationPercent,
    });
    expect(version.status).toBe('in-force');
  });
});
