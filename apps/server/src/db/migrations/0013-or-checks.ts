import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * What is checked in the room before beam-on (issue 13): the output checks of a session and the
 * checklist answers given during it, both append-only. (session_id, seq) keys make two
 * concurrent writes take different numbers or fail, so "the latest" is always well defined even
 * when two writes carry the same clock time.
 */
export const orChecksMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('or_output_checks')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('input_json', 'text', (c) => c.notNull())
      .addColumn('result_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('checked_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('checked_by_name', 'text', (c) => c.notNull())
      .addColumn('checked_by_role', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_output_checks_pk', ['session_id', 'seq'])
      .execute();
    await db.schema
      .createTable('or_checklist_answers')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('checklist_key', 'text', (c) => c.notNull())
      .addColumn('checklist_version', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('answered_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('answered_by_name', 'text', (c) => c.notNull())
      .addColumn('answered_by_role', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_checklist_answers_pk', ['session_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('or_checklist_answers').execute();
    await db.schema.dropTable('or_output_checks').execute();
  },
};
