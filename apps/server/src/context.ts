import type { Kysely } from 'kysely';
import type { AuditKeyring } from './audit/audit-key.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/create-database.ts';
import type { Database } from './db/schema.ts';

/** What services need from the outside world, passed in by the composition root (main.ts). */
export interface ServiceContext {
  db: Kysely<Database>;
  dialect: DatabaseHandle['dialect'];
  /** The clock; tests pass a controllable one. */
  now: () => Date;
  config: Config;
  /** HMAC keys of the audit chain, resolved from `config.audit` (never stored in the database). */
  auditKeys: AuditKeyring;
}
