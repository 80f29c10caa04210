import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from './create-database.ts';
import type { Database } from './schema.ts';

/** Named locks for check-then-write sequences that must not interleave across app instances. */
export const LOCKS = {
  audit: 4_217_001,
  firstAdmin: 4_217_002,
  programCriteria: 4_217_003,
  programLimits: 4_217_004,
  // Numbered apart from the others so that new locks elsewhere do not collide with it.
  administrators: 4_217_020,
  // Checklist versions (issue 13); numbered apart so parallel additions do not collide.
  checklists: 4_217_160,
} as const;

/**
 * Holds the lock until the transaction ends. SQLite needs nothing: Kysely runs one transaction at
 * a time on its single connection. PostgreSQL instances queue on a transaction advisory lock.
 */
export async function serialize(
  trx: Kysely<Database>,
  dialect: DatabaseHandle['dialect'],
  lock: number,
): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${lock})`.execute(trx);
}
