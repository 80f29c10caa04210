import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { DatabaseHandle } from '../create-database.ts';

const REFUSAL = 'audit_head only moves forward, to an existing audit_log row';

/**
 * Keyed audit chain (docs/adr/0010-keyed-audit-chain.md): each row names the HMAC key of its
 * segment, the head carries its own HMAC, and the head row, like the log, can neither be deleted
 * nor moved back. Existing rows keep their plain SHA-256 hashes (`key_id` null); the first start
 * with a key appends the row that records where keyed rows begin.
 */
export function auditKeyedMigration(dialect: DatabaseHandle['dialect']): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('audit_log').addColumn('key_id', 'text').execute();
      await db.schema.alterTable('audit_head').addColumn('key_id', 'text').execute();
      await db.schema.alterTable('audit_head').addColumn('mac', 'text').execute();
      if (dialect === 'sqlite') await guardHeadOnSqlite(db);
      else await guardHeadOnPostgres(db);
    },
    down() {
      return Promise.reject(
        new Error('The keyed audit chain is not reversible: keyed rows would no longer verify.'),
      );
    },
  };
}

/** One row (id 1); updates only to a later sequence whose row exists with that hash; no delete. */
async function guardHeadOnSqlite(db: Kysely<unknown>) {
  const statements = [
    `CREATE TRIGGER audit_head_single_row BEFORE INSERT ON audit_head
     WHEN NEW.id <> 1 OR EXISTS (SELECT 1 FROM audit_head)
     BEGIN SELECT RAISE(ABORT, 'audit_head holds one row'); END`,
    `CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
     WHEN NEW.id <> OLD.id OR NEW.last_seq <= OLD.last_seq
       OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.last_seq AND hash = NEW.last_hash)
     BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
    `CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
     BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function guardHeadOnPostgres(db: Kysely<unknown>) {
  await sql
    .raw(
      `CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           IF NEW.id <> 1 OR EXISTS (SELECT 1 FROM audit_head) THEN
             RAISE EXCEPTION 'audit_head holds one row';
           END IF;
           RETURN NEW;
         END IF;
         IF TG_OP = 'UPDATE' THEN
           IF NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq AND EXISTS (
             SELECT 1 FROM audit_log WHERE seq = NEW.last_seq AND hash = NEW.last_hash
           ) THEN
             RETURN NEW;
           END IF;
         END IF;
         RAISE EXCEPTION '${REFUSAL}';
       END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_head_forward_only BEFORE INSERT OR UPDATE OR DELETE ON audit_head
       FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only()`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
       FOR EACH STATEMENT EXECUTE FUNCTION audit_head_forward_only()`,
    )
    .execute(db);
}
