import type { ColumnType, Generated } from 'kysely';

/** PostgreSQL returns bigint columns as text (they may exceed 2^53), SQLite as numbers. */
type BigIntColumn = ColumnType<number | string, number, number>;

/**
 * Table shapes as Kysely sees them. Times are ISO 8601 UTC text ("2026-11-26T07:32:00.000Z") on
 * both databases and flags are 0/1 integers, so one set of migrations and queries serves SQLite
 * and PostgreSQL alike (docs/adr/0002-portable-column-types.md).
 */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  /** 1 after an administrator's reset: the session may only change the password or sign out. */
  must_change_password: ColumnType<number, number | undefined, number>;
  last_login_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** 'local' (password) or 'oidc' (the hospital's identity provider). */
  auth_source: ColumnType<string, string | undefined, string>;
  /** The provider's issuer and subject: how an OIDC account is found, never by email. */
  oidc_issuer: ColumnType<string | null, string | null | undefined, string | null>;
  oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1: a local administrator who may sign in with a password when local sign-in is off. */
  break_glass: ColumnType<number, number | undefined, number>;
}

/** One row (id 1): whether local accounts may sign in with a password. */
export interface SignInPolicyTable {
  id: number;
  /** 'all', or 'break-glass-only'. */
  local_sign_in: string;
  updated_at: string | null;
  updated_by: string | null;
}

/** A sign-in (or re-authentication) started at the identity provider and not yet back. */
export interface OidcTransactionsTable {
  /** SHA-256 of the state sent to the provider. */
  state_hash: string;
  /** SHA-256 of the random value in the browser's transaction cookie (binds it to this browser). */
  browser_hash: string;
  /** 'sign-in' or 'reauthenticate'. */
  purpose: string;
  code_verifier: string;
  nonce: string;
  /** For a re-authentication: who asked, from which session, to sign what. */
  user_id: string | null;
  session_token_hash: string | null;
  target_kind: string | null;
  target_id: string | null;
  return_to: string;
  created_at: string;
  expires_at: string;
}

