/**
 * Shapes of the dosimetry API. They mirror the dose engine's types (packages/dosimetry)
 * structurally, because the contract imports nothing of ours; the server checks at compile time
 * that the engine's plans fit them.
 */
import type { PersonRef } from './candidacy.ts';
import type { Role } from './roles.ts';

/** A source model as listed for choosing one: shipped with OpenIORT or imported from vendor tables. */
export interface SourceModelSummary {
  id: string;
  name: string;
  geometry: 'line' | 'point';
  kind: 'electronic-brachytherapy' | 'radionuclide';
  clinicalUse: boolean;
  /** Present when the model is not cleared for clinical use; show it wherever the model appears. */
  demonstrationLabel?: string;
  /** sha256 of the model's canonical JSON (keys sorted, no spaces), hex. */
  checksum: string;
  origin: 'shipped' | 'imported';
  importedAt: string | null;
}

/** GET /api/source-models */
export interface SourceModelList {
  items: SourceModelSummary[];
}

/**
 * What a balloon plan is made from (the engine's PlanInput, without the source), stored as the
 * planner sent it: an empty strength stays empty (the output says the nominal one was used).
 * Program limits are never part of it.
 */
export interface PlanInputDto {
  /** Measured today by the output check; absent when none was entered. U (cGy cm² h⁻¹). */
  airKermaStrengthU?: number;
  applicator: { type: 'balloon'; fillVolumeCc: number };
  prescription: { doseGy: number; to: 'surface' | 'depth'; depthCm?: number };
  skinDistanceCm: number;
  chestWallDistanceCm?: number;
  dwellStepCm?: number;
  /**
   * A radiation oncologist's decision to compute a plan below the minimum skin distance, with
   * the reason on record (ignored, and said so, when anyone else sends it).
   */
  skinDistanceOverride?: { reason: string };
}

/** The program's safety limits for plans (program data, versioned; see ProgramLimitsVersion). */
export interface ProgramLimitsDto {
  minSkinDistanceCm: number;
  warnSkinDistanceCm: number;
  secondCheckTolerancePercent: number;
  /** ± band around the model's nominal air-kerma strength within which a measured one is plausible. */
  strengthTolerancePercent: number;
  /** ± tolerance of the pre-treatment output check (measured against expected strength). */
  outputTolerancePercent: number;
  /** A delivered dose this many % or more from the prescribed one flags a possible reportable event. */
  reportableDeviationPercent: number;
}

/**
 * The limits a stored plan was computed with: plans saved before ADR 0016 lack the output
 * tolerance, and those saved before the treatment record the reportable threshold.
 */
export type PlanLimitsAppliedDto = Omit<
  ProgramLimitsDto,
  'outputTolerancePercent' | 'reportableDeviationPercent'
> & {
  outputTolerancePercent?: number;
  reportableDeviationPercent?: number;
};

export interface DoseRangeDto {
  min: number;
  mean: number;
  max: number;
}

export interface PlanDwellDto {
  positionCm: readonly [number, number, number];
  axis: readonly [number, number, number];
  timeS: number;
}

export interface DvhDto {
  doseGy: number[];
  volumePercent: number[];
  volumeCc: number;
  v90: number;
  v100: number;
  v150: number;
  v200: number;
  /** Voxels within 0.1 cm of a dwell (no TG-43 dose), counted as receiving every level. */
  undefinedVoxelCount?: number;
}

export interface SecondCheckDto {
  surfaceMeanGy: number;
  skinDoseGy: number;
  /** The larger relative difference from the plan, %; null when not a finite number. */
  deviationPercent: number | null;
  tolerancePercent: number;
  withinTolerance: boolean;
}

/** Why a reported dose relies on TG-43 data outside their reliable range (engine's validity.ts). */
export type ValidityReasonDto =
  'below-first-radius' | 'beyond-last-radius' | 'near-axis-cone' | 'inside-encapsulation';

/** A reported dose or the DVH region that relies on extrapolated or least reliable TG-43 data. */
export interface ValidityWarningDto {
  quantity: string;
  /** Where the reported dose is, cm; null for the DVH region. */
  pointCm: readonly [number, number, number] | null;
  reasons: ValidityReasonDto[];
  /** For the DVH region: the share of its sampled volume concerned, %. */
  regionPercent?: number;
  message: string;
}

interface PlanOutputCommon {
  balloonRadiusCm: number;
  airKermaStrengthU: number;
  /**
   * 'measured': today's output check; 'nominal': the model's value, no output check entered.
   * Absent on plans saved before OpenIORT recorded it.
   */
  strengthSource?: 'measured' | 'nominal';
  dwellStepCm: number;
  limits: PlanLimitsAppliedDto;
  dwells: PlanDwellDto[];
  totalTimeS: number;
  warnings: string[];
  /** Made with demonstration data (the model's provenance says not for clinical use). */
  demonstration: boolean;
  /** Weight of the smoothness term the dwell times were optimised with (absent in older plans). */
  smoothnessWeight?: number;
}

