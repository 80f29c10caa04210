import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Operating-room sessions: one delivery of one plan version, and its events, append-only. The
 * primary key (session_id, seq) lets only one of two concurrent posts take the next number.
 * case_id is plain text for now: the case table arrives with the cases work and is wired then.
 */
export const orSessionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('or_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('plan_version', 'integer', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('or_sessions_plan').on('or_sessions').column('plan_id').execute();
    await db.schema
      .createTable('or_session_events')
      .addColumn('session_id', 'text', (c) => c.notNull().references('or_sessions.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('at_s', 'double precision', (c) => c.notNull())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('or_session_events_pk', ['session_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('or_session_events').execute();
    await db.schema.dropTable('or_sessions').execute();
  },
};
