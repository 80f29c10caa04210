import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The treatment record of an OR session (issue 13): its two signatures ("approval of delivery"
 * by the radiation oncologist, "physics review" by the physicist; one per role, the key makes a
 * second one fail) and the dated addenda written after it was signed. The record's content is
 * computed from the session's own tables; each signature keeps the hash of what it signed.
 */
export const treatmentRecordsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('or_record_signatures')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('user_name', 'text', (c) => c.notNull())
      .addColumn('meaning', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .addColumn('auth_method', 'text', (c) => c.notNull())
      .addColumn('auth_time', 'text')
      .addPrimaryKeyConstraint('or_record_signatures_pk', ['session_id', 'role'])
      .execute();
    await db.schema
      .createTable('or_record_addenda')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('author_role', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_record_addenda_pk', ['session_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('or_record_addenda').execute();
    await db.schema.dropTable('or_record_signatures').execute();
  },
};
