import { z } from 'zod';
import type { SignatureAuthMethod } from './sso.ts';
import type { ChecklistKey } from './checklists.ts';
import type { OutputCheckRecordDto, RoomPersonDto } from './or-checks.ts';
import type {
  OrDeliveryStatus,
  OrDwellState,
  OrInterruptionCategory,
  OrSessionEventDto,
  OrTermination,
} from './or-session.ts';
import type { SigningRole } from './dosimetry.ts';
import type { MeasurementDto, ReconciliationVersionDto } from './or-reconciliation.ts';

/**
 * What each signer of a treatment record attests (operating-room.md §1.3, "Sign-out & signatures":
 * RO "approval of delivery", QMP "physics review").
 */
export const RECORD_SIGNATURE_KINDS: Record<SigningRole, string> = {
  'radiation-oncologist': 'approval of delivery',
  'medical-physicist': 'physics review',
};

const CLINICAL_RECORD_MEANINGS: Record<SigningRole, string> = {
  'radiation-oncologist':
    'Approval of delivery: I reviewed this treatment record and approve the delivery as recorded.',
  'medical-physicist':
    'Physics review: I checked the output check, the delivered and controller times and the delivered dose in this treatment record, and find them correct.',
};

/** The statement a signer of the record confirms; a rehearsal's says it is not a treatment. */
export function recordSignatureMeaning(role: SigningRole, demonstration: boolean): string {
  if (!demonstration) return CLINICAL_RECORD_MEANINGS[role];
  const kind = RECORD_SIGNATURE_KINDS[role];
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} of a rehearsal with demonstration data: not a treatment of any patient.`;
}

/** One interruption as the record shows it, with what followed it. */
export interface RecordInterruption {
  seq: number;
  at: string;
  atS: number;
  category: OrInterruptionCategory | null;
  termination: OrTermination;
  reason: string | null;
  by: RoomPersonDto;
  /** Strengths measured for a new source while interrupted, U (in order). */
  sourceChangesU: number[];
  /** What ended it: the resume (with its time), the abandon, or nothing yet. */
  outcome: { kind: 'resumed'; atS: number } | { kind: 'abandoned'; reason: string | null } | null;
}

/** One checklist in the record: the answer in force for each item. */
export interface RecordChecklist {
  key: ChecklistKey;
  title: string;
  version: string;
  complete: boolean;
  items: {
    id: string;
    text: string;
    answer: 'yes' | 'passed-over' | null;
    reason: string | null;
    by: RoomPersonDto | null;
    at: string | null;
  }[];
}

/** Everything a treatment record says, computed from the session; what the signatures cover. */
export interface TreatmentRecordContent {
  sessionId: string;
  caseId: string | null;
  /** A rehearsal with demonstration data: never a treatment of a patient. */
  demonstration: boolean;
  patient: { id: string; mrn: string; familyName: string; givenName: string; birthDate: string };
  plan: {
    id: string;
    version: number;
    sourceModelId: string;
    sourceModelChecksum: string;
    engineVersion: string;
    limitsVersion: string;
    prescription: { doseGy: number; to: 'surface' | 'depth'; depthCm?: number };
    fillVolumeCc: number;
    skinDistanceCm: number;
    chestWallDistanceCm: number | null;
    airKermaStrengthU: number;
    totalTimeS: number;
    signatures: { role: string; userName: string; meaning: string; signedAt: string }[];
  };
  /** The latest output check of the session (the one beam-on was allowed on). */
  outputCheck: OutputCheckRecordDto | null;
  delivery: {
    status: OrDeliveryStatus;
    startedAt: string | null;
    /** Server time of the complete or abandon event. */
    finishedAt: string | null;
    /** Wall-clock seconds from the start to the end. */
    elapsedS: number;
    beamOnTimeS: number;
    remainingTimeS: number;
    dwells: OrDwellState[];
    deliveredDoseGy: number;
    prescribedDoseGy: number;
    deviationPercent: number;
    reportable: boolean;
    reportableDeviationPercent: number;
    /** The strength in use at the end (after the last source change), U. */
    finalAirKermaStrengthU: number;
    abandonReason: string | null;
  };
  interruptions: RecordInterruption[];
  /** The latest reconciliation with the controller's log, with its acknowledgement. */
  reconciliation: ReconciliationVersionDto | null;
  /** In-vivo and survey readings, oldest first. */
  measurements: MeasurementDto[];
  events: OrSessionEventDto[];
  checklists: RecordChecklist[];
  /** Everyone who did something in this session, with what. */
  team: (RoomPersonDto & { did: string[] })[];
}

export interface TreatmentRecordSignature {
  role: SigningRole;
  kind: string;
  userId: string;
  userName: string;
  meaning: string;
  /** The content the signer saw (contentHash at signing). */
  contentHash: string;
  signedAt: string;
  authMethod: SignatureAuthMethod;
  authTime: string | null;
}

export interface TreatmentRecordAddendum {
  seq: number;
  text: string;
  by: RoomPersonDto;
  at: string;
}

/** GET /api/or-sessions/:sessionId/record */
export interface TreatmentRecordDto {
  content: TreatmentRecordContent;
  /** SHA-256 of the canonical JSON of `content`: send it back when signing. */
  contentHash: string;
  /** What must happen before anyone can sign (empty when the record may be signed). */
  missing: string[];
  /** 'draft' (no signature), 'partly-signed' (one), 'signed' (both). */
  status: 'draft' | 'partly-signed' | 'signed';
  /** After the first signature nothing in the record changes; corrections are addenda. */
  locked: boolean;
  /**
   * A signature covers other content than the record shows now: something was written in the
   * moment of signing. Shown as a warning; the signatures keep the hash of what they saw.
   */
  changedAfterSigning: boolean;
  signatures: TreatmentRecordSignature[];
  /** The statement the signed-in person would confirm, when they may sign now. */
  meaningForYou: string | null;
  addenda: TreatmentRecordAddendum[];
}

/** POST /api/or-sessions/:sessionId/record/signatures */
export const recordSignRequestSchema = z.strictObject({
  password: z
    .string({ error: 'enter your password again to sign' })
    .min(1, 'enter your password again to sign')
    .max(256)
    .optional(),
  meaning: z
    .string({ error: 'must be the statement you confirm by signing' })
    .trim()
    .min(1, 'must be the statement you confirm by signing')
    .max(2000),
  contentHash: z
    .string({ error: 'must be the contentHash of the record you reviewed' })
    .regex(/^[0-9a-f]{64}$/, 'must be the contentHash of the record you reviewed (64 hex digits)'),
});
export type RecordSignRequest = z.infer<typeof recordSignRequestSchema>;

/** POST /api/or-sessions/:sessionId/record/addenda */
export const recordAddendumRequestSchema = z.strictObject({
  text: z
    .string({ error: 'must be the text of the addendum' })
    .trim()
    .min(1, 'must not be empty')
    .max(4000, 'must be at most 4000 characters'),
});
export type RecordAddendumRequest = z.infer<typeof recordAddendumRequestSchema>;
