import type { ProgramLimitsDto, ProgramLimitsVersion } from '@openiort/contract';
import { DEFAULT_PLAN_LIMITS, type PlanLimits } from '@openiort/dosimetry';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ProgramLimitsVersionsTable } from '../db/schema.ts';

/** The cited defaults (packages/dosimetry plan-limits.ts), in force until a version is co-signed. */
export const DEFAULT_LIMITS_VERSION: ProgramLimitsVersion = {
  id: 'default-1',
  version: 'default-1',
  status: 'default',
  limits: { ...DEFAULT_PLAN_LIMITS },
  reason:
    'Defaults cited in the dose engine (physics.md §2.4 and §5.2; the strength band is OpenIORT’s own choice).',
  proposedBy: null,
  proposedAt: null,
  cosignedBy: null,
  cosignedAt: null,
  cosignAuthMethod: null,
  cosignAuthTime: null,
};

type LimitsRow = Selectable<ProgramLimitsVersionsTable> & {
  proposer_email: string;
  proposer_name: string;
  cosigner_email: string | null;
  cosigner_name: string | null;
};

export function selectLimitVersions(db: Kysely<Database>) {
  return db
    .selectFrom('program_limits_versions as l')
    .innerJoin('users as p', 'p.id', 'l.proposed_by')
    .leftJoin('users as c', 'c.id', 'l.cosigned_by')
    .selectAll('l')
    .select([
      'p.email as proposer_email',
      'p.display_name as proposer_name',
      'c.email as cosigner_email',
      'c.display_name as cosigner_name',
    ]);
}

/**
 * A version saved before a limit existed (outputTolerancePercent, ADR 0016) keeps the cited
 * default for it: that default was in force beside the version's own values.
 */
export function withAllLimits(stored: Partial<ProgramLimitsDto>): PlanLimits {
  return { ...DEFAULT_PLAN_LIMITS, ...stored };
}

/** A row as the API shows it; `currentSeq` tells a version in force from one it replaced. */
export function toLimitsVersion(row: LimitsRow, currentSeq: number | null): ProgramLimitsVersion {
  const status = row.status === 'in-force' && row.seq !== currentSeq ? 'superseded' : row.status;
  return {
    id: row.id,
    version: row.seq === null ? null : `v${String(row.seq)}`,
    status,
    limits: withAllLimits(JSON.parse(row.limits_json) as Partial<ProgramLimitsDto>),
    reason: row.reason,
    proposedBy: { id: row.proposed_by, email: row.proposer_email, displayName: row.proposer_name },
    proposedAt: row.proposed_at,
    cosignedBy:
      row.cosigned_by === null
        ? null
        : {
            id: row.cosigned_by,
            email: row.cosigner_email ?? '',
            displayName: row.cosigner_name ?? '',
          },
    cosignedAt: row.cosigned_at,
    cosignAuthMethod:
      row.cosign_auth_method === 'oidc' || row.cosign_auth_method === 'password'
        ? row.cosign_auth_method
        : null,
    cosignAuthTime: row.cosign_auth_time,
  };
}