/** Proof of a fresh re-authentication at the provider, spent by one signature. */
export interface SigningGrantsTable {
  id: string;
  user_id: string;
  session_token_hash: string;
  /** 'plan' or 'limits-proposal'. */
  target_kind: string;
  target_id: string;
  /** When the provider says the person authenticated (the ID token's auth_time). */
  auth_time: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailuresTable {
  id: string;
  at: string;
  /** The email as typed (normalised), whether or not an account has it. */
  email: string;
  client_address: string;
}

export interface LoginLocksTable {
  email: string;
  locked_until: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  client_address: string | null;
}

export interface PatientsTable {
  id: string;
  mrn: string;
  family_name: string;
  given_name: string;
  birth_date: string;
  sex: string;
  preferred_language: string;
  phone: string | null;
  email: string | null;
  /** Lower-cased, accent-free "mrn family given" for search. */
  search_text: string;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
}

export interface AuditLogTable {
  seq: BigIntColumn;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  outcome: string;
  client_address: string | null;
  detail: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  /** SHA-256 (rows before migration 0005, `key_id` null) or HMAC-SHA-256 under key `key_id`. */
  hash: string;
  /** Id of the HMAC key of this row's segment; null for rows chained with plain SHA-256. */
  key_id: string | null;
}

/**
 * One row: the newest sequence number and hash, so removing the last rows is detected too, and
 * its HMAC under key `key_id` (null only before the chain was keyed), so it cannot be moved.
 */
export interface AuditHeadTable {
  id: Generated<number>;
  last_seq: BigIntColumn;
  last_hash: string;
  key_id: string | null;
  mac: string | null;
}

/** One saved candidacy evaluation: facts, results and versions as JSON text (ADR 0002). */
export interface EvaluationsTable {
  id: string;
  patient_id: string;
  /** 'preoperative', 'final-pathology', or null when the facts did not say. */
  phase: string | null;
  facts_json: string;
  results_json: string;
  engine_version: string;
  /** {"program-default": "v2", "astro-2017": "…", …} */
  rule_set_versions_json: string;
  program_criteria_version: string;
  created_at: string;
  created_by: string;
}

/** Each change of the program's own criteria; none means the published defaults apply. */
export interface ProgramCriteriaVersionsTable {
  /** 'v' + seq: 'v1', 'v2', … */
  version: string;
  seq: number;
  /** The criteria without their version. */
  criteria_json: string;
  created_at: string;
  created_by: string | null;
}

/** A source model imported from vendor tables (shipped models live in the engine, not here). */
export interface SourceModelsTable {
  id: string;
  name: string;
  /** The validated SourceModel as JSON. */
  model_json: string;
  /** sha256 of the model's canonical JSON, hex. */
  checksum: string;
  clinical_use: number;
  imported_at: string;
  /** Who imported it: "cli:<operating-system user>" from the command line. */
  imported_by: string;
}

/** A patient's dose plan: its inputs, the engine's answer and what produced it, as JSON text. */
export interface PlansTable {
  id: string;
  patient_id: string;
  /** 1, then +1 at each edit; signatures name the version they sign. */
  version: number;
  /** A shipped model's id or an imported one's (no foreign key: shipped models are not rows). */
  source_model_id: string;
  source_model_checksum: string;
  input_json: string;
  output_json: string;
  engine_version: string;
  demonstration: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** The program-limits version the plan was checked against. */
  limits_version: Generated<string>;
}

/** One saved version of a plan, kept whole when the plan is edited again. */
export interface PlanVersionsTable {
  plan_id: string;
  version: number;
  source_model_id: string;
  source_model_checksum: string;
  input_json: string;
  output_json: string;
  engine_version: string;
  demonstration: number;
  limits_version: string;
  saved_at: string;
  saved_by: string;
}

/** A version of the program's plan limits: proposed by a physicist, co-signed into force. */
export interface ProgramLimitsVersionsTable {
  id: string;
  /** 1, 2… once in force ("v1", "v2"…); null while proposed or when withdrawn. */
  seq: number | null;
  status: 'proposed' | 'in-force' | 'withdrawn';
  limits_json: string;
  reason: string;
  proposed_by: string;
  proposed_at: string;
  cosigned_by: string | null;
  cosigned_at: string | null;
  cosign_meaning: string | null;
  cosign_auth_method: ColumnType<string | null, string | null | undefined, string | null>;
  cosign_auth_time: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An electronic signature of one version of a plan; kept when the plan changes. */
export interface PlanSignaturesTable {
  id: string;
  plan_id: string;
  plan_version: number;
  user_id: string;
  /** The signer's name as it was when signing. */
  user_name: string;
  role: string;
  /** The statement the signer confirmed. */
  meaning: string;
  signed_at: string;
  /** 'password' (re-entered) or 'oidc' (re-authenticated at the identity provider). */
  auth_method: ColumnType<string, string | undefined, string>;
  /** For 'oidc': when the provider says the signer authenticated. */
  auth_time: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One course of IORT for one breast of one patient (the case pathway, migration 0009). */
export interface CasesTable {
  id: string;
  patient_id: string;
  laterality: string;
  /** 'open', 'closed' or 'withdrawn'. */
  status: string;
  /** +1 at every change of the case or one of its steps. */
  version: number;
  closure_reason: string | null;
  closed_at: string | null;
  closed_by: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** One step's record of a case ('referral', 'decision', …) as JSON, versioned on its own. */
export interface CaseStepsTable {
  case_id: string;
  step: string;
  data_json: string;
  version: number;
  recorded_at: string;
  recorded_by: string;
}

/** A signed version of a case's written directive; a change after locking is the next one. */
export interface CaseDirectiveVersionsTable {
  case_id: string;
  version: number;
  directive_json: string;
  reason: string | null;
  meaning: string;
  signed_at: string;
  signed_by: string;
  /** 'password' or 'oidc'; null only if a row predates 0012 and escaped its backfill. */
  auth_method: string | null;
  /** When the signer last signed in at the identity provider (oidc only). */
  auth_time: string | null;
}

export interface CaseEvaluationsTable {
  case_id: string;
  evaluation_id: string;
  linked_at: string;
  linked_by: string;
}

export interface CasePlansTable {
  case_id: string;
  plan_id: string;
  /** 'pre-plan' or 'final'. */
  kind: string;
  linked_at: string;
  linked_by: string;
}

/** The scanned consent form: bytea on PostgreSQL, blob on SQLite. */
export interface CaseConsentScansTable {
  case_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  data: Uint8Array;
  uploaded_at: string;
  uploaded_by: string;
}

/** One saved version of one checklist (program data an administrator edits). */
export interface ChecklistVersionsTable {
  id: string;
  checklist_key: string;
  /** 1, 2… per checklist ("v1", "v2"…). */
  seq: number;
  template_json: string;
  reason: string;
  saved_by: string;
  saved_at: string;
}

/** One delivery of one plan version in the operating room (migration 0011). */
export interface OrSessionsTable {
  id: string;
  plan_id: string;
  plan_version: number;
  /** The IORT case (course) it belongs to; wired to the case table when that exists. */
  case_id: string | null;
  created_by: string;
  created_at: string;
  /** Sequence number of the last event, 0 before the first. */
  version: number;
  /** The delivery status after the last event, for listing without a replay. */
  status: string;
}

/** An OR session's events, append-only; (session_id, seq) is the primary key. */
export interface OrSessionEventsTable {
  session_id: string;
  seq: number;
  type: string;
  /** Server time when the event was recorded (ISO 8601 UTC). */
  at: string;
  /** Seconds since the start event by the server's clock. */
  at_s: number;
  payload_json: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
}

/** An output check recorded in an OR session (migration 0013); the latest counts. */
export interface OrOutputChecksTable {
  session_id: string;
  seq: number;
  input_json: string;
  result_json: string;
  status: string;
  checked_by: string;
  checked_by_name: string;
  checked_by_role: string;
  checked_at: string;
}

/** One checklist answer given in an OR session (migration 0013); a later one replaces it. */
export interface OrChecklistAnswersTable {
  session_id: string;
  seq: number;
  checklist_key: string;
  /** The checklist version the session answers ('default-1', 'v2', …). */
  checklist_version: string;
  item_id: string;
  answer: string;
  reason: string | null;
  answered_by: string;
  answered_by_name: string;
  answered_by_role: string;
  answered_at: string;
}

/** A signature of an OR session's treatment record (migration 0015); one per role. */
export interface OrRecordSignaturesTable {
  session_id: string;
  role: string;
  user_id: string;
  user_name: string;
  meaning: string;
  /** SHA-256 of the canonical JSON of the record content the signer saw. */
  content_hash: string;
  signed_at: string;
  auth_method: string;
  auth_time: string | null;
}

/** A dated correction or note added to a signed treatment record (migration 0015). */
export interface OrRecordAddendaTable {
  session_id: string;
  seq: number;
  text: string;
  author_id: string;
  author_name: string;
  author_role: string;
  added_at: string;
}

/** One version of the reconciliation with the controller's log (migration 0014); the latest counts. */
export interface OrReconciliationsTable {
  session_id: string;
  seq: number;
  /** 'manual' | 'csv'. */
  source: string;
  /** The CSV as sent, for source 'csv'. */
  csv: string | null;
  controller_times_json: string;
  comparison_json: string;
  /** 1 when the comparison needs an acknowledgement. */
  needs_acknowledgement: number;
  recorded_by: string;
  recorded_by_name: string;
  recorded_by_role: string;
  recorded_at: string;
}

/** The acknowledgement of one reconciliation version's differences (migration 0014). */
export interface OrReconciliationAcknowledgementsTable {
  session_id: string;
  /** The reconciliation version acknowledged. */
  seq: number;
  note: string;
  acknowledged_by: string;
  acknowledged_by_name: string;
  acknowledged_by_role: string;
  acknowledged_at: string;
}

/** One in-vivo or survey reading taken in an OR session (migration 0014). */
export interface OrMeasurementsTable {
  session_id: string;
  seq: number;
  /** 'in-vivo' | 'survey'. */
  kind: string;
  input_json: string;
  warnings_json: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_by_role: string;
  recorded_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  patients: PatientsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  evaluations: EvaluationsTable;
  program_criteria_versions: ProgramCriteriaVersionsTable;
  source_models: SourceModelsTable;
  plans: PlansTable;
  plan_signatures: PlanSignaturesTable;
  program_limits_versions: ProgramLimitsVersionsTable;
  plan_versions: PlanVersionsTable;
  login_failures: LoginFailuresTable;
  login_locks: LoginLocksTable;
  sign_in_policy: SignInPolicyTable;
  oidc_transactions: OidcTransactionsTable;
  signing_grants: SigningGrantsTable;
  cases: CasesTable;
  case_steps: CaseStepsTable;
  case_directive_versions: CaseDirectiveVersionsTable;
  case_evaluations: CaseEvaluationsTable;
  case_plans: CasePlansTable;
  case_consent_scans: CaseConsentScansTable;
  checklist_versions: ChecklistVersionsTable;
  or_sessions: OrSessionsTable;
  or_session_events: OrSessionEventsTable;
  or_output_checks: OrOutputChecksTable;
  or_checklist_answers: OrChecklistAnswersTable;
  or_record_signatures: OrRecordSignaturesTable;
  or_record_addenda: OrRecordAddendaTable;
  or_reconciliations: OrReconciliationsTable;
  or_reconciliation_acknowledgements: OrReconciliationAcknowledgementsTable;
  or_measurements: OrMeasurementsTable;
}