/** A computed plan (the engine's PlanResultOk). */
export interface PlanOutputOk extends PlanOutputCommon {
  status: 'ok';
  refusal?: undefined;
  surfaceDoseGy: DoseRangeDto;
  depthDoseGy: (DoseRangeDto & { depthCm: number })[];
  skinDoseGy: number;
  chestWallDoseGy: number | null;
  secondCheck: SecondCheckDto;
  dvh: DvhDto | null;
  /** Surface minimum over maximum dose (absent in older plans). */
  surfaceUniformity?: number;
  /** Doses and the DVH region that rely on TG-43 data outside their reliable range. */
  validityWarnings?: ValidityWarningDto[];
  /** Each dwell's planned share of the dose at the prescription reference, Gy (absent in older plans). */
  referenceContributionsGy?: number[];
}

/** A plan the engine refused: the reason, no deliverable times and no dose. */
export interface PlanOutputRefused extends PlanOutputCommon {
  status: 'refused';
  refusal: { code: string; message: string };
  surfaceDoseGy: null;
  depthDoseGy: [];
  skinDoseGy: null;
  chestWallDoseGy: null;
  secondCheck: null;
  dvh: null;
  surfaceUniformity?: null;
  validityWarnings?: [];
  referenceContributionsGy?: [];
}

/** The engine's answer, as stored (the engine's PlanResult, checked against it when compiling). */
export type PlanOutputDto = PlanOutputOk | PlanOutputRefused;

/** POST /api/patients/:id/plans */
export interface PlanRequest {
  sourceId: string;
  input: PlanInputDto;
}

/** PUT /api/plans/:planId: the version the editor started from, to refuse stale edits. */
export interface PlanUpdateRequest extends PlanRequest {
  version: number;
}

/** The roles whose signature counts on a plan, and what their signature means. */
export const SIGNING_ROLES = ['medical-physicist', 'radiation-oncologist'] as const;
export type SigningRole = (typeof SIGNING_ROLES)[number];

export const SIGNATURE_KINDS: Record<SigningRole, string> = {
  'medical-physicist': 'physics review',
  'radiation-oncologist': 'physician approval',
};

export function isSigningRole(role: Role): role is SigningRole {
  return (SIGNING_ROLES as readonly string[]).includes(role);
}

const CLINICAL_MEANINGS: Record<SigningRole, string> = {
  'medical-physicist':
    "Physics review: I checked this plan's inputs, source model, dose calculation and independent second check, and find it correct for treatment.",
  'radiation-oncologist':
    'Physician approval: I approve this plan for the treatment of this patient.',
};

/**
 * The statement a signer confirms (re-entering the password) and that is recorded with the
 * signature. A plan made with a demonstration source model can only be signed with a statement
 * that it is not for clinical use.
 */
export function signatureMeaning(role: SigningRole, demonstration: boolean): string {
  if (!demonstration) return CLINICAL_MEANINGS[role];
  const kind = SIGNATURE_KINDS[role];
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} of a plan made with a demonstration source model: not for clinical use. This signature does not approve any treatment.`;
}

/** The statement that approves treatment, refused on demonstration plans (code demonstration-model). */
export function clinicalSignatureMeaning(role: SigningRole): string {
  return CLINICAL_MEANINGS[role];
}

/** POST /api/plans/:planId/signatures */
export interface PlanSignRequest {
  /**
   * The signer's password, entered again (local accounts). Single sign-on accounts send none:
   * they re-authenticate at the identity provider first (GET /api/auth/oidc/reauthenticate).
   */
  password?: string;
  /** signatureMeaning(role, plan.demonstration), as shown to and confirmed by the signer. */
  meaning: string;
  /** The plan version the signer reviewed. */
  version: number;
}

export interface PlanSignature {
  id: string;
  planId: string;
  planVersion: number;
  userId: string;
  userName: string;
  role: Role;
  /** "physics review" or "physician approval". */
  kind: string;
  meaning: string;
  signedAt: string;
  /** How the signer was authenticated when signing. */
  authMethod: 'password' | 'oidc';
  /** For 'oidc': when the identity provider says the signer signed in again. */
  authTime: string | null;
}

/** A stored plan: inputs, the engine's answer, and what produced it. */
export interface StoredPlan {
  id: string;
  patientId: string;
  version: number;
  sourceModelId: string;
  sourceModelChecksum: string;
  input: PlanInputDto;
  output: PlanOutputDto;
  engineVersion: string;
  /** Made with a model not cleared for clinical use. */
  demonstration: boolean;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
  updatedBy: PersonRef;
  /** Signatures of this version; the only ones that count. */
  signatures: PlanSignature[];
  /** Signatures of earlier versions, kept for the record; they no longer count. */
  formerSignatures: PlanSignature[];
  /** The program-limits version the plan was checked against ("default-1", "v1", …). */
  limitsVersion: string;
  /** The radiation oncologist's override of the minimum skin distance, when one was applied. */
  skinDistanceOverride: SkinDistanceOverride | null;
}

export interface SkinDistanceOverride {
  reason: string;
  /** The radiation oncologist who saved the plan version with the override. */
  by: PersonRef;
  at: string;
}

/** GET /api/patients/:id/plans: newest first. */
export interface PlanList {
  items: StoredPlan[];
}
