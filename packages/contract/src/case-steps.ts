import { z } from 'zod';
import { isCalendarDate } from './patient.ts';
import { ROLES } from './roles.ts';

/**
 * Input schemas of the case pathway's steps (issue 12). Every schema is strict: an unknown key is
 * refused at any depth. A step that already exists is edited with the `version` you loaded
 * (0 when you record it the first time); a stale one is refused with 409 version-conflict.
 */

export const LATERALITIES = ['left', 'right'] as const;
export type Laterality = (typeof LATERALITIES)[number];

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${String(max)} characters`);

const calendarDate = (label: string) =>
  z
    .string({ error: `${label} is required (YYYY-MM-DD)` })
    .refine(isCalendarDate, `${label} must be a real date written YYYY-MM-DD`);

const uuid = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      `${label} must be an id (a UUID)`,
    );

/** The version of the step record you edited; 0 when it does not exist yet. */
const stepVersion = z
  .number({ error: 'version is required (0 for a new record, else the version you edited)' })
  .int()
  .min(0);

export const referralSchema = z.strictObject({
  referredBy: text('Referred by', 200),
  reason: text('Reason for referral', 2000),
  referralDate: calendarDate('Referral date'),
});
export type Referral = z.infer<typeof referralSchema>;

export const caseCreateSchema = z.strictObject({
  laterality: z.enum(LATERALITIES, { error: 'Laterality must be left or right' }),
  referral: referralSchema,
});
export type CaseCreate = z.infer<typeof caseCreateSchema>;

export const referralUpdateSchema = referralSchema.extend({ version: stepVersion });

export const TEAM_DECISIONS = ['offer-iort', 'do-not-offer', 'need-more-information'] as const;
export type TeamDecisionOutcome = (typeof TEAM_DECISIONS)[number];

export const teamDecisionSchema = z.strictObject({
  outcome: z.enum(TEAM_DECISIONS, {
    error: `Decision must be one of ${TEAM_DECISIONS.join(', ')}`,
  }),
  meetingDate: calendarDate('Meeting date'),
  attendees: z
    .array(z.strictObject({ name: text('Attendee name', 200), role: z.enum(ROLES) }), {
      error: 'Attendees are required',
    })
    .min(1, 'At least one attendee is required')
    .max(30, 'At most 30 attendees'),
  rationale: text('Rationale', 4000),
  evaluationId: uuid('The evaluation the decision relied on'),
});
export type TeamDecision = z.infer<typeof teamDecisionSchema>;
export const teamDecisionUpdateSchema = teamDecisionSchema.extend({ version: stepVersion });

export const consentSchema = z.strictObject({
  consentDate: calendarDate('Consent date'),
  documentVersion: text('Consent document version', 100),
  // Consent for IORT must say that whole-breast radiation may follow final pathology
  // (interop.md §5.3, citing the TARGIT surgical-aspects chapter).
  wholeBreastRadiationExplained: z.literal(true, {
    error: 'The possibility of whole-breast radiation after final pathology must be explained',
  }),
  witness: text('Witness', 200),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentUpdateSchema = consentSchema.extend({ version: stepVersion });

export const schedulingSchema = z.strictObject({
  operationDate: calendarDate('Operation date'),
  room: text('Operating room', 100),
  surgeonId: uuid('Surgeon'),
  radiationOncologistId: uuid('Radiation oncologist'),
  physicistId: uuid('Medical physicist'),
});
export type Scheduling = z.infer<typeof schedulingSchema>;
export const schedulingUpdateSchema = schedulingSchema.extend({ version: stepVersion });

const serial = (label: string) =>
  text(label, 64).regex(
    /^[A-Za-z0-9][A-Za-z0-9./-]*$/,
    `${label} may hold letters, digits, ".", "/" and "-"`,
  );

/** The treatment unit for the session (interop.md §5.1: treatment unit and source serial on the record). */
export const treatmentUnitSchema = z.strictObject({
  controllerSerial: serial('Controller serial number'),
  sourceSerial: serial('Source serial number'),
});
export type TreatmentUnit = z.infer<typeof treatmentUnitSchema>;
export const treatmentUnitUpdateSchema = treatmentUnitSchema.extend({ version: stepVersion });

/** The surgeon's expected balloon, from which the physicist makes the pre-plan. */
export const expectedBalloonSchema = z.strictObject({
  fillVolumeCc: z
    .number({ error: 'Expected fill volume is required (cc)' })
    .min(1, 'Expected fill volume must be at least 1 cc')
    .max(200, 'Expected fill volume must be at most 200 cc'),
  note: text('Note', 1000).nullable().default(null),
});
export type ExpectedBalloon = z.infer<typeof expectedBalloonSchema>;
export const expectedBalloonUpdateSchema = expectedBalloonSchema.extend({ version: stepVersion });

export const PRESCRIPTION_POINTS = ['balloon-surface', 'depth'] as const;

/**
 * The written directive (operating-room.md §1.3; interop.md §5.1): site with laterality, dose,
 * where it is prescribed, one fraction.
 */
export const writtenDirectiveSchema = z
  .strictObject({
    site: text('Treatment site', 200),
    laterality: z.enum(LATERALITIES, { error: 'Laterality must be left or right' }),
    doseGy: z
      .number({ error: 'Dose is required (Gy)' })
      .gt(0, 'Dose must be more than 0 Gy')
      .max(30, 'Dose must be at most 30 Gy'),
    prescribedTo: z.enum(PRESCRIPTION_POINTS, {
      error: 'Prescribed to must be balloon-surface or depth',
    }),
    depthMm: z
      .number()
      .gt(0, 'Depth must be more than 0 mm')
      .max(30, 'Depth at most 30 mm')
      .nullable(),
    fractions: z.literal(1, { error: 'IORT is one fraction' }),
  })
  .refine((d) => (d.prescribedTo === 'depth') === (d.depthMm !== null), {
    path: ['depthMm'],
    message: 'A depth (mm) is given exactly when the dose is prescribed to a depth',
  });
export type WrittenDirective = z.infer<typeof writtenDirectiveSchema>;

export const DIRECTIVE_SIGN_MEANING =
  'I prescribe this written directive for this patient and breast, and lock it before incision.';

export const directiveSignSchema = z.strictObject({
  directive: writtenDirectiveSchema,
  /** Required for every version after the first: why the locked directive changes. */
  reason: text('Reason for the change', 2000).nullable().default(null),
  /** Local accounts re-enter it; single sign-on accounts send none (they re-authenticate). */
  password: z
    .string({ error: 'Password is required' })
    .min(1, 'Password is required')
    .max(1024)
    .optional(),
  meaning: z.string({ error: 'The statement is required' }).max(500),
  /** How many directive versions you saw (0 for the first). */
  version: stepVersion,
});
export type DirectiveSign = z.infer<typeof directiveSignSchema>;

export const CASE_EVALUATION_LINK = z.strictObject({ evaluationId: uuid('Evaluation') });

export const PLAN_KINDS = ['pre-plan', 'final'] as const;
export type CasePlanKind = (typeof PLAN_KINDS)[number];
export const casePlanLinkSchema = z.strictObject({
  planId: uuid('Plan'),
  kind: z.enum(PLAN_KINDS, { error: 'Kind must be pre-plan or final' }),
});

export const POST_PATHOLOGY_DECISIONS = [
  'iort-alone',
  'add-whole-breast-radiation',
  're-excision',
  'other',
] as const;
export type PostPathologyOutcome = (typeof POST_PATHOLOGY_DECISIONS)[number];

export const postPathologyDecisionSchema = z.strictObject({
  decision: z.enum(POST_PATHOLOGY_DECISIONS, {
    error: `Decision must be one of ${POST_PATHOLOGY_DECISIONS.join(', ')}`,
  }),
  reason: text('Reason', 4000),
});
export type PostPathologyDecision = z.infer<typeof postPathologyDecisionSchema>;
export const postPathologyUpdateSchema = postPathologyDecisionSchema.extend({
  version: stepVersion,
});

/** Closing and withdrawing name the case version you saw. */
export const caseCloseSchema = z.strictObject({ version: z.number().int().positive() });
export const caseWithdrawSchema = z.strictObject({
  version: z.number().int().positive(),
  reason: text('Reason for withdrawal', 2000),
});

/** Consent scans: base64 in JSON, checked by their first bytes, at most 10 MB. */
export const CONSENT_SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const CONSENT_SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type ConsentScanType = (typeof CONSENT_SCAN_TYPES)[number];
export const consentScanUploadSchema = z.strictObject({
  fileName: text('File name', 200),
  dataBase64: z
    .string({ error: 'The file is required (base64)' })
    .min(1, 'The file is empty')
    .max(Math.ceil(CONSENT_SCAN_MAX_BYTES / 3) * 4, 'The file is larger than 10 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be base64'),
});

export const worklistQuerySchema = z.strictObject({
  /** Only steps waiting for this role. */
  role: z.enum(ROLES).optional(),
  /** Only steps waiting for the signed-in person (their role, and them by name when assigned). */
  mine: z.enum(['true', 'false']).optional(),
  /** How many days ahead "coming days" reaches. */
  days: z.coerce.number().int().min(0).max(60).default(7),
});
export type WorklistQuery = z.infer<typeof worklistQuerySchema>;
