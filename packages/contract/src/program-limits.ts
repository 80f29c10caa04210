import type { PersonRef } from './candidacy.ts';
import type { ProgramLimitsDto } from './dosimetry.ts';

/**
 * One version of the program's plan limits. A medical physicist proposes a version; it is in
 * force once a radiation oncologist co-signs it; a newer proposal withdraws an older pending one.
 * "default-1" is the cited defaults, in force until the first co-signed version.
 */
export interface ProgramLimitsVersion {
  id: string;
  /** "v1", "v2"… once in force; "default-1" for the cited defaults; null while proposed. */
  version: string | null;
  status: 'default' | 'proposed' | 'in-force' | 'superseded' | 'withdrawn';
  limits: ProgramLimitsDto;
  reason: string;
  proposedBy: PersonRef | null;
  proposedAt: string | null;
  cosignedBy: PersonRef | null;
  cosignedAt: string | null;
  /** How the co-signer was authenticated: 'password' or 'oidc' (null until co-signed). */
  cosignAuthMethod: 'password' | 'oidc' | null;
  cosignAuthTime: string | null;
}

/** GET /api/program-limits */
export interface ProgramLimitsOverview {
  current: ProgramLimitsVersion;
  /** Proposals waiting for a radiation oncologist's co-signature (at most one). */
  pending: ProgramLimitsVersion[];
  /** Every version, newest first, ending with the cited defaults. */
  history: ProgramLimitsVersion[];
}

/** POST /api/program-limits/proposals (medical physicist) */
export interface ProgramLimitsProposal {
  limits: ProgramLimitsDto;
  reason: string;
}

/** POST /api/program-limits/proposals/:id/cosignature (radiation oncologist) */
export interface ProgramLimitsCosignRequest {
  /** Local accounts; single sign-on accounts re-authenticate at the identity provider instead. */
  password?: string;
  meaning: string;
}

/** What a radiation oncologist confirms, with the password, to put proposed limits in force. */
export const LIMITS_COSIGN_MEANING =
  'Co-signature: as a radiation oncologist, I approve these program limits for every plan made from now on.';
