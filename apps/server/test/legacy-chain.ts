import { Migrator, type MigrationProvider } from 'kysely/migration';
import { GENESIS_HASH, auditRowHash } from '../src/audit/audit-hash.ts';
import type { DatabaseHandle } from '../src/db/create-database.ts';
import { initialMigration } from '../src/db/migrations/0001-initial.ts';
import { evaluationsMigration } from '../src/db/migrations/0002-evaluations.ts';
import { plansMigration } from '../src/db/migrations/0003-plans.ts';

/**
 * A database as the version before the keyed chain left it: migrations up to 0003 and `count`
 * audit rows chained with plain SHA-256, the head without an HMAC.
 */
export async function makeLegacyChain(handle: DatabaseHandle, count: number): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: () =>
      Promise.resolve({
        '0001-initial': initialMigration(handle.dialect),
        '0002-evaluations': evaluationsMigration,
        '0003-plans': plansMigration,
      }),
  };
  const { error } = await new Migrator({ db: handle.db, provider }).migrateToLatest();
  if (error !== undefined) throw new Error('legacy migrations failed', { cause: error });
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields = {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 8, seq)).toISOString(),
      actor_id: null,
      actor_email: 'legacy@example.org',
      actor_role: 'nurse',
      action: 'patient.read',
      record_type: 'patient',
      record_id: `p${String(seq)}`,
      outcome: 'success',
      client_address: '127.0.0.1',
      detail: null,
      before_json: null,
      after_json: null,
    };
    const hash = auditRowHash(prevHash, { ...fields, key_id: null });
    await handle.db
      .insertInto('audit_log')
      .values({ ...fields, prev_hash: prevHash, hash })
      .execute();
    prevHash = hash;
  }
  await handle.db
    .insertInto('audit_head')
    .values({ id: 1, last_seq: count, last_hash: prevHash })
    .execute();
}
