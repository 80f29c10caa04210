import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Every saved version of every plan, kept whole: an edit used to overwrite the stored inputs and
 * result, so a valid version 1 vanished behind a refused version 2. Plans already stored keep
 * their current version here; their earlier versions survive only in the audit trail.
 */
export const planVersionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('plan_versions')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('source_model_id', 'text', (c) => c.notNull())
      .addColumn('source_model_checksum', 'text', (c) => c.notNull())
      .addColumn('input_json', 'text', (c) => c.notNull())
      .addColumn('output_json', 'text', (c) => c.notNull())
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('demonstration', 'integer', (c) => c.notNull())
      .addColumn('limits_version', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addColumn('saved_by', 'text', (c) => c.notNull().references('users.id'))
      .addPrimaryKeyConstraint('plan_versions_pk', ['plan_id', 'version'])
      .execute();
    await sql`
      insert into plan_versions (plan_id, version, source_model_id, source_model_checksum,
        input_json, output_json, engine_version, demonstration, limits_version, saved_at, saved_by)
      select id, version, source_model_id, source_model_checksum, input_json, output_json,
        engine_version, demonstration, limits_version, updated_at, updated_by
      from plans
    `.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('plan_versions').execute();
  },
};
