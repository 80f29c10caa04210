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
  checklist_versions: ChecklistVersionsTable;
}
